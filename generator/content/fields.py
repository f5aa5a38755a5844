"""Step two of reading: plain data -> typed values, one field type per kind of value.

Each field type converts its own values and names itself in errors (Lektor's
pattern). A `FieldSchema` is an ordered list of fields; converting a mapping against it
reports unknown keys ("Bedoelde u ...?"), missing required fields and every bad
value, and returns the converted values plus the line of each field. References to
other entities are not resolved here; they are recorded and checked in one pass
later, when every file has been read.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import Diagnostics, Vindplaats, bedoelde_u
from .today import vandaag
from .yaml_reader import LDict, LList

INVALID = object()  # a value was reported as wrong; callers skip it


@dataclass(frozen=True)
class Verwijzing:
    """A reference from one entity to another, checked once all content is loaded."""

    soort: str
    waarde: str
    locatie: Vindplaats
    veld: str


@dataclass
class Context:
    """What a conversion needs: where we are, where to report, where to record references."""

    bestand: str
    diagnostics: Diagnostics
    verwijzingen: list[Verwijzing] = field(default_factory=list)

    def loc(self, line: int) -> Vindplaats:
        return Vindplaats(self.bestand, line)

    def fout(self, line: int, veld: str, melding: str, hint: str = "") -> object:
        self.diagnostics.fout(self.loc(line), veld, melding, hint)
        return INVALID


def _type_name(value: Any) -> str:
    if isinstance(value, (LDict, dict)):
        return "een blok met velden"
    if isinstance(value, (LList, list)):
        return "een lijst"
    if isinstance(value, bool):
        return "ja/nee (true/false)"
    if isinstance(value, (int, float)):
        return "een getal"
    if isinstance(value, _dt.date):
        return "een datum"
    if value is None:
        return "niets"
    return "tekst"


class FieldType:
    """Base: converts one value. `beschrijving` documents the accepted form in Dutch."""

    beschrijving = "waarde"

    def convert(self, value: Any, ctx: Context, veld: str, line: int) -> Any:  # pragma: no cover
        raise NotImplementedError


class Tekst(FieldType):
    """Plain text. Single-line texts are titles and names; multi-line texts are paragraphs."""

    def __init__(self, max_len: int = 200, meerdere_regels: bool = False):
        self.max_len = max_len
        self.meerdere_regels = meerdere_regels
        self.beschrijving = "tekst (meerdere alinea's mogelijk)" if meerdere_regels else "tekst op één regel"

    def convert(self, value, ctx, veld, line):
        if isinstance(value, bool) or value is None or isinstance(value, (LDict, LList, dict, list)):
            return ctx.fout(line, veld, f"Hier hoort tekst, maar er staat {_type_name(value)}.",
                            "Zet de tekst eventueel tussen aanhalingstekens.")
        text = str(value).strip()
        if not text:
            return ctx.fout(line, veld, "De tekst is leeg.")
        if len(text) > self.max_len:
            return ctx.fout(line, veld, f"De tekst is te lang ({len(text)} tekens; maximaal {self.max_len}).",
                            "Maak de tekst korter of verdeel hem over meer stappen of velden.")
        if not self.meerdere_regels and "\n" in text:
            return ctx.fout(line, veld, "Deze tekst moet op één regel passen.")
        return text


class Id(FieldType):
    """An identifier: lower-case letters, digits and single hyphens; it becomes part of URLs."""

    beschrijving = "id: kleine letters, cijfers en koppeltekens (bijv. 'jeugd-ggz')"
    PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

    def convert(self, value, ctx, veld, line):
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            return ctx.fout(line, veld, f"Hier hoort een id, maar er staat {_type_name(value)}.")
        text = str(value)
        if len(text) > 80 or not self.PATTERN.match(text):
            return ctx.fout(line, veld, f"'{text}' is geen geldig id.",
                            "Gebruik alleen kleine letters, cijfers en koppeltekens, bijvoorbeeld 'huisarts-route'.")
        return text


class Ref(FieldType):
    """A reference to another entity by its id or code; checked after loading."""

    def __init__(self, soort: str, inner: FieldType | None = None, beschrijving: str = ""):
        self.soort = soort
        self.inner = inner or Id()
        self.beschrijving = beschrijving or f"verwijzing naar een {soort} (id)"

    def convert(self, value, ctx, veld, line):
        result = self.inner.convert(value, ctx, veld, line)
        if result is not INVALID:
            ctx.verwijzingen.append(Verwijzing(self.soort, result, ctx.loc(line), veld))
        return result


@dataclass(frozen=True)
class Optie:
    """One value of a choice, with the words the site shows for it."""

    waarde: str  # as written in YAML and in the open data
    label: str  # how a page names it ("budgetgefinancierd (vast jaarbudget)")
    kort: str = ""  # a short noun where a page needs one (the step-through's "Vraag"); defaults to the label

    @property
    def naam(self) -> str:
        return self.kort or self.label


class Keuzes:
    """A choice declared once: its values in order, each with its Dutch label. The field type, the
    renderers, the finder, the exports and the JSON Schemas read it, so a new value is one line."""

    def __init__(self, *opties: Optie):
        self.opties = opties
        self.waarden = tuple(o.waarde for o in opties)
        self._per_waarde = {o.waarde: o for o in opties}

    def __iter__(self):
        return iter(self.waarden)

    def label(self, waarde: str) -> str:
        return self._per_waarde[waarde].label

    def kort(self, waarde: str) -> str:
        return self._per_waarde[waarde].naam

    def labels(self) -> dict[str, str]:
        return {o.waarde: o.label for o in self.opties}

    def opsomming(self) -> str:
        """The values as a Dutch enumeration: 'a, b of c'."""
        *rest, last = self.waarden
        return f"{', '.join(rest)} of {last}" if rest else last


class Keuze(FieldType):
    """One of a fixed set of words (a `Keuzes`, or plain words when the site never names them)."""

    def __init__(self, *choices: str | Keuzes):
        self.keuzes = choices[0] if len(choices) == 1 and isinstance(choices[0], Keuzes) else None
        self.choices = tuple(self.keuzes) if self.keuzes else choices
        self.beschrijving = "een van: " + ", ".join(self.choices)

    def convert(self, value, ctx, veld, line):
        text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else None
        if text not in self.choices:
            return ctx.fout(line, veld, f"'{value}' is geen toegestane waarde.",
                            bedoelde_u(str(value), self.choices) or "Kies uit: " + ", ".join(self.choices) + ".")
        return text


def ja_nee(value: bool) -> str:
    """The words for a yes/no value, in content, pages, exports and imported spreadsheet cells alike."""
    return "ja" if value else "nee"


class Datum(FieldType):
    """A date. Dates of checks and situations cannot lie ahead; a contract's can (`toekomst=True`)."""

    beschrijving = "datum JJJJ-MM-DD"

    def __init__(self, toekomst: bool = False):
        self.toekomst = toekomst

    def convert(self, value, ctx, veld, line):
        if isinstance(value, _dt.date):
            if not self.toekomst and value > vandaag() + _dt.timedelta(days=1):
                return ctx.fout(line, veld, f"De datum {value.isoformat()} ligt in de toekomst.")
            return value
        return ctx.fout(line, veld, f"'{value}' is geen geldige datum.", "Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-31.")


class Getal(FieldType):
    def __init__(self, minimum: int, maximum: int):
        self.minimum, self.maximum = minimum, maximum
        self.beschrijving = f"geheel getal van {minimum} tot en met {maximum}"

    def convert(self, value, ctx, veld, line):
        if isinstance(value, bool) or not isinstance(value, int):
            return ctx.fout(line, veld, f"Hier hoort een geheel getal, maar er staat {_type_name(value)}.")
        if not self.minimum <= value <= self.maximum:
            return ctx.fout(line, veld, f"{value} ligt niet tussen {self.minimum} en {self.maximum}.")
        return value


class JaNee(FieldType):
    beschrijving = "ja of nee (true/false)"

    def convert(self, value, ctx, veld, line):
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in (ja_nee(True), ja_nee(False)):
            return value.strip().lower() == ja_nee(True)
        return ctx.fout(line, veld, f"Hier hoort ja of nee (true/false), maar er staat '{value}'.")


class Patroon(FieldType):
    """Text that must match a pattern (codes, phone numbers, e-mail addresses, URLs)."""

    def __init__(self, pattern: str, beschrijving: str, hint: str, max_len: int = 300, onzijdig: bool = False):
        self.pattern = re.compile(pattern)
        self.beschrijving = beschrijving
        self.hint = hint
        self.max_len = max_len
        self.geldig = "geldig" if onzijdig else "geldige"  # het webadres / de productcode

    def convert(self, value, ctx, veld, line):
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            return ctx.fout(line, veld, f"Hier hoort {self.beschrijving}, maar er staat {_type_name(value)}.")
        text = str(value).strip()
        if len(text) > self.max_len or not self.pattern.fullmatch(text):
            return ctx.fout(line, veld, f"'{text}' is geen {self.geldig} {self.beschrijving}.", self.hint)
        return text


PRODUCTCODE = Patroon(r"\d\d[A-Z]\d\d", "productcode",
                      "Een productcode heeft 5 tekens: 2 cijfers, een hoofdletter en 2 cijfers, bijvoorbeeld 45A48.")
CATEGORIE = Patroon(r"\d\d", "productcategorie", "Een productcategorie bestaat uit 2 cijfers, bijvoorbeeld \"45\" (tussen aanhalingstekens).")
PRODUCT_OF_CATEGORIE = Patroon(r"\d\d([A-Z]\d\d)?", "productcode of productcategorie",
                               "Schrijf een productcode (45A48) of een hele categorie (\"45\").")
URL = Patroon(r"https?://[A-Za-z0-9.-]+(:\d+)?(/[A-Za-z0-9._~%!$&'()*+,;=:@/?#-]*)?", "webadres",
              "Een webadres begint met https:// (of http://) en bevat geen spaties.", 500, onzijdig=True)
EMAIL = Patroon(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", "e-mailadres",
                "Schrijf een e-mailadres als naam@organisatie.nl.", 200, onzijdig=True)
TELEFOON = Patroon(r"\+?[0-9][0-9 -]{1,18}[0-9]", "telefoonnummer",
                   "Schrijf alleen cijfers, spaties en koppeltekens, bijvoorbeeld 0800-2000 of 050 123 4567.", 30, onzijdig=True)
AGB_CODE = Patroon(r"\d{8}", "AGB-code", "Een AGB-code bestaat uit precies 8 cijfers; zet hem tussen aanhalingstekens.", 8)
KVK_NUMMER = Patroon(r"\d{8}", "KvK-nummer", "Een KvK-nummer bestaat uit precies 8 cijfers; zet het tussen aanhalingstekens.", 8,
                     onzijdig=True)
BERICHT = Patroon(r"JW\d{3}", "iJw-berichtcode", "Schrijf een berichtcode als JW301 of JW315.", 5)


class Lijst(FieldType):
    def __init__(self, item: FieldType, max_items: int = 5000, uniek: bool = True):
        self.item = item
        self.max_items = max_items
        self.uniek = uniek
        self.beschrijving = f"lijst van: {item.beschrijving}"

    def convert(self, value, ctx, veld, line):
        if not isinstance(value, LList):
            return ctx.fout(line, veld, f"Hier hoort een lijst (regels die beginnen met '- '), maar er staat {_type_name(value)}.")
        if len(value) > self.max_items:
            return ctx.fout(line, veld, f"De lijst is te lang ({len(value)} items; maximaal {self.max_items}).")
        result, seen = [], set()
        for index, item in enumerate(value):
            item_line = value.line_of(index)
            converted = self.item.convert(item, ctx, f"{veld}[{index + 1}]", item_line)
            if converted is INVALID:
                continue
            key = converted if isinstance(converted, (str, int)) else None
            if self.uniek and key is not None and key in seen:
                ctx.fout(item_line, f"{veld}[{index + 1}]", f"'{key}' staat twee keer in de lijst.")
                continue
            seen.add(key)
            result.append(converted)
        return result


@dataclass(frozen=True)
class Veld:
    """One YAML key of a schema: its type, whether it is required, and its documentation."""

    naam: str
    type: FieldType
    verplicht: bool = False
    uitleg: str = ""
    standaard: Any = None


class FieldSchema(FieldType):
    """An ordered set of fields; converts a mapping into keyword arguments for a model class."""

    def __init__(self, naam: str, velden: list[Veld], maak: Callable[..., Any] | None = None,
                 uitleg: str = ""):
        self.naam = naam
        self.velden = velden
        self.maak = maak
        self.uitleg = uitleg
        self.beschrijving = f"blok '{naam}'"
        self._by_name = {v.naam: v for v in velden}

    def convert(self, value, ctx, veld, line):
        if not isinstance(value, LDict):
            return ctx.fout(line, veld, f"Hier hoort een blok met velden ({self.naam}), maar er staat {_type_name(value)}.",
                            self.begin_hint() if not veld else "")
        prefix = f"{veld}." if veld else ""
        for key in value:
            if key not in self._by_name:
                ctx.fout(value.line_of(key), prefix + key, f"Onbekend veld '{key}' in {self.naam}.",
                         bedoelde_u(key, self._by_name) or "Toegestane velden: " + ", ".join(self._by_name) + ".")
        values: dict[str, Any] = {}
        ok = True
        for v in self.velden:
            if key_missing(value, v.naam):
                if v.verplicht:
                    ctx.fout(value.line, prefix + v.naam, f"Het verplichte veld '{v.naam}' ontbreekt in {self.naam}.",
                             f"Voeg '{v.naam}:' toe ({v.type.beschrijving}).")
                    ok = False
                values[v.naam] = list(v.standaard) if isinstance(v.standaard, list) else v.standaard
                continue
            converted = v.type.convert(value[v.naam], ctx, prefix + v.naam, value.line_of(v.naam))
            if converted is INVALID:
                ok = False
                converted = list(v.standaard) if isinstance(v.standaard, list) else v.standaard
            values[v.naam] = converted
        if not ok and any(v.verplicht and values.get(v.naam) is None for v in self.velden):
            return INVALID
        values["loc"] = ctx.loc(value.line)
        values["regels"] = {k: value.line_of(k) for k in value}
        return self.maak(**values) if self.maak else values


    def begin_hint(self) -> str:
        """For a whole file of the wrong shape: what its first line must be."""
        if len(self.velden) == 1 and isinstance(self.velden[0].type, Lijst):
            key = self.velden[0].naam
            return f"Het bestand begint met '{key}:', met de lijst daaronder (ingesprongen, elk item met '- ')."
        verplicht = [v.naam for v in self.velden if v.verplicht]
        return ("Het bestand is één blok met velden, zonder '- ' ervoor; het begint bijvoorbeeld met "
                f"'{verplicht[0] if verplicht else self.velden[0].naam}:'. Verplichte velden: {', '.join(verplicht)}.")


def key_missing(mapping: LDict, key: str) -> bool:
    return key not in mapping or mapping[key] is None
