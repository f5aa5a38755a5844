"""Which column of a product list holds what: known names, the editor's mapping, and tips with an example.

Spreadsheet exports name their columns in many ways ("Productcode", "product_code", "Code"). Known
names are found automatically; otherwise the editor names the column in the mapping file, and the tip
shows the exact lines to paste, with the column of this file that looks most like what is missing.
"""
from __future__ import annotations

import re

from .content.diagnostics import Diagnostics, Vindplaats
from .content.fields import PRODUCTCODE

CODE = PRODUCTCODE.pattern
COLUMN_CANDIDATES = {
    "code": ["productcode", "code", "product_code", "product code", "prestatiecode"],
    "naam": ["omschrijving", "naam", "productnaam", "product_omschrijving", "productomschrijving", "product"],
    "categorie": ["productcategorie_code", "categorie", "productcategorie", "categorie_code", "categoriecode"],
    "categorie_naam": ["productcategorie_omschrijving", "categorie_naam", "categorienaam", "categorie_omschrijving"],
    "eenheid": ["eenheid", "eenheid_code", "unit"],
    "uitvoeringsvariant": ["uitvoeringsvariant", "variant"],
    "hulpvorm": ["dimensie_hulpvorm_omschrijving", "hulpvorm"],
}


def _normalise(name: str) -> str:
    return re.sub(r"[\s_-]+", "_", name.strip().lower())


def _guess_column(target: str, header: list[str], sample: list[list[str]]) -> str:
    """The column of this file that most looks like `target`, for the example line of a tip."""
    def share(i: int, pattern: re.Pattern) -> float:
        cells = [r[i].strip() for r in sample if i < len(r) and r[i].strip()]
        return sum(1 for c in cells if pattern.fullmatch(c)) / max(len(cells), 1)

    def length(i: int) -> float:
        return sum(len(r[i]) for r in sample if i < len(r)) / max(len(sample), 1)

    named = [i for i, h in enumerate(header) if h.strip()]
    if not named:
        return "Naam van de kolom"
    if target == "code":
        best = max(named, key=lambda i: share(i, CODE))
    elif target == "product":
        best = max(named, key=lambda i: share(i, re.compile(r"\d\d([A-Z]\d\d)?")))
    elif target == "categorie":
        best = max(named, key=lambda i: share(i, re.compile(r"\d\d")))
    elif target in ("naam", "categorie_naam", "hulpvorm"):
        best = max((i for i in named if share(i, CODE) < 0.5), key=length, default=named[-1])
    else:
        best = named[-1]
    return header[best].strip()


def mapping_example(target: str, header: list[str], sample: list[list[str]]) -> str:
    """Lines the editor can paste into the mapping file, with a real column name of this file."""
    return f"\n        kolommen:\n          {target}: {_guess_column(target, header, sample)}"


def find_columns(header: list[str], mapping: dict, diagnostics: Diagnostics, bestand: str,
                 header_line: int = 1, sample: list[list[str]] = (), known: dict[str, list[str]] | None = None,
                 required: tuple[str, ...] = ("code", "naam")) -> dict[str, int]:
    """Column index per target: the mapping's name, else the first known name present. `known` and
    `required` default to a product list's; the aanbieders import passes its own."""
    known = COLUMN_CANDIDATES if known is None else known
    wanted = {k: v for k, v in (mapping.get("kolommen") or {}).items()}
    index = {_normalise(h): i for i, h in enumerate(header)}
    columns = {}
    for target, candidates in known.items():
        names = [wanted[target]] if target in wanted else candidates
        found = next((index[_normalise(n)] for n in names if _normalise(n) in index), None)
        if found is not None:
            columns[target] = found
        elif target in wanted or target in required:
            shown = ", ".join(f"'{h.strip()}'" for h in header if h.strip()) or "(geen)"
            diagnostics.fout(Vindplaats(bestand, header_line), target, f"Kolom voor '{target}' niet gevonden"
                             + (f" (gezocht: '{wanted[target]}')" if target in wanted else "") + ".",
                             f"Kolommen in het bestand: {shown}. Gezocht op: {', '.join(known[target])}. "
                             "Zet de juiste kolomnaam in een mapping-bestand (--mapping), bijvoorbeeld:"
                             + mapping_example(target, header, list(sample)))
    return columns


def looks_like_category_header(code: str, cells: list[str], columns: dict[str, int]) -> bool:
    """A row such as `40A00;Persoonlijke verzorging;-;-;;-` when no category column says so."""
    if not code.endswith("00"):
        return False
    rest = [c.strip() for i, c in enumerate(cells) if i not in (columns["code"], columns["naam"])]
    return "-" in rest and all(c in ("", "-") for c in rest)
