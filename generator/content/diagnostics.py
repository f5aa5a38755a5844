"""Diagnostics: the one currency every stage pays its problems in.

Stages never raise on bad content; they append `Diagnostic`s to a `Diagnostics`
collection so an editor sees every problem of one run at once. Only the CLI turns
the collection into an exit code (MkDocs' pattern: gather, then decide once).
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

FOUT = "fout"
WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True, order=True)
class Vindplaats:
    """Where a value came from: a path relative to the content root and a 1-based line."""

    bestand: str
    regel: int = 0

    def __str__(self) -> str:
        return f"{self.bestand}:{self.regel}" if self.regel else self.bestand


@dataclass(frozen=True)
class Diagnostic:
    """One problem, phrased for a content editor (Dutch), with an optional fix hint."""

    niveau: str
    locatie: Vindplaats
    veld: str
    melding: str
    hint: str = ""

    def sort_key(self) -> tuple:
        return (self.locatie.bestand, self.locatie.regel, self.veld, self.melding)

    def format(self) -> str:
        veld = f" [{self.veld}]" if self.veld else ""
        waar = f"{self.locatie}: " if self.locatie.bestand else ""  # a summary of the whole tree has no one place
        text = f"{waar}{self.niveau}{veld}: {self.melding}"
        if self.hint:
            text += f"\n    Tip: {self.hint}"
        return text


@dataclass
class Diagnostics:
    """An append-only list of diagnostics with helpers for the common phrasings."""

    items: list[Diagnostic] = field(default_factory=list)

    def fout(self, locatie: Vindplaats, veld: str, melding: str, hint: str = "") -> None:
        self.items.append(Diagnostic(FOUT, locatie, veld, melding, hint))

    def waarschuwing(self, locatie: Vindplaats, veld: str, melding: str, hint: str = "") -> None:
        self.items.append(Diagnostic(WAARSCHUWING, locatie, veld, melding, hint))

    def extend(self, other: Iterable[Diagnostic]) -> None:
        self.items.extend(other)

    @property
    def fouten(self) -> list[Diagnostic]:
        return [d for d in self.items if d.niveau == FOUT]

    @property
    def waarschuwingen(self) -> list[Diagnostic]:
        return [d for d in self.items if d.niveau == WAARSCHUWING]

    def has_errors(self, strict: bool = False) -> bool:
        return bool(self.fouten) or (strict and bool(self.waarschuwingen))

    def sorted(self) -> list[Diagnostic]:
        unique = {(d.niveau, d.locatie, d.veld, d.melding, d.hint): d for d in self.items}
        return sorted(unique.values(), key=Diagnostic.sort_key)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def bedoelde_u(value: str, candidates: Iterable[str]) -> str:
    """A Dutch "did you mean" hint, or '' when nothing is close enough."""
    matches = difflib.get_close_matches(str(value), sorted(set(candidates)), n=3, cutoff=0.6)
    if not matches:
        return ""
    return "Bedoelde u " + " of ".join(f"'{m}'" for m in matches) + "?"


class ContentError(Exception):
    """Raised by library entry points when content is invalid; carries the diagnostics."""

    def __init__(self, diagnostics: Diagnostics):
        super().__init__(f"{len(diagnostics.fouten)} fout(en) in de inhoud")
        self.diagnostics = diagnostics


class InternalError(Exception):
    """The generator produced something broken from valid content (a bug, not the editor's fault):
    exit 3, with a Dutch message that names what is broken."""


class EnvironmentProblem(Exception):
    """The machine lacks something the build needs (e.g. Graphviz); message is Dutch."""
