"""`import-productcodes`: a product list exported from a spreadsheet -> categorie-NN.yaml files.

Real exports are messy: workbooks, UTF-16 or Latin-1 text, semicolons (Dutch Excel), quoted fields with
newlines, blank and duplicate rows, extra columns, category header rows. `import_source.py` turns any file
into rows (or one Dutch sentence), `import_columns.py` finds the columns; this module checks the rows.
Every row is either imported or reported with its line number and the reason; nothing is written
unless the result validates, and files someone edited by hand are only replaced with --force.
Hand-set fields (zorgsoort, toegang, verwijzers, bronnen, per-code overrides) are kept.
"""
from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .content.diagnostics import Diagnostics, Vindplaats
from .content.format import PRODUCTCATEGORIE
from .content.model import UITVOERINGSVARIANTEN
from .content.yaml_reader import load_yaml_file, plain_data
from .import_columns import CODE, find_columns, looks_like_category_header, mapping_example
from .import_source import NotATable, read_table

MARKER = "# Gemaakt door 'python -m generator import-productcodes'; controle: "
CATEGORY_DEFAULTS = ("zorgsoort", "vrij_toegankelijk", "expertpool_advies_verplicht", "verwijzers")
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: same text, 10x faster on 200,000 codes
MAX_CODES = PRODUCTCATEGORIE.velden[[v.naam for v in PRODUCTCATEGORIE.velden].index("productcodes")].type.max_items


@dataclass
class ImportResult:
    diagnostics: Diagnostics
    files: dict[str, str] = field(default_factory=dict)
    imported: int = 0
    skipped: int = 0
    notes: list[str] = field(default_factory=list)


def _eenheid_lookup(root: Path) -> dict[str, str]:
    data = yaml.safe_load((root / "content" / "codelijsten.yaml").read_text(encoding="utf-8")) or {}
    lookup = {}
    for e in data.get("eenheden") or []:
        for key in (e.get("id"), e.get("naam"), e.get("ijw_code")):
            if key:
                lookup[str(key).strip().lower()] = e["id"]
    return lookup


def _example_ids(root: Path) -> tuple[str, str]:
    """A real zorgsoort id and verwijzer ids of this content tree, for the example line of a mapping tip."""
    def ids(relpath: str, key: str) -> list[str]:
        try:
            data = yaml.safe_load((root / relpath).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            return []
        return [str(e["id"]) for e in data.get(key) or [] if isinstance(e, dict) and e.get("id")]

    zorgsoorten, verwijzers = ids("content/productcodes/zorgsoorten.yaml", "zorgsoorten"), ids("content/codelijsten.yaml", "verwijzers")
    return (zorgsoorten[0] if zorgsoorten else "ZORGSOORT-ID"), ", ".join(verwijzers[:2]) or "VERWIJZER-ID"


@dataclass
class Row:
    line: int
    code: str
    naam: str
    categorie_naam: str | None
    eenheid: str | None
    uitvoeringsvariant: str | None
    hulpvorm: str | None


def _header(rows_list: list[tuple[int, list[str]]], bestand: str, d: Diagnostics) -> int | None:
    """The index of the first non-empty row, the column names; None (reported) for an empty file or a list
    pasted into one cell."""
    index = next((i for i, (_, cells) in enumerate(rows_list) if any(c.strip() for c in cells)), None)
    header_line, header = rows_list[index] if index is not None else (1, [])
    if not any(c.strip() for c in header):
        d.fout(Vindplaats(bestand), "", "Het bestand is leeg.", "Kies het bestand met de productlijst; de eerste regel "
               "bevat de kolomnamen.")
        return None
    named = [h for h in header if h.strip()]
    if len(named) == 1 and any(sep in named[0] for sep in ";,\t"):
        d.fout(Vindplaats(bestand, header_line), "", "Alle kolomnamen staan in één cel: "
               f"'{named[0][:80]}'. De lijst is als tekst in één kolom terechtgekomen.",
               "Splits de kolom in Excel met Gegevens > Tekst naar kolommen, of lees het oorspronkelijke "
               "CSV-bestand zelf in.")
        return None
    return index


@dataclass
class _Sheet:
    """One product list being read: its recognised columns, and where its notes and problems go."""

    bestand: str
    header: list[str]
    sample: list[list[str]]
    columns: dict[str, int]
    eenheden: dict[str, str]
    result: ImportResult
    category_names: dict[str, str] = field(default_factory=dict)

    def cell(self, cells: list[str], target: str) -> str | None:
        """A cell with its whitespace folded: spreadsheet cells often hold line breaks."""
        i = self.columns.get(target)
        text = " ".join(cells[i].split()) if i is not None and i < len(cells) else ""
        return text if text not in ("", "-") else None

    def row(self, line: int, cells: list[str]) -> Row | None:
        """A product row as a Row; None for a category header (its name noted) or a reported row."""
        d = self.result.diagnostics
        code, naam = (self.cell(cells, "code") or "").upper(), self.cell(cells, "naam")
        if not CODE.fullmatch(code):
            d.fout(Vindplaats(self.bestand, line), "code", f"'{code or '(leeg)'}' is geen geldige productcode; regel niet ingelezen.",
                   "Een productcode heeft 5 tekens: 2 cijfers, een hoofdletter en 2 cijfers, bijvoorbeeld 45A48.")
            return None
        header_row = (self.cell(cells, "categorie") is None and code.endswith("A00") and self.cell(cells, "categorie_naam") is None
                      if "categorie" in self.columns else looks_like_category_header(code, cells, self.columns))
        if header_row:
            self.category_names[code[:2]] = naam or code[:2]
            self.result.notes.append(f"regel {line}: categoriekop {code[:2]} '{naam}' gebruikt als naam van de categorie")
            return None
        if "categorie" not in self.columns and code.endswith("A00"):
            d.waarschuwing(Vindplaats(self.bestand, line), "categorie", f"{code} '{naam}' is als productcode ingelezen, maar kan "
                           "een categoriekop zijn: de kolom met de categorie is niet herkend.",
                           "Staat er een categoriekolom in het bestand, zet die dan in de mapping, bijvoorbeeld:"
                           + mapping_example("categorie", self.header, self.sample))
        return self._checked(line, cells, code, naam)

    def _checked(self, line: int, cells: list[str], code: str, naam: str | None) -> Row | None:
        """The row's values, each checked; the first wrong one is reported and the row left out."""
        d, where = self.result.diagnostics, Vindplaats(self.bestand, line)
        categorie = self.cell(cells, "categorie")
        if not naam:
            d.fout(where, "naam", f"Productcode {code} heeft geen omschrijving; regel niet ingelezen.")
            return None
        if categorie and categorie != code[:2]:
            d.fout(where, "categorie", f"Productcode {code} staat in categorie '{categorie}', "
                   f"maar begint met {code[:2]}; regel niet ingelezen.")
            return None
        eenheid_text = self.cell(cells, "eenheid")
        eenheid = self.eenheden.get(eenheid_text.lower()) if eenheid_text else None
        if eenheid_text and not eenheid:
            d.fout(where, "eenheid", f"Onbekende eenheid '{eenheid_text}' bij {code}; regel niet ingelezen.",
                   "Gebruik een eenheid uit content/codelijsten.yaml (naam, id of iJw-code).")
            return None
        variant = (self.cell(cells, "uitvoeringsvariant") or "").lower() or None
        if variant is not None and variant not in UITVOERINGSVARIANTEN:
            d.fout(where, "uitvoeringsvariant", f"Onbekende uitvoeringsvariant '{variant}' bij {code}.")
            return None
        return Row(line, code, naam, self.cell(cells, "categorie_naam"), eenheid, variant, self.cell(cells, "hulpvorm"))

    def add(self, rows: dict[str, Row], row: Row) -> None:
        """Keep a row once: an identical repeat is skipped (noted), a different one with the same code reported."""
        first = rows.get(row.code)
        if first is None:
            rows[row.code] = row
            if row.categorie_naam:
                self.category_names.setdefault(row.code[:2], row.categorie_naam)
        elif (first.naam, first.eenheid, first.uitvoeringsvariant, first.hulpvorm) == (
                row.naam, row.eenheid, row.uitvoeringsvariant, row.hulpvorm):
            self.result.skipped += 1
            self.result.notes.append(f"regel {row.line}: {row.code} staat dubbel (gelijk aan regel {first.line}), overgeslagen")
        else:
            self.result.diagnostics.fout(Vindplaats(self.bestand, row.line), "code",
                                         f"Productcode {row.code} staat al op regel {first.line}, met andere gegevens.",
                                         "Houd één van de twee regels over.")


def parse_rows(rows_list: list[tuple[int, list[str]]], bestand: str, mapping: dict, root: Path,
               result: ImportResult) -> tuple[list[Row], dict[str, str], set[str]]:
    """Every row after the header imported or reported; returns the rows, category names and recognised columns."""
    d = result.diagnostics
    index = _header(rows_list, bestand, d)
    if index is None:
        return [], {}, set()
    header_line, header = rows_list[index]
    sample = [cells for n, cells in rows_list[:60] if n > header_line and any(c.strip() for c in cells)]
    columns = find_columns(header, mapping, d, bestand, header_line, sample)
    if "code" not in columns or "naam" not in columns:
        return [], {}, set()
    sheet = _Sheet(bestand, header, sample, columns, _eenheid_lookup(root), result)
    rows: dict[str, Row] = {}
    for line, cells in rows_list[index + 1:]:
        if not any(c.strip() for c in cells):
            result.skipped += 1
            result.notes.append(f"regel {line}: lege regel overgeslagen")
            continue
        row = sheet.row(line, cells)
        if row is not None:
            sheet.add(rows, row)
    if not rows and not d.fouten:
        d.fout(Vindplaats(bestand, header_line), "", "Het bestand bevat alleen kolomnamen, geen productcodes.")
    return list(rows.values()), sheet.category_names, set(columns)


def check_limits(rows: list[Row], bestand: str, diagnostics: Diagnostics) -> None:
    """Limits the content check would refuse anyway, reported before any file is made or validated."""
    per_category: dict[str, int] = {}
    for row in rows:
        per_category[row.code[:2]] = per_category.get(row.code[:2], 0) + 1
    for nummer, count in sorted(per_category.items()):
        if count > MAX_CODES:
            diagnostics.fout(Vindplaats(bestand), "productcodes", f"Categorie {nummer} krijgt {count} productcodes; "
                             f"het maximum is {MAX_CODES} per categorie.",
                             "Controleer of dit de goede lijst is, of verdeel de codes over meer categorieën.")


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def hand_edited(path: Path) -> bool:
    """True when the file was not written by the importer, or changed after it was."""
    text = path.read_text(encoding="utf-8")
    first, _, body = text.partition("\n")
    return not (first.startswith(MARKER) and first[len(MARKER):].strip() == _checksum(body))


def _category_file(nummer: str, rows: list[Row], existing: dict | None, naam: str | None, defaults: dict,
                   source_fields: set[str]) -> dict:
    base = dict(existing or {})
    data = {"categorie": nummer, "naam": base.get("naam") or naam or f"Categorie {nummer}"}
    for key in ("zorgsoort", "omschrijving", "vrij_toegankelijk", "toegang_herkomst", "expertpool_advies_verplicht",
                "verwijzers", "zoekwoorden", "zoekwoorden_herkomst", "eigenaar", "peildatum", "laatst_gecontroleerd",
                "controle_interval_maanden", "bronnen", "wijzigingen"):  # review cycle and what readers were told: kept
        value = base.get(key, defaults.get(key))
        if value is not None:
            data[key] = value
    old_codes = {c["code"]: c for c in base.get("productcodes") or [] if isinstance(c, dict) and "code" in c}
    codes = []
    for row in sorted(rows, key=lambda r: r.code):
        entry = {"code": row.code, "naam": row.naam}
        old = old_codes.get(row.code, {})
        for key in ("uitvoeringsvariant", "hulpvorm", "eenheid"):
            value = getattr(row, key) if key in source_fields else old.get(key)  # no column: keep what was there
            if value:
                entry[key] = value
        for key in ("omschrijving", *CATEGORY_DEFAULTS):  # hand-set per-code fields survive a re-import
            if key in old_codes.get(row.code, {}):
                entry[key] = old_codes[row.code][key]
        codes.append(entry)
    data["productcodes"] = codes
    return data


def render_file(data: dict, source_name: str) -> str:
    body = f"# Productcategorie {data['categorie']}: {data['naam']}. Bron van de codes: {source_name}.\n" + \
        yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False, width=120)
    return f"{MARKER}{_checksum(body)}\n{body}"


def plan_import(csv_path: Path, root: Path, mapping: dict) -> ImportResult:
    """Everything the import would write, without writing."""
    result = ImportResult(Diagnostics())
    bestand = csv_path.name
    try:
        table = read_table(csv_path)
    except NotATable as problem:
        result.diagnostics.fout(Vindplaats(bestand), "", problem.melding, problem.hint)
        return result
    result.notes.extend(table.notes)
    rows, names, source_fields = parse_rows(table.rows, bestand, mapping, root, result)
    if not result.diagnostics.fouten:
        check_limits(rows, bestand, result.diagnostics)
    if result.diagnostics.fouten:
        return result
    folder = root / "content" / "productcodes"
    zorgsoort, verwijzers = _example_ids(root)
    per_category: dict[str, list[Row]] = {}
    for row in rows:
        per_category.setdefault(row.code[:2], []).append(row)
    for nummer, category_rows in sorted(per_category.items()):
        path = folder / f"categorie-{nummer}.yaml"
        existing = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
        defaults = {**(mapping.get("standaard") or {}), **((mapping.get("categorieen") or {}).get(nummer) or {})}
        missing = [k for k in CATEGORY_DEFAULTS if k not in (existing or {}) and k not in defaults
                   and k != "expertpool_advies_verplicht"]  # optional: only regions with an expertpool set it
        if missing:
            result.diagnostics.fout(Vindplaats(bestand), "mapping", f"Categorie {nummer} is nieuw; de mapping geeft geen "
                                    + ", ".join(missing) + ".",
                                    "Geef ze in het mapping-bestand (--mapping), bijvoorbeeld:\n        categorieen:\n"
                                    f"          \"{nummer}\": {{zorgsoort: {zorgsoort}, vrij_toegankelijk: nee, "
                                    f"expertpool_advies_verplicht: nee, verwijzers: [{verwijzers}]}}\n"
                                    "    (zorgsoort en verwijzers zijn id's uit content/productcodes/zorgsoorten.yaml "
                                    "en content/codelijsten.yaml).")
            continue
        data = _category_file(nummer, category_rows, existing, names.get(nummer), defaults, source_fields)
        result.files[path.relative_to(root).as_posix()] = render_file(data, bestand)
    result.imported = len(rows)
    return result


def validate_in_copy(root: Path, files: dict[str, str]) -> Diagnostics:
    from .content import check

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "root"
        for folder in ("content", "zorgroutes"):
            if (root / folder).exists():
                shutil.copytree(root / folder, copy / folder)
        for relpath, text in files.items():
            (copy / relpath).parent.mkdir(parents=True, exist_ok=True)
            (copy / relpath).write_text(text, encoding="utf-8")
        return check(copy).diagnostics


def read_mapping(mapping_path: Path, diagnostics: Diagnostics) -> dict | None:
    """The --mapping file through the content reader: a broken file is a Dutch file:line problem (exit 1)."""
    bestand = str(mapping_path)
    data = load_yaml_file(mapping_path, bestand, diagnostics)
    if data is None:
        return None
    if not isinstance(data, dict):
        diagnostics.fout(Vindplaats(bestand, getattr(data, "line", 1)), "",
                         "Het mapping-bestand is geen blok met velden.",
                         "Het begint bijvoorbeeld met 'standaard:' of 'kolommen:', zonder '- ' ervoor.")
        return None
    return plain_data(data)


def run_import(csv_path: Path, root: Path, mapping_path: Path | None, force: bool) -> ImportResult:
    mapping: dict | None = {}
    if mapping_path:
        problems = Diagnostics()
        mapping = read_mapping(mapping_path, problems)
        if mapping is None:
            return ImportResult(problems)
    result = plan_import(csv_path, root, mapping)
    if result.diagnostics.fouten:
        return result
    protected = [p for p in result.files if (root / p).exists() and hand_edited(root / p)
                 and (root / p).read_text(encoding="utf-8") != result.files[p]]
    if protected and not force:
        for relpath in protected:
            result.diagnostics.fout(Vindplaats(relpath), "", "Dit bestand is met de hand gemaakt of bewerkt; het wordt niet overschreven.",
                                    "Gebruik --force om het toch te vervangen (velden als zorgsoort, toegang, verwijzers en "
                                    "bronnen blijven behouden).")
        return result
    for diagnostic in validate_in_copy(root, result.files).fouten:
        result.diagnostics.fout(diagnostic.locatie, diagnostic.veld, "Na het importeren: " + diagnostic.melding, diagnostic.hint)
    if result.diagnostics.fouten:
        return result
    for relpath, text in result.files.items():
        (root / relpath).write_text(text, encoding="utf-8")
    return result
