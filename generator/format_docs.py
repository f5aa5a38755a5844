"""The editors' reference of the YAML format, generated from the schemas so it cannot go stale."""
from __future__ import annotations

from .content.format import ALL_SCHEMAS
from .format_files import files_reference
from .import_aanbieders import kolommen_reference

INTRO = """# Formaat van de inhoud

Dit bestand wordt gemaakt door `python -m generator formaat` uit de definities in
`generator/content/model/` en `generator/format_files.py`; pas het daar aan, niet hier. Een test controleert dat het klopt.

Verplichte velden zijn gemarkeerd met **ja**. Teksten zijn gewone tekst: HTML of Markdown wordt niet
uitgevoerd maar letterlijk getoond. In teksten met meerdere regels maakt een lege regel een nieuwe alinea en
wordt een regel die met `- ` begint een opsomming.
"""


def format_reference() -> str:
    parts = [INTRO, files_reference(), "## Velden per blok\n"]
    for schema in ALL_SCHEMAS:
        rows = ["| Veld | Verplicht | Soort waarde | Uitleg |", "|---|---|---|---|"]
        for veld in schema.velden:
            standaard = f" Standaard: `{veld.standaard}`." if veld.standaard not in (None, []) else ""
            rows.append(f"| `{veld.naam}` | {'**ja**' if veld.verplicht else 'nee'} | {veld.type.beschrijving} | "
                        f"{veld.uitleg}{standaard} |")
        parts.append(f"## {schema.naam}\n\n" + "\n".join(rows) + "\n")
    parts.append(choices_reference())
    parts.append(kolommen_reference())
    return "\n".join(parts)


def choices_reference() -> str:
    """Every choice with the words the site shows for each value (from the model's Keuzes), once per choice."""
    fields: dict[int, tuple[object, list[str]]] = {}
    for schema in ALL_SCHEMAS:
        for veld in schema.velden:
            keuzes = getattr(veld.type, "keuzes", None)
            if keuzes:
                fields.setdefault(id(keuzes), (keuzes, []))[1].append(f"`{schema.naam}.{veld.naam}`")
    rows = ["| Velden | Waarde | Omschrijving op de site |", "|---|---|---|"]
    for keuzes, namen in fields.values():
        for i, optie in enumerate(keuzes.opties):
            kort = f" (kort: {optie.kort})" if optie.kort.lower() not in ("", optie.label.lower()) else ""
            rows.append(f"| {', '.join(namen) if i == 0 else ''} | `{optie.waarde}` | {optie.label}{kort} |")
    return ("## Keuzes en hoe de site ze noemt\n\nBij een veld met vaste waarden schrijft u de waarde; de site toont "
            "de omschrijving.\n\n" + "\n".join(rows) + "\n")
