"""import-productcodes on the real national list and on the awkward shapes spreadsheet exports take."""
from __future__ import annotations

import csv
import io

import pytest
import yaml
from import_helpers import MAPPING, NATIONAL, run

from generator.site.build import build_site


def national_codes():
    with NATIONAL.open(encoding="utf-8") as handle:
        return {r["productcode"]: r["omschrijving"] for r in csv.DictReader(handle) if r["productcategorie_code"] != "-"}


def test_national_list_round_trip(minimal_root, mapping):
    result = run(minimal_root, NATIONAL, "--mapping", mapping, "--force")
    assert result.returncode == 0, result.stderr
    assert "441 productcodes ingelezen in 14 bestand(en); 0 regel(s) overgeslagen" in result.stdout
    assert result.stdout.count("categoriekop") == 9
    build_site(minimal_root)
    exported = {r["code"]: r["naam"] for r in csv.DictReader(io.StringIO(
        (minimal_root / "site" / "data" / "productcodes.csv").read_text(encoding="utf-8")))}
    assert exported == national_codes()
    category = yaml.safe_load((minimal_root / "content/productcodes/categorie-45.yaml").read_text())
    assert next(c for c in category["productcodes"] if c["code"] == "45A02")["zorgsoort"] == "verblijf"  # hand override kept


AWKWARD = ("Code;Productomschrijving;Cat.;Eenheid;Opmerking intern\r\n"
           "45A01;Jeugdhulp ambulant regulier;45;Uur;extra kolom\r\n"
           "\r\n"
           "45A07;\"Ambulant, met\r\nregeleinde\";45;uur;\r\n"
           ";;;;\r\n"
           "45A01;Jeugdhulp ambulant regulier;45;Uur;dubbel\r\n"
           "45A09;Caf\u00e9 ambulant;45;;\r\n")


def test_awkward_spreadsheet_export(minimal_root, mapping, tmp_path):
    source = tmp_path / "export.csv"
    source.write_bytes(AWKWARD.encode("cp1252"))
    mapping.write_text(yaml.safe_dump({**MAPPING, "kolommen": {"naam": "Productomschrijving", "categorie": "Cat."}}))
    result = run(minimal_root, source, "--mapping", mapping, "--force")
    assert result.returncode == 0, result.stderr
    assert "gelezen als Windows-1252" in result.stdout
    assert "regel 3: lege regel overgeslagen" in result.stdout and "regel 6: lege regel overgeslagen" in result.stdout
    assert "regel 7: 45A01 staat dubbel (gelijk aan regel 2), overgeslagen" in result.stdout
    assert "3 productcodes ingelezen in 1 bestand(en); 3 regel(s) overgeslagen" in result.stdout
    codes = {c["code"]: c for c in yaml.safe_load((minimal_root / "content/productcodes/categorie-45.yaml").read_text())["productcodes"]}
    assert codes["45A07"]["naam"] == "Ambulant, met regeleinde"  # quoted cell with a line break
    assert codes["45A09"]["naam"] == "Café ambulant" and codes["45A01"]["eenheid"] == "uur"


def test_unreadable_rows_are_reported_and_nothing_is_written(minimal_root, mapping, tmp_path):
    source = tmp_path / "fout.csv"
    source.write_text("code,omschrijving,eenheid\n45A01,Goed,uur\n45-A2,Fout,uur\n45A03,,uur\n45A04,Onbekend,jaar\n"
                      "45A01,Anders,uur\n", encoding="utf-8")
    before = (minimal_root / "content/productcodes/categorie-45.yaml").read_text()
    result = run(minimal_root, source, "--mapping", mapping, "--force")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "fout.csv:3: fout [code]: '45-A2' is geen geldige productcode; regel niet ingelezen." in result.stderr
    assert "fout.csv:4: fout [naam]: Productcode 45A03 heeft geen omschrijving" in result.stderr
    assert "fout.csv:5: fout [eenheid]: Onbekende eenheid 'jaar' bij 45A04" in result.stderr
    assert "fout.csv:6: fout [code]: Productcode 45A01 staat al op regel 2, met andere gegevens." in result.stderr
    assert (minimal_root / "content/productcodes/categorie-45.yaml").read_text() == before


def test_hand_edits_are_protected_unless_forced(minimal_root, mapping, tmp_path):
    source = tmp_path / "lijst.csv"
    source.write_text("code,omschrijving\n45A01,Ambulant\n45A02,Specialistisch\n", encoding="utf-8")
    path = minimal_root / "content/productcodes/categorie-45.yaml"
    refused = run(minimal_root, source, "--mapping", mapping)
    assert refused.returncode == 1 and "met de hand gemaakt of bewerkt" in refused.stderr
    assert run(minimal_root, source, "--mapping", mapping, "--force").returncode == 0
    assert run(minimal_root, source, "--mapping", mapping).returncode == 0  # importer's own file, unchanged
    path.write_text(path.read_text().replace("naam: Specialistisch", "naam: Specialistisch (met de hand)"))
    assert run(minimal_root, source, "--mapping", mapping).returncode == 1
    assert "(met de hand)" in path.read_text()


def test_missing_columns_are_named(minimal_root, tmp_path):
    source = tmp_path / "kolommen.csv"
    source.write_text("nummer;titel\n45A01;x\n", encoding="utf-8")
    result = run(minimal_root, source)
    assert result.returncode == 1
    assert "Kolom voor 'code' niet gevonden." in result.stderr and "Kolommen in het bestand: 'nummer', 'titel'" in result.stderr
    assert "kolommen:\n          code: nummer" in result.stderr and "naam: titel" in result.stderr  # an example line


@pytest.mark.parametrize("text, line, melding", [
    ("standaard:\n  zorgsoort: ambulant\n   verwijzers: [huisarts]\n", 3, ""),
    ("- standaard\n", 1, "geen blok met velden"),
])
def test_a_broken_mapping_file_is_a_dutch_content_problem_with_its_line(minimal_root, tmp_path, text, line, melding):
    """The mapping is read like content: file:line in Dutch, exit 1 (bad input), never a PyYAML trace (exit 3)."""
    broken = tmp_path / "kapot.yaml"
    broken.write_text(text, encoding="utf-8")
    result = run(minimal_root, NATIONAL, "--mapping", broken)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"kapot.yaml:{line}" in output
    assert melding in output
    assert "Traceback" not in output and "yaml." not in output and "mapping values are not allowed" not in output


def test_review_fields_and_wijzigingen_survive_a_reimport(minimal_root, mapping, tmp_path):
    source = tmp_path / "lijst.csv"
    source.write_text("code,omschrijving\n45A01,Ambulant\n45A02,Specialistisch\n", encoding="utf-8")
    path = minimal_root / "content/productcodes/categorie-45.yaml"
    path.write_text(path.read_text() + "controle_interval_maanden: 6\nwijzigingen:\n"
                    "  - {datum: 2026-11-01, wat: Een code erbij., werkwijze: ja}\n")
    assert run(minimal_root, source, "--mapping", mapping, "--force").returncode == 0
    category = yaml.safe_load(path.read_text().split("\n", 1)[1])
    assert category["controle_interval_maanden"] == 6
    assert [(str(w["datum"]), w["wat"], w["werkwijze"]) for w in category["wijzigingen"]] == [
        ("2026-11-01", "Een code erbij.", "ja")]  # the importer writes ja/nee, as editors do
