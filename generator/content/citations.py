"""Citations a reader can verify: every `sectie` names a heading its bron really has.

A "Bron:" line tells a professional that a step is the region's agreed way of working; a citation of
a section that does not exist, or says something else, makes that promise empty. So each bron lists
its sections (number and title, as the document numbers and names them), and a citation's `sectie`
is one or more of those numbers, each optionally followed by a heading inside it:
"5.6 Jeugdbescherming en jeugdreclassering; Bijlage 5". The check names a section that does not
exist with a "Bedoelde u ...?" hint; the pages show each cited section with its title.
"""
from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterator
from dataclasses import dataclass

from .diagnostics import Diagnostics, Vindplaats
from .model import Bron, Content, Located, Sectie, Stap

SCHEIDING = ";"


@dataclass(frozen=True)
class Deel:
    """One cited section: the bron's section (None when the number is unknown) and the words after it."""

    sectie: Sectie | None
    noot: str
    tekst: str  # the part as written


@dataclass(frozen=True)
class Citaat:
    bron: str
    sectie: str | None
    loc: Vindplaats
    veld: str


def _begint_met(tekst: str, nummer: str) -> bool:
    if not tekst.lower().startswith(nummer.lower()):
        return False
    rest = tekst[len(nummer):]
    return not rest or not (rest[0].isalnum() or rest[0] in ".-")


def _split(sectie: str) -> list[str]:
    """The parts between '; ', except inside parentheses: a note may hold a semicolon of its own."""
    parts, current, depth = [], [], 0
    for char in sectie:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == SCHEIDING and depth <= 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts]


def delen(sectie: str, bron: Bron) -> list[Deel]:
    """A citation's sections, matched to the bron's: the longest section number each part starts with."""
    nummers = sorted(bron.secties, key=lambda s: -len(s.nummer))
    out = []
    for tekst in _split(sectie):
        if not tekst:
            continue
        match = next((s for s in nummers if _begint_met(tekst, s.nummer)), None)
        noot = tekst[len(match.nummer):].strip(" :,-–") if match else tekst
        out.append(Deel(match, noot, tekst))
    return out


def sectie_label(sectie: Sectie) -> str:
    """'§2.2.1 Drie beginsituaties …' for a numbered section, 'Bijlage 5 Afkortingenlijst …' or the title alone
    for a named part."""
    if sectie.nummer[:1].isdigit():
        return f"§{sectie.nummer} {sectie.titel}"
    if sectie.nummer.lower() in sectie.titel.lower():
        return sectie.titel
    return f"{sectie.nummer} {sectie.titel}"


def deel_label(deel: Deel) -> str:
    """How a page shows one cited section: its number and title, then a heading inside it, if any."""
    if deel.sectie is None:
        return deel.tekst
    label = sectie_label(deel.sectie)
    noot = deel.noot
    if noot and noot.lower() not in deel.sectie.titel.lower():
        label += f" ({noot})"
    return label


def _walk(value, veld: str) -> Iterator[Citaat]:
    if isinstance(value, list):
        for i, item in enumerate(value, 1):
            yield from _walk(item, f"{veld}[{i}]")
        return
    if not isinstance(value, Located) or not dataclasses.is_dataclass(value):
        return
    names = {f.name for f in dataclasses.fields(value)}
    if "bron" in names and "sectie" in names and isinstance(value.bron, str):
        yield Citaat(value.bron, value.sectie, value.at("sectie") if value.sectie else value.loc,
                     f"{veld}.sectie" if veld else "sectie")
    for f in dataclasses.fields(value):
        if f.name not in ("loc", "regels"):
            yield from _walk(getattr(value, f.name), f"{veld}.{f.name}" if veld else f.name)


EEN_PER_BESTAND = ("routes", "aanbieders", "categorieen", "regio")  # the file is the object: paths start inside it


def citaten(content: Content) -> Iterator[Citaat]:
    """Every citation in the content: bronverwijzingen, counts and herindelingen, wherever they sit."""
    for veld in dataclasses.fields(content):
        value = getattr(content, veld.name)
        if veld.name in EEN_PER_BESTAND:
            for item in value if isinstance(value, list) else [value]:
                yield from _walk(item, "")
        else:
            yield from _walk(value, veld.name)


def _hint(tekst: str, bron: Bron) -> str:
    nummers = [s.nummer for s in bron.secties]
    eerste = tekst.split()[0] if tekst.split() else tekst
    close = difflib.get_close_matches(eerste, nummers, n=1, cutoff=0.5)
    woorden = tekst[len(eerste):].strip().lower()
    by_title = [s for s in bron.secties if woorden and (woorden in s.titel.lower() or s.titel.lower() in woorden)]
    kandidaat = by_title[0] if by_title else next((s for s in bron.secties if close and s.nummer == close[0]), None)
    if kandidaat is None:
        return f"Gebruik een nummer uit 'secties' van de bron in content/bronnen.yaml ({', '.join(nummers[:12])} …)."
    if kandidaat.nummer == kandidaat.titel:
        return f"Bedoelde u '{kandidaat.titel}'?"
    return f"Bedoelde u {kandidaat.nummer} '{kandidaat.titel}'?"


def check_citations(content: Content, diagnostics: Diagnostics) -> None:
    """Errors for cited sections a bron does not have. Bronnen without listed sections are not checked."""
    bronnen = {b.id: b for b in content.bronnen}
    for citaat in citaten(content):
        bron = bronnen.get(citaat.bron)
        if bron is None or not bron.secties or not citaat.sectie:
            continue
        for deel in delen(citaat.sectie, bron):
            if deel.sectie is None:
                diagnostics.fout(citaat.loc, citaat.veld, f"Sectie '{deel.tekst}' bestaat niet in '{bron.id}'.",
                                 _hint(deel.tekst, bron))


def check_sourced_steps_name_a_section(content: Content, diagnostics: Diagnostics) -> None:
    """A step marked `bron` must say where: a reader cannot check 'the beleidsplan' as a whole."""
    for route in content.routes:
        for stap in route.stappen:
            if stap.herkomst == "bron" and not _has_section(stap):
                diagnostics.waarschuwing(stap.at("bronnen"), "bronnen",
                                         f"Stap '{stap.id}' is gemarkeerd als 'herkomst: bron' maar noemt geen sectie.",
                                         "Geef bij elke bron de 'sectie' waar de stap staat, of maak er "
                                         "'herkomst: model' van.")


def _has_section(stap: Stap) -> bool:
    return bool(stap.bronnen) and all(ref.sectie for ref in stap.bronnen)
