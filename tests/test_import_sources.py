"""import-productcodes on the files editors actually have: Excel workbooks, UTF-16 "Unicode-tekst",
semicolon files with commas in the header, category header rows, empty and binary files, and a list
over the per-category limit (refused before any validation)."""
from __future__ import annotations

import csv
import io
import random
import zipfile

import pytest
import yaml
from import_helpers import MAPPING, NATIONAL, run

from generator import importer


def national_rows() -> list[list[str]]:
    with NATIONAL.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def imported_categories(root) -> dict[str, dict]:
    """The written category files, parsed (the comment naming the source file is left out)."""
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((root / "content/productcodes").glob("categorie-*.yaml"))}


@pytest.fixture
def csv_import(minimal_root, mapping, tmp_path_factory):
    """The national list imported from its CSV: what every other form must reproduce."""
    result = run(minimal_root, NATIONAL, "--mapping", mapping, "--force")
    assert result.returncode == 0, result.stderr
    return imported_categories(minimal_root)


def fresh_root(tmp_path_factory):
    from conftest import MINIMAL, copy_tree
    return copy_tree(MINIMAL, tmp_path_factory.mktemp("root"))


def test_xlsx_workbook_gives_the_same_files_as_the_csv(csv_import, mapping, tmp_path, tmp_path_factory):
    import openpyxl  # test-only writer; the importer reads with python-calamine
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "JZ21"
    for row in national_rows():  # numbers as numbers, as in the published workbook
        sheet.append([int(c) if c.isdigit() and len(c) == 2 else c for c in row])
    workbook.create_sheet("Toelichting")
    source = tmp_path / "standaardproductcodelijst.xlsx"
    workbook.save(source)
    root = fresh_root(tmp_path_factory)
    result = run(root, source, "--mapping", mapping, "--force")
    assert result.returncode == 0, result.stderr
    assert "441 productcodes ingelezen in 14 bestand(en); 0 regel(s) overgeslagen" in result.stdout
    assert result.stdout.count("categoriekop") == 9
    assert imported_categories(root) == csv_import


def test_utf16_unicode_text_export_gives_the_same_files(csv_import, mapping, tmp_path, tmp_path_factory):
    source = tmp_path / "lijst.txt"  # Excel "Unicode-tekst": UTF-16 LE with BOM, tab-separated, CRLF
    source.write_bytes("\r\n".join("\t".join(r) for r in national_rows()).encode("utf-16"))
    root = fresh_root(tmp_path_factory)
    result = run(root, source, "--mapping", mapping, "--force")
    assert result.returncode == 0, result.stderr
    assert "UTF-16" in result.stdout and "\x00" not in result.stdout + result.stderr
    assert imported_categories(root) == csv_import


def test_workbook_with_a_whole_csv_line_in_one_cell(minimal_root, mapping, tmp_path):
    import openpyxl
    workbook = openpyxl.Workbook()
    for line in ("code;omschrijving", "45A01;Ambulant"):
        workbook.active.append([line])
    workbook.save(tmp_path / "een-kolom.xlsx")
    result = run(minimal_root, tmp_path / "een-kolom.xlsx", "--mapping", mapping)
    assert result.returncode == 1
    assert "een-kolom.xlsx:1: fout: Alle kolomnamen staan in één cel: 'code;omschrijving'." in result.stderr
    assert "Tekst naar kolommen" in result.stderr and "Kolom voor 'code' niet gevonden" not in result.stderr


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("lijst.csv", "code,omschrijving\n45A01,Ambulant\n")
    return buffer.getvalue()


@pytest.mark.parametrize("name, data, kind", [
    ("lijst.zip", _zip_bytes(), " maar een zip-archief"),
    ("lijst.csv", random.Random(15).randbytes(5000), ""),
    ("lijst.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", " maar een PDF-document"),
    ("lijst.xlsx", b"PK\x03\x04" + random.Random(4).randbytes(300), " maar een zip-archief"),
])
def test_non_table_files_get_one_dutch_sentence(minimal_root, mapping, tmp_path, name, data, kind):
    source = tmp_path / name
    source.write_bytes(data)
    before = imported_categories(minimal_root)
    result = run(minimal_root, source, "--mapping", mapping, "--force")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{name}: fout: Dit is geen CSV- of Excel-bestand{kind}; het kan niet als productlijst worden ingelezen." in result.stderr
    assert "1 fout(en)" in result.stderr
    output = result.stdout + result.stderr
    assert not any(marker in output for marker in ("PK", "%PDF", "\\x", "\x00")), output  # never raw bytes
    assert imported_categories(minimal_root) == before


def test_semicolon_file_with_commas_in_the_header(minimal_root, mapping, tmp_path):
    source = tmp_path / "puntkomma.csv"
    source.write_text("Code;Omschrijving (kort, volledig);Categorie, nummer\n45A01;Ambulant, kort;45\n"
                      "45A02;Ambulant, lang;45\n", encoding="utf-8")
    mapping.write_text(yaml.safe_dump({**MAPPING, "kolommen": {"naam": "Omschrijving (kort, volledig)",
                                                               "categorie": "Categorie, nummer"}}))
    result = run(minimal_root, source, "--mapping", mapping, "--force")
    assert result.returncode == 0, result.stderr
    codes = {c["code"]: c["naam"] for c in imported_categories(minimal_root)["categorie-45.yaml"]["productcodes"]}
    assert codes == {"45A01": "Ambulant, kort", "45A02": "Ambulant, lang"}


def test_category_header_rows_without_a_category_column_are_reported(minimal_root, mapping, tmp_path):
    rows = [r for r in national_rows() if r[0][:2] == "45"]
    dashes = tmp_path / "met-streepjes.csv"  # other columns hold '-' on a header row: recognised and skipped
    dashes.write_text("\n".join(";".join([r[0], r[1], r[5]]) for r in [["code", "omschrijving", "", "", "", "hulpvorm"], *rows]))
    result = run(minimal_root, dashes, "--mapping", mapping, "--force")
    assert result.returncode == 0, result.stderr
    assert "regel 2: categoriekop 45 'Jeugdhulp ambulant' gebruikt als naam van de categorie" in result.stdout
    assert "45A00" not in [c["code"] for c in imported_categories(minimal_root)["categorie-45.yaml"]["productcodes"]]
    bare = tmp_path / "alleen-code.csv"  # nothing tells a header row apart: imported, but never silently
    bare.write_text("\n".join(";".join(r[:2]) for r in [["code", "omschrijving"], *rows]))
    result = run(minimal_root, bare, "--mapping", mapping, "--force")
    assert result.returncode == 0, result.stderr
    assert ("alleen-code.csv:2: waarschuwing [categorie]: 45A00 'Jeugdhulp ambulant' is als productcode ingelezen, "
            "maar kan een categoriekop zijn") in result.stderr
    assert "Geen fouten, 1 waarschuwing(en)." in result.stderr


@pytest.mark.parametrize("content, message", [
    (b"", "leeg.csv: fout: Het bestand is leeg."),
    (b"\xef\xbb\xbf\r\n\r\n", "leeg.csv: fout: Het bestand is leeg."),
    (b"code;omschrijving\r\n;\r\n", "leeg.csv:1: fout: Het bestand bevat alleen kolomnamen, geen productcodes."),
])
def test_empty_file_says_it_is_empty(minimal_root, mapping, tmp_path, content, message):
    source = tmp_path / "leeg.csv"
    source.write_bytes(content)
    result = run(minimal_root, source, "--mapping", mapping)
    assert result.returncode == 1 and message in result.stderr
    assert "Kolommen in het bestand" not in result.stderr


def test_category_limit_is_checked_before_anything_is_validated(minimal_root, mapping, tmp_path, monkeypatch):
    source = tmp_path / "te-veel.csv"
    codes = [f"45{letter}{n:02d}" for letter in "ABCDEFGHIJKLMNOPQRSTU" for n in range(100)][:importer.MAX_CODES + 1]
    source.write_text("code;omschrijving\n" + "".join(f"{c};Product {c}\n" for c in codes), encoding="utf-8")

    def no_validation(*args):
        raise AssertionError("the content check ran although the limit was known from the file alone")

    monkeypatch.setattr(importer, "validate_in_copy", no_validation)
    result = importer.run_import(source, minimal_root, mapping, force=True)
    assert [d.melding for d in result.diagnostics.fouten] == [
        "Categorie 45 krijgt 2001 productcodes; het maximum is 2000 per categorie."]


def test_new_category_tip_is_a_line_to_paste_with_ids_of_this_tree(minimal_root, tmp_path):
    source = tmp_path / "nieuw.csv"
    source.write_text("code;omschrijving\n47A01;Jeugdreclassering\n", encoding="utf-8")
    result = run(minimal_root, source)
    assert result.returncode == 1
    line = next(x for x in result.stderr.splitlines() if x.strip().startswith('"47":'))
    pasted = yaml.safe_load(line)["47"]  # the example is valid YAML, with ids that exist in this content tree
    zorgsoorten = yaml.safe_load((minimal_root / "content/productcodes/zorgsoorten.yaml").read_text())["zorgsoorten"]
    verwijzers = yaml.safe_load((minimal_root / "content/codelijsten.yaml").read_text())["verwijzers"]
    assert pasted["zorgsoort"] in {z["id"] for z in zorgsoorten}
    assert set(pasted["verwijzers"]) <= {v["id"] for v in verwijzers}


def test_oversized_file_is_refused_before_it_is_read(minimal_root, mapping, tmp_path):
    from generator.import_source import MAX_BYTES

    source = tmp_path / "enorm.csv"
    with source.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(MAX_BYTES + 1)
    result = run(minimal_root, source, "--mapping", mapping)
    assert result.returncode == 1
    assert "enorm.csv: fout: Het bestand is te groot (100,0 MB); een productlijst is hooguit 100 MB" in result.stderr
