"""`import-aanbieders`: the region's contract list (a row per aanbieder x product x gemeente) -> one
content/aanbieders/<id>.yaml per aanbieder.

A region has 100-150 contracted aanbieders and a new list every contract round; typing them is days of
work. The list is read like a product list (`import_source.py`: workbooks, UTF-16, Latin-1, any CSV
dialect; `import_columns.py`: known column names or the editor's mapping), every row is checked
(AGB and KvK numbers, products in the catalogue, gemeenten as editors type them, dates), and all
problems come in one run with file, row and value; nothing is written while there is one.

Re-importing is safe: the list owns the facts it has columns for (contracten, AGB, KvK, contact,
locaties, leeftijd); what editors wrote (omschrijving, ondersteuningsvormen, bronnen, soort ...)
is kept. A file whose data does not change is not touched, so importing the same list twice changes
no byte. An aanbieder that left the list is reported and kept; --force removes it.
"""
from __future__ import annotations

import datetime as _dt
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .content.diagnostics import Diagnostics, Vindplaats, bedoelde_u
from .content.fields import AGB_CODE, EMAIL, KVK_NUMMER, PRODUCT_OF_CATEGORIE, TELEFOON, URL
from .content.format import AANBIEDER
from .content.slug import slug
from .import_columns import find_columns
from .import_source import NotATable, read_table

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
FOLDER = "content/aanbieders"
HEADER = ("# Ingelezen met 'python -m generator import-aanbieders'. De contractlijst bepaalt: contracten, AGB-code,\n"
          "# KvK-nummer, contactgegevens, locaties en leeftijden (als de lijst die kolommen heeft). Wat u zelf\n"
          "# toevoegt (omschrijving, ondersteuningsvormen, bronnen ...) blijft bij een nieuwe import staan.\n")
NIEUWE_OMSCHRIJVING = "Gecontracteerde aanbieder volgens de contractlijst van de regio."
HELE_REGIO = {"alle", "alle gemeenten", "regio", "hele regio", "de hele regio", "regiobreed", "regionaal"}
SPLIT_GEMEENTEN = re.compile(r"\s*(?:[;,/|\n]|\ben\b)\s*")

# Column names as contract lists have them (normalised: lower case, spaces and hyphens as '_').
KOLOMMEN = {
    "naam": ["aanbieder", "naam", "naam_aanbieder", "aanbiedernaam", "aanbieder_naam", "zorgaanbieder",
             "naam_zorgaanbieder", "organisatie", "leverancier"],
    "product": ["productcode", "product", "product_code", "code", "prestatiecode", "productcategorie", "categorie"],
    "agb_code": ["agb_code", "agb", "agbcode", "agb_nummer", "agb_code_aanbieder", "agb_aanbieder"],
    "kvk_nummer": ["kvk_nummer", "kvk", "kvknummer", "kvk_nr"],
    "gemeenten": ["gemeenten", "gemeente", "gemeente(n)", "werkgebied", "perceel"],
    "ingangsdatum": ["ingangsdatum", "begindatum", "startdatum", "datum_ingang", "ingang", "ingangsdatum_contract"],
    "einddatum": ["einddatum", "datum_einde", "einde", "einddatum_contract", "eind"],
    "telefoon": ["telefoon", "telefoonnummer", "tel", "telefoon_nummer"],
    "website": ["website", "webadres", "url", "internet"],
    "email": ["e_mail", "email", "emailadres", "e_mailadres", "mail"],
    "adres": ["adres", "straat", "straat_en_huisnummer", "bezoekadres"],
    "postcode": ["postcode"],
    "plaats": ["plaats", "woonplaats", "vestigingsplaats"],
    "min_leeftijd": ["leeftijd_van", "min_leeftijd", "leeftijd_vanaf", "van_leeftijd", "minimumleeftijd"],
    "max_leeftijd": ["leeftijd_tot", "max_leeftijd", "leeftijd_tot_en_met", "tot_leeftijd", "maximumleeftijd"],
    "omschrijving": ["omschrijving", "toelichting", "beschrijving"],
}
# What each column holds, for FORMAAT.md and the template sheet (landelijk/sjabloon/content/import/).
UITLEG = {
    "naam": "Naam van de aanbieder (verplicht). Dezelfde naam op meer regels is één aanbieder; het id is de naam in "
            "kleine letters met koppeltekens.",
    "product": "Productcode (45A48) of hele productcategorie (45) uit content/productcodes/ (verplicht).",
    "agb_code": "AGB-code (8 cijfers, Vektis). Meer AGB-codes bij één naam: één aanbieder met meer vestigingen.",
    "kvk_nummer": "KvK-nummer (8 cijfers). Twee organisaties met dezelfde naam worden uit elkaar gehouden met hun "
                  "KvK-nummer.",
    "gemeenten": "Gemeente(n) van het contract: één naam, meer namen in één cel (gescheiden door ; of ,), of 'alle' "
                 "voor de hele regio. Namen van voor een herindeling en de huidige naam werken allebei. Een lege cel "
                 "onder dezelfde aanbieder (samengevoegde cel) hoort bij de cel erboven.",
    "ingangsdatum": "Datum waarop het contract ingaat (2025-01-01 of 1-1-2025). Daarvoor biedt de site het product "
                    "niet aan.",
    "einddatum": "Laatste dag van het contract. Daarna biedt de site het product niet meer aan.",
    "telefoon": "Telefoonnummer voor verwijzers.",
    "website": "Webadres (https:// mag ontbreken).",
    "email": "E-mailadres.",
    "adres": "Straat en huisnummer van de vestiging.",
    "postcode": "Postcode van de vestiging.",
    "plaats": "Plaats van de vestiging.",
    "min_leeftijd": "Jongste leeftijd in jaren.",
    "max_leeftijd": "Oudste leeftijd in jaren.",
    "omschrijving": "Wat de aanbieder doet; alleen gebruikt voor een nieuwe aanbieder (daarna schrijft u het zelf).",
}
CONTACT = ("telefoon", "website", "email", "kvk_nummer")
# For new aanbieders, from the mapping's `standaard:` (the list as a whole: its date, owner and source).
NIEUW_UIT_MAPPING = ("financiering", "eigenaar", "peildatum", "laatst_gecontroleerd", "bronnen")


def kolommen_reference() -> str:
    """The FORMAAT.md section on the contract list: every column, the names it is recognised by, what it means."""
    rows = ["| Kolom | Herkende kolomnamen | Uitleg |", "|---|---|---|"]
    rows += [f"| `{doel}` | {', '.join(f'`{n}`' for n in namen)} | {UITLEG[doel]} |" for doel, namen in KOLOMMEN.items()]
    return ("## De contractlijst (`import-aanbieders`)\n\n"
            "`python -m generator import-aanbieders LIJST [--mapping MAP.yaml] [--dry-run] [--force]` maakt van de "
            "contractlijst van de regio (Excel-werkmap of CSV, één regel per aanbieder x product x gemeente) een "
            "bestand per aanbieder in `content/aanbieders/`. Een voorbeeld staat in "
            "`content/import/contractlijst-sjabloon.csv`. Kolomnamen worden herkend zonder op hoofdletters, spaties, "
            "`-` en `_` te letten; heet een kolom anders, zet dan in de mapping bijvoorbeeld "
            "`kolommen: {naam: Zorgverlener}`. `standaard:` geldt voor nieuwe aanbieders: `soort`, `financiering`, "
            "`eigenaar`, `peildatum` (de datum van de lijst), `laatst_gecontroleerd` en `bronnen` (de lijst als bron), "
            "bijvoorbeeld `standaard: {financiering: tarief, peildatum: 2025-01-01, laatst_gecontroleerd: 2025-01-15}`. "
            "Een lege cel verandert niets aan wat er al staat.\n\n" + "\n".join(rows) + "\n")
VELD_VOLGORDE = [v.naam for v in AANBIEDER.velden]


@dataclass
class Rij:
    line: int
    naam: str
    product: str
    gemeenten: tuple[str, ...]
    ingang: _dt.date | None
    einde: _dt.date | None
    waarden: dict[str, object]  # agb_code, kvk_nummer, contact, adres, leeftijd, omschrijving: as given


@dataclass
class AanbiedersImport:
    diagnostics: Diagnostics
    files: dict[str, str] = field(default_factory=dict)  # relpath -> new text (only changed or new files)
    nieuw: list[str] = field(default_factory=list)
    gewijzigd: dict[str, list[str]] = field(default_factory=dict)  # id -> changed fields
    ongewijzigd: int = 0
    vertrokken: list[str] = field(default_factory=list)  # ids with contracts that are no longer in the list
    verwijderd: list[str] = field(default_factory=list)  # relpaths removed (--force)
    rijen: int = 0
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- what the content tree knows


def _load(path: Path):
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None


def catalogue(root: Path) -> tuple[set[str], set[str]]:
    """The productcodes and categories of the tree (read directly: the import runs before a check)."""
    codes, categorieen = set(), set()
    for path in sorted((root / "content" / "productcodes").glob("*.yaml")):
        data = _load(path)
        if isinstance(data, dict) and "categorie" in data:
            categorieen.add(str(data["categorie"]))
            codes.update(str(c.get("code")) for c in data.get("productcodes") or [] if isinstance(c, dict))
    return codes, categorieen


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """A name as compared: case, accents, hyphens and spaces folded (a list repeats its few names 100,000 times)."""
    return " ".join(slug(text).split("-"))


def gemeente_names(root: Path) -> tuple[dict[str, list[str]], list[str]]:
    """Every way an editor writes a gemeente -> its ids: id, name, former name, and today's name after a
    herindeling (all its former gemeenten), case and hyphens folded ("Oud Dorp", "oud-dorp", "oudorp")."""
    data = _load(root / "content" / "regio.yaml")
    names: dict[str, list[str]] = {}
    shown: list[str] = []
    if not isinstance(data, dict):
        return names, shown
    regio = str(data.get("naam") or "")
    for key in (*HELE_REGIO, regio, f"regio {regio}"):
        if key.strip():
            names[_fold(key)] = ["regio"]
    for g in data.get("gemeenten") or []:
        if not isinstance(g, dict) or not g.get("id"):
            continue
        gid = str(g["id"])
        opgegaan = g.get("opgegaan_in") if isinstance(g.get("opgegaan_in"), dict) else {}
        for key in (gid, str(g.get("naam") or ""), str(opgegaan.get("naam") or "")):
            ids = names.setdefault(_fold(key), []) if key else []
            if key and gid not in ids:
                ids.append(gid)
        shown.extend(str(n) for n in (g.get("naam") or gid, opgegaan.get("naam")) if n)
    return names, sorted(set(shown))


def existing_aanbieders(root: Path) -> dict[str, tuple[str, dict]]:
    """id -> (relpath, plain data) of every aanbieder file."""
    result = {}
    for path in sorted((root / FOLDER).glob("*.yaml")):
        data = _load(path)
        if isinstance(data, dict) and data.get("id"):
            result[str(data["id"])] = (path.relative_to(root).as_posix(), data)
    return result


# ---------------------------------------------------------------- reading rows


def _datum(text: str) -> _dt.date | None:
    text = text.strip()
    for pattern, order in ((r"(\d{4})-(\d{1,2})-(\d{1,2})", "ymd"), (r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", "dmy")):
        m = re.fullmatch(pattern, text)
        if m:
            a, b, c = (int(x) for x in m.groups())
            try:
                return _dt.date(a, b, c) if order == "ymd" else _dt.date(c, b, a)
            except ValueError:
                return None
    return None


def parse_rows(rows: list[tuple[int, list[str]]], bestand: str, mapping: dict, root: Path,
               result: AanbiedersImport) -> tuple[list[Rij], set[str]]:
    d = result.diagnostics
    it = iter(rows)
    header_line, header = next(((n, cells) for n, cells in it if any(c.strip() for c in cells)), (1, []))
    if not any(c.strip() for c in header):
        d.fout(Vindplaats(bestand), "", "Het bestand is leeg.", "Kies de contractlijst; de eerste regel bevat de kolomnamen.")
        return [], set()
    sample = [cells for n, cells in rows[:60] if n > header_line and any(c.strip() for c in cells)]
    columns = find_columns(header, mapping, d, bestand, header_line, sample, known=KOLOMMEN, required=("naam", "product"))
    if "naam" not in columns or "product" not in columns:
        return [], set()
    codes, categorieen = catalogue(root)
    gemeenten, shown = gemeente_names(root)
    result_rows: list[Rij] = []
    previous: tuple[str, str] = ("", "")  # (naam, gemeenten) of the row above, for merged cells

    def cell(cells, target):
        i = columns.get(target)
        text = " ".join(cells[i].split()) if i is not None and i < len(cells) else ""
        return text if text not in ("", "-") else ""

    problems: list[tuple[str, str, str]] = []  # this row's, reported together with its line

    def fout(veld, melding, hint=""):
        problems.append((veld, melding, hint))

    for line, cells in it:
        if not any(c.strip() for c in cells):
            continue
        problems.clear()

        naam = cell(cells, "naam")
        if not naam:
            fout("naam", "Deze regel heeft geen naam van de aanbieder.", "Vul de naam in, of haal de regel weg.")
        product = cell(cells, "product").upper().replace(" ", "")
        if not product:
            fout("product", "Deze regel heeft geen productcode of productcategorie.")
        elif not PRODUCT_OF_CATEGORIE.pattern.fullmatch(product):
            fout("product", f"'{product}' is geen productcode (45A48) of productcategorie (45).",
                 "Een productcode heeft 5 tekens: 2 cijfers, een hoofdletter en 2 cijfers.")
        elif product not in codes and product not in categorieen:
            soort = "productcode" if len(product) == 5 else "productcategorie"
            fout("product", f"De {soort} '{product}' staat niet in content/productcodes/.",
                 bedoelde_u(product, codes if len(product) == 5 else categorieen)
                 or "Lees eerst de productlijst in met import-productcodes.")
        waarden: dict[str, object] = {}
        for key, patroon, uitleg in (("agb_code", AGB_CODE, "een AGB-code heeft precies 8 cijfers"),
                                     ("kvk_nummer", KVK_NUMMER, "een KvK-nummer heeft precies 8 cijfers")):
            value = cell(cells, key).replace(" ", "").replace(".", "")
            if value and not patroon.pattern.fullmatch(value):
                fout(key, f"'{value}' is geen {patroon.geldig} {patroon.beschrijving}: {uitleg}.",
                     "Excel haalt soms een 0 vooraan weg: zet de kolom op 'Tekst' en vul de 0 weer aan."
                     if value.isdigit() and len(value) == 7 else "")
            elif value:
                waarden[key] = value
        for key, patroon in (("telefoon", TELEFOON), ("website", URL), ("email", EMAIL)):
            value = cell(cells, key)
            if key == "website" and value and not value.startswith(("http://", "https://")):
                value = "https://" + value
            if value and not patroon.pattern.fullmatch(value):
                fout(key, f"'{value}' is geen {patroon.geldig} {patroon.beschrijving}.", patroon.hint)
            elif value:
                waarden[key] = value
        for key in ("adres", "postcode", "plaats", "omschrijving"):
            if cell(cells, key):
                waarden[key] = cell(cells, key)
        for key in ("min_leeftijd", "max_leeftijd"):
            value = cell(cells, key)
            if value and not (value.isdigit() and 0 <= int(value) <= 27):
                fout(key, f"'{value}' is geen leeftijd in jaren (0 tot en met 27).")
            elif value:
                waarden[key] = int(value)
        if isinstance(waarden.get("min_leeftijd"), int) and isinstance(waarden.get("max_leeftijd"), int) \
                and waarden["max_leeftijd"] < waarden["min_leeftijd"]:
            fout("max_leeftijd", f"De leeftijd tot ({waarden['max_leeftijd']}) is lager dan de leeftijd van "
                 f"({waarden['min_leeftijd']}).")
        dates = {}
        for key in ("ingangsdatum", "einddatum"):
            value = cell(cells, key)
            dates[key] = _datum(value) if value else None
            if value and dates[key] is None:
                fout(key, f"'{value}' is geen datum.", "Schrijf een datum als 2025-01-01 of 1-1-2025.")
        if dates["ingangsdatum"] and dates["einddatum"] and dates["einddatum"] < dates["ingangsdatum"]:
            fout("einddatum", f"De einddatum {dates['einddatum'].isoformat()} ligt voor de ingangsdatum "
                 f"{dates['ingangsdatum'].isoformat()}.", "Controleer beide datums.")
        tekst = cell(cells, "gemeenten") if "gemeenten" in columns else "alle"
        if not tekst and naam and previous[0] == naam:  # a merged cell: only its first row holds the text
            tekst = previous[1]
        previous = (naam, tekst)
        if not tekst:
            fout("gemeenten", "Deze regel noemt geen gemeente.", "Vul de gemeente(n) in, of 'alle' voor de hele regio.")
        ids: list[str] = []
        for deel in (p for p in SPLIT_GEMEENTEN.split(tekst) if p.strip()):
            found = gemeenten.get(_fold(deel))
            if found is None:
                fout("gemeenten", f"Onbekende gemeente '{deel}'.",
                     bedoelde_u(deel, shown) or "Gebruik een naam uit content/regio.yaml, of 'alle' voor de hele regio.")
            else:
                ids.extend(g for g in found if g not in ids)
        for veld, melding, hint in problems:
            d.fout(Vindplaats(bestand, line), veld, melding, hint)
        if not problems:
            result_rows.append(Rij(line, naam, product, tuple(["regio"] if "regio" in ids else ids),
                                   dates["ingangsdatum"], dates["einddatum"], waarden))
    if not result_rows and not d.fouten:
        d.fout(Vindplaats(bestand, header_line), "", "Het bestand bevat alleen kolomnamen, geen aanbieders.")
    return result_rows, set(columns)


# ---------------------------------------------------------------- from rows to aanbieders


def _identities(rows: list[Rij]) -> dict[int, str]:
    """Row line -> aanbieder id: the name's slug; two organisations of the same name (different KvK
    numbers) get their AGB code (or KvK number) added. One organisation with several AGB codes stays one."""
    per_name: dict[str, set[str]] = {}
    for r in rows:
        per_name.setdefault(slug(r.naam), set()).add(str(r.waarden.get("kvk_nummer") or ""))
    first_code: dict[tuple[str, str], str] = {}
    ids = {}
    for r in rows:
        base, kvk = slug(r.naam), str(r.waarden.get("kvk_nummer") or "")
        if len(per_name[base] - {""}) > 1:
            code = first_code.setdefault((base, kvk), str(r.waarden.get("agb_code") or kvk or "onbekend"))
            ids[r.line] = f"{base}-{code}"
        else:
            ids[r.line] = base
    return ids


def _vergelijkbaar(value) -> str:
    """Contact data as compared between rows: 'kustzorg.example/' is 'kustzorg.example', '050-1234' is '050 1234'."""
    return re.sub(r"[\s/-]+", "", str(value).lower())


def group_rows(rows: list[Rij], bestand: str, d: Diagnostics) -> dict[str, list[Rij]]:
    """Rows per aanbieder id; two rows that contradict each other (other contact data, other dates for the
    same product and gemeente) are errors naming both rows."""
    ids = _identities(rows)
    groups: dict[str, list[Rij]] = {}
    for r in rows:
        groups.setdefault(ids[r.line], []).append(r)
    for group in groups.values():
        seen: dict[str, tuple[object, int]] = {}
        for r in group:
            for key in CONTACT:
                if key in r.waarden:
                    first = seen.setdefault(key, (r.waarden[key], r.line))
                    if _vergelijkbaar(first[0]) != _vergelijkbaar(r.waarden[key]):
                        d.fout(Vindplaats(bestand, r.line), key, f"{r.naam}: {key} '{r.waarden[key]}' verschilt van "
                               f"'{first[0]}' op regel {first[1]}.", "Eén aanbieder heeft één waarde; verbeter een van beide regels.")
        contracts: dict[tuple[str, str], tuple[tuple, int]] = {}
        for r in group:
            for g in r.gemeenten:
                first = contracts.setdefault((r.product, g), ((r.ingang, r.einde), r.line))
                if first[0] != (r.ingang, r.einde):
                    d.fout(Vindplaats(bestand, r.line), "product", f"{r.naam}: {r.product} in {g} staat ook op regel "
                           f"{first[1]}, met andere datums.", "Houd één regel per product en gemeente over, of "
                           "laat de periodes niet overlappen door er één te laten eindigen.")
    return groups


def _contracten(group: list[Rij]) -> list[dict]:
    """One block per period and set of gemeenten, with its products: a list's ten products for the same
    twenty gemeenten are one block, not ten (or two hundred rows)."""
    per_product: dict[tuple, set[str]] = {}  # (ingang, einde, product) -> gemeenten
    for r in group:
        per_product.setdefault((r.ingang, r.einde, r.product), set()).update(r.gemeenten)
    blocks: dict[tuple, list[str]] = {}
    for (ingang, einde, product), gemeenten in per_product.items():
        area = ("regio",) if "regio" in gemeenten else tuple(sorted(gemeenten))
        blocks.setdefault((ingang, einde, area), []).append(product)
    result = []
    for (ingang, einde, area), producten in blocks.items():
        entry = {"producten": sorted(producten), "gemeenten": list(area)}
        if ingang:
            entry["ingangsdatum"] = ingang
        if einde:
            entry["einddatum"] = einde
        result.append(entry)
    return sorted(result, key=lambda e: (e["producten"][0], e.get("ingangsdatum") or _dt.date.min, e["gemeenten"]))


def _locaties(group: list[Rij], naam: str, agb: str | None, columns: set[str], old: list) -> list[dict] | None:
    """Locations from the address columns, and one per further AGB code; None: the list says nothing."""
    if not ({"adres", "postcode", "plaats"} & columns) and len({r.waarden.get("agb_code") for r in group} - {None}) < 2:
        return None
    result: list[dict] = []
    for r in group:
        w = r.waarden
        entry = {"naam": str(w.get("plaats") or naam)}
        for key in ("adres", "postcode", "plaats"):
            if w.get(key):
                entry[key] = w[key]
        if w.get("agb_code") and w.get("agb_code") != agb:
            entry["agb_code"] = w["agb_code"]
            if not w.get("plaats"):
                entry["naam"] = f"{naam} (AGB {w['agb_code']})"
        if len(entry) > 1 and entry not in result:
            result.append(entry)
    olds = {(o.get("naam"), o.get("adres")): o for o in old or [] if isinstance(o, dict)}
    for entry in result:  # a gemeente an editor added to a location stays
        previous = olds.get((entry["naam"], entry.get("adres")))
        if previous and previous.get("gemeente"):
            entry["gemeente"] = previous["gemeente"]
    return result


def merge(aid: str, group: list[Rij], existing: dict | None, columns: set[str], defaults: dict) -> dict:
    """The aanbieder's new data: the existing file with the list's facts laid over it."""
    data = dict(existing or {})
    first = group[0]
    data["id"] = aid
    data.setdefault("naam", first.naam)  # an editor may have polished the name; the id ties the file to the list
    if not existing:  # a new aanbieder: what the mapping's standaard: says about the whole list
        data["soort"] = defaults.get("soort", "zorgaanbieder")
        for key in NIEUW_UIT_MAPPING:
            if defaults.get(key) not in (None, "", []):
                data[key] = defaults[key]
    if not data.get("omschrijving"):
        data["omschrijving"] = next((r.waarden["omschrijving"] for r in group if r.waarden.get("omschrijving")),
                                    NIEUWE_OMSCHRIJVING)
    agb = next((r.waarden["agb_code"] for r in group if r.waarden.get("agb_code")), None)
    for key in ("agb_code", *CONTACT):  # an empty cell says nothing: what the file has stays
        value = agb if key == "agb_code" else next((r.waarden[key] for r in group if r.waarden.get(key)), None)
        if value and _vergelijkbaar(value) != _vergelijkbaar(data.get(key) or ""):
            data[key] = value
    locaties = _locaties(group, data["naam"], agb, columns, data.get("locaties"))
    if locaties:
        data["locaties"] = locaties
    doelgroep = dict(data.get("doelgroep") or {})
    for key in ("min_leeftijd", "max_leeftijd"):
        value = next((r.waarden[key] for r in group if key in r.waarden), None)
        if value is not None:
            doelgroep[key] = value
    if doelgroep:
        data["doelgroep"] = {k: doelgroep[k] for k in ("min_leeftijd", "max_leeftijd", "omschrijving") if k in doelgroep}
    data["contracten"] = _contracten(group)
    ordered = {k: data[k] for k in VELD_VOLGORDE if k in data}
    ordered.update({k: v for k, v in data.items() if k not in ordered})
    return ordered


def render(data: dict) -> str:
    return HEADER + yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False, width=120,
                                default_flow_style=None)


def plan(path: Path, root: Path, mapping: dict, force: bool) -> AanbiedersImport:
    """Everything the import would do, without writing."""
    result = AanbiedersImport(Diagnostics())
    bestand = path.name
    try:
        table = read_table(path)
    except NotATable as problem:
        result.diagnostics.fout(Vindplaats(bestand), "", problem.melding.replace("productlijst", "contractlijst"),
                                problem.hint.replace("productlijst", "contractlijst"))
        return result
    result.notes.extend(table.notes)
    rows, columns = parse_rows(table.rows, bestand, mapping, root, result)
    groups = group_rows(rows, bestand, result.diagnostics)
    if result.diagnostics.fouten:
        return result
    result.rijen = len(rows)
    existing = existing_aanbieders(root)
    by_agb = {str(data.get("agb_code")): aid for aid, (_, data) in existing.items() if data.get("agb_code")}
    defaults = mapping.get("standaard") or {}
    seen: set[str] = set()
    for aid, group in sorted(groups.items()):
        agb = next((r.waarden["agb_code"] for r in group if r.waarden.get("agb_code")), None)
        target = aid if aid in existing else by_agb.get(str(agb), aid)  # a renamed organisation keeps its id
        seen.add(target)
        relpath, old = existing.get(target, (f"{FOLDER}/{target}.yaml", None))
        new = merge(target, group, old, columns, defaults)
        if old is None:
            result.nieuw.append(target)
        else:
            changed = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
            if not changed:
                result.ongewijzigd += 1
                continue
            result.gewijzigd[target] = changed
        result.files[relpath] = render(new)
    for aid, (relpath, data) in existing.items():
        if aid not in seen and data.get("contracten"):
            result.vertrokken.append(aid)
            if force:
                result.verwijderd.append(relpath)
    return result


def validate_in_copy(root: Path, files: dict[str, str], removed: list[str]) -> Diagnostics:
    from .content import check

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "root"
        for folder in ("content", "zorgroutes"):
            if (root / folder).exists():
                shutil.copytree(root / folder, copy / folder)
        for relpath in removed:
            (copy / relpath).unlink(missing_ok=True)
        for relpath, text in files.items():
            (copy / relpath).parent.mkdir(parents=True, exist_ok=True)
            (copy / relpath).write_text(text, encoding="utf-8")
        return check(copy).diagnostics


def run(path: Path, root: Path, mapping_path: Path | None, force: bool, dry_run: bool) -> AanbiedersImport:
    from .importer import read_mapping

    mapping: dict | None = {}
    if mapping_path:
        problems = Diagnostics()
        mapping = read_mapping(mapping_path, problems)
        if mapping is None:
            return AanbiedersImport(problems)
    result = plan(path, root, mapping, force)
    if result.diagnostics.fouten or dry_run or not (result.files or result.verwijderd):
        return result
    for diagnostic in validate_in_copy(root, result.files, result.verwijderd).fouten:
        result.diagnostics.fout(diagnostic.locatie, diagnostic.veld, "Na het importeren: " + diagnostic.melding, diagnostic.hint)
    if result.diagnostics.fouten:
        return result
    (root / FOLDER).mkdir(parents=True, exist_ok=True)
    for relpath, text in result.files.items():
        staging = root / (relpath + ".nieuw")
        staging.write_text(text, encoding="utf-8")
        staging.replace(root / relpath)
    for relpath in result.verwijderd:
        (root / relpath).unlink(missing_ok=True)
    return result


def summary(result: AanbiedersImport, dry_run: bool, force: bool, max_lines: int = 20) -> list[str]:
    """The Dutch report of a run: N nieuw, M gewijzigd (which fields), K niet meer in de lijst."""
    lines = [f"{result.rijen} contractregel(s) gelezen: {len(result.nieuw)} nieuw, {len(result.gewijzigd)} gewijzigd, "
             f"{len(result.vertrokken)} niet meer in de lijst, {result.ongewijzigd} ongewijzigd."]
    for aid, velden in list(result.gewijzigd.items())[:max_lines]:
        lines.append(f"  gewijzigd: {aid} ({', '.join(velden)})")
    if len(result.gewijzigd) > max_lines:
        lines.append(f"  … en nog {len(result.gewijzigd) - max_lines} gewijzigd")
    for aid in result.vertrokken[:max_lines]:
        lines.append(f"  niet meer in de lijst: {aid} " + ("(verwijderd)" if force else "(blijft staan; --force verwijdert het)"))
    if len(result.vertrokken) > max_lines:
        lines.append(f"  … en nog {len(result.vertrokken) - max_lines} niet meer in de lijst")
    if dry_run:
        lines.append("Proefrun (--dry-run): er is niets geschreven.")
    return lines
