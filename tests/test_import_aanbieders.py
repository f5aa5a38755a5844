"""import-aanbieders: a region's contract list (fictional, for Duinkust) becomes aanbieder files; a second
import keeps hand edits and changes only what the list changed; bad rows are all reported, nothing written."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml
from conftest import PROJECT
from test_exports import hsds_validator

from generator.site.build import build_site

DUINKUST = PROJECT / "tests" / "data" / "duinkust"
LIJST = DUINKUST / "import" / "contractlijst.csv"  # Latin-1, semicolons, a merged gemeente cell, header variants
LIJST_2 = DUINKUST / "import" / "contractlijst-2.csv"  # UTF-8, commas, other headers; one aanbieder left
FOUTEN = DUINKUST / "import" / "fouten.csv"
VANDAAG = "2026-12-01"  # after the fixtures' review date 2026-10-01; Zeeëgel's 45A53 contract ended 2025-06-30,
# its Zoutmeer contract starts 2030-01-01


def run(root, *args):
    env = {**os.environ, "ROUTEWIJZER_VANDAAG": VANDAAG}
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(root), "import-aanbieders", *map(str, args)],
                          cwd=PROJECT, capture_output=True, text=True, timeout=300, env=env)


@pytest.fixture
def duinkust(tmp_path):
    root = tmp_path / "duinkust"
    shutil.copytree(DUINKUST, root)
    return root


def snapshot(root) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "content").rglob("*")) if p.is_file()}


def aanbieder(root, aid) -> dict:
    return yaml.safe_load((root / "content" / "aanbieders" / f"{aid}.yaml").read_text(encoding="utf-8"))


def test_first_import_summary_files_and_a_second_run_changes_no_byte(duinkust):
    result = run(duinkust, LIJST)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Het bestand is niet in UTF-8; het is gelezen als Windows-1252 (Latin-1).",
        "7 contractregel(s) gelezen: 1 nieuw, 2 gewijzigd, 0 niet meer in de lijst, 0 ongewijzigd.",
        "  gewijzigd: helmhuis (agb_code, kvk_nummer, contracten)",
        "  gewijzigd: kustzorg (agb_code, kvk_nummer, telefoon, contracten)"]
    zeeegel = aanbieder(duinkust, "zeeegel-jeugdhulp")
    assert zeeegel["naam"] == "Zeeëgel Jeugdhulp" and zeeegel["agb_code"] == "75750003"
    # one organisation with two AGB codes stays one aanbieder, with the second code on its location
    assert [loc.get("agb_code") for loc in zeeegel["locaties"]] == [None, "75750004"]
    assert zeeegel["contracten"] == [
        {"producten": ["45A48"], "gemeenten": ["strandwijk"], "ingangsdatum": dt.date(2025, 1, 1)},
        {"producten": ["45A48"], "gemeenten": ["bakenburg", "helmstrand", "zoutmeer"],  # "Zoutmeer" today covers Bakenburg
         "ingangsdatum": dt.date(2030, 1, 1)},
        {"producten": ["45A53"], "gemeenten": ["bakenburg"], "ingangsdatum": dt.date(2024, 1, 1),
         "einddatum": dt.date(2025, 6, 30)}]
    kustzorg = aanbieder(duinkust, "kustzorg")  # "Strandwijk; Duinhaven" in one cell; hand-written fields kept
    assert kustzorg["contracten"][0]["gemeenten"] == ["duinhaven", "strandwijk"]
    assert kustzorg["ondersteuningsvormen"] == ["Gesprekken"] and kustzorg["website"] == "https://kustzorg.example/"
    before = snapshot(duinkust)
    again = run(duinkust, LIJST)
    assert again.returncode == 0 and "0 nieuw, 0 gewijzigd, 0 niet meer in de lijst, 3 ongewijzigd" in again.stdout
    assert snapshot(duinkust) == before


def test_reimport_keeps_hand_edits_reports_who_left_and_dry_run_writes_nothing(duinkust):
    assert run(duinkust, LIJST).returncode == 0
    path = duinkust / "content" / "aanbieders" / "kustzorg.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Ambulante hulp thuis en op school.", "Ambulante hulp thuis, op school en in de wijk.").replace(
        "[Gesprekken]", "[Gesprekken, Gezinscoaching]"), encoding="utf-8")
    before = snapshot(duinkust)
    dry = run(duinkust, LIJST_2, "--dry-run")
    assert dry.returncode == 0 and snapshot(duinkust) == before
    assert dry.stdout.splitlines() == [
        "3 contractregel(s) gelezen: 0 nieuw, 1 gewijzigd, 1 niet meer in de lijst, 1 ongewijzigd.",
        "  gewijzigd: kustzorg (telefoon, contracten)",
        "  niet meer in de lijst: zeeegel-jeugdhulp (blijft staan; --force verwijdert het)",
        "Proefrun (--dry-run): er is niets geschreven."]
    assert run(duinkust, LIJST_2).returncode == 0
    kustzorg = aanbieder(duinkust, "kustzorg")
    assert kustzorg["omschrijving"] == "Ambulante hulp thuis, op school en in de wijk."
    assert kustzorg["ondersteuningsvormen"] == ["Gesprekken", "Gezinscoaching"] and kustzorg["telefoon"] == "0201 234 568"
    assert (duinkust / "content" / "aanbieders" / "zeeegel-jeugdhulp.yaml").exists()
    forced = run(duinkust, LIJST_2, "--force")
    assert forced.returncode == 0 and "zeeegel-jeugdhulp (verwijderd)" in forced.stdout
    assert not (duinkust / "content" / "aanbieders" / "zeeegel-jeugdhulp.yaml").exists()


def test_every_bad_row_is_reported_with_file_row_and_value_and_nothing_is_written(duinkust):
    before = snapshot(duinkust)
    result = run(duinkust, FOUTEN)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    fouten = [line for line in result.stderr.splitlines() if line.startswith("fouten.csv")]
    assert fouten == [
        "fouten.csv:2: fout [agb_code]: '7575001' is geen geldige AGB-code: een AGB-code heeft precies 8 cijfers.",
        "fouten.csv:3: fout [product]: De productcode '45A99' staat niet in content/productcodes/.",
        "fouten.csv:4: fout [gemeenten]: Onbekende gemeente 'Strandwjik'.",
        "fouten.csv:5: fout [einddatum]: De einddatum 2025-01-01 ligt voor de ingangsdatum 2025-06-01.",
        "fouten.csv:8: fout [telefoon]: Kustzorg: telefoon '0201 234 567' verschilt van '0201 000 000' op regel 7.",
        "fouten.csv:9: fout [naam]: Deze regel heeft geen naam van de aanbieder.",
        "fouten.csv:10: fout [product]: De productcategorie '99' staat niet in content/productcodes/.",
        "fouten.csv:11: fout [ingangsdatum]: '1 januari' is geen datum."]
    assert "Tip: Bedoelde u 'Strandwijk'?" in result.stderr and "Excel haalt soms een 0 vooraan weg" in result.stderr
    assert snapshot(duinkust) == before


def test_contradicting_dates_for_one_product_and_gemeente(duinkust, tmp_path):
    lijst = tmp_path / "dubbel.csv"
    lijst.write_text("aanbieder;product;gemeente;ingangsdatum;einddatum\nBaken;45A48;Zoutmeer;2025-01-01;2025-12-31\n"
                     "Baken;45A48;zoutmeer;2025-06-01;\n", encoding="utf-8")
    result = run(duinkust, lijst)
    assert result.returncode == 1
    assert "dubbel.csv:3: fout [product]: Baken: 45A48 in zoutmeer staat ook op regel 2, met andere datums." in result.stderr


def test_a_workbook_with_merged_gemeente_cells_and_other_headers(duinkust, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Zorgaanbieder", "AGB code", "Prestatiecode", "Werkgebied", "Startdatum", "E-mail"])
    sheet.append(["Golfslag", "75750010", "45A48", "Hele regio", "2025-01-01", "info@golfslag.example"])
    sheet.append(["Golfslag", "75750010", "45A49", None, "2025-01-01", "info@golfslag.example"])
    sheet.merge_cells("D2:D3")
    path = tmp_path / "lijst.xlsx"
    workbook.save(path)
    result = run(duinkust, path)
    assert result.returncode == 0, result.stderr
    golfslag = aanbieder(duinkust, "golfslag")
    assert golfslag["contracten"] == [{"producten": ["45A48", "45A49"], "gemeenten": ["regio"],  # one block: same area
                                       "ingangsdatum": dt.date(2025, 1, 1)}]
    assert golfslag["email"] == "info@golfslag.example"


def test_unknown_columns_get_a_mapping_tip_and_the_mapping_works(duinkust, tmp_path):
    lijst = tmp_path / "lijst.csv"
    lijst.write_text("Zorgverlener;Prod.;Gemeente\nGolfslag;45A48;Strandwijk\n", encoding="utf-8")
    result = run(duinkust, lijst)
    assert result.returncode == 1
    assert "Kolom voor 'naam' niet gevonden" in result.stderr and "kolommen:" in result.stderr
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("kolommen: {naam: Zorgverlener, product: Prod.}\nstandaard: {financiering: tarief, "
                       "peildatum: 2026-01-01, laatst_gecontroleerd: 2026-01-15, eigenaar: Inkoop}\n", encoding="utf-8")
    assert run(duinkust, lijst, "--mapping", mapping).returncode == 0
    golfslag = aanbieder(duinkust, "golfslag")
    assert (golfslag["financiering"], golfslag["eigenaar"]) == ("tarief", "Inkoop")
    assert golfslag["laatst_gecontroleerd"] == dt.date(2026, 1, 15)  # the list's date: no 'niet nagekeken' warning


def test_contracts_in_the_site_finder_and_hsds(duinkust, monkeypatch):
    assert run(duinkust, LIJST).returncode == 0
    monkeypatch.setenv("ROUTEWIJZER_VANDAAG", VANDAAG)
    result = build_site(duinkust)
    assert any("45A53 is beëindigd" in w.melding for w in result.checked.diagnostics.waarschuwingen)
    site = duinkust / "site"
    page = (site / "aanbieders" / "zeeegel-jeugdhulp" / "index.html").read_text(encoding="utf-8")
    assert "contract beëindigd op 30 juni 2025" in page and "contract gaat in op 1 januari 2030" in page
    finder = json.loads((site / "data" / "finder.json").read_text(encoding="utf-8"))
    record = next(r for r in finder["aanbieders"] if r["id"] == "zeeegel-jeugdhulp")
    assert record["c"] == ["45A48"] and record["g"] == ["strandwijk"]  # not the ended 45A53, not Zoutmeer from 2030
    organizations = json.loads((site / "data" / "hsds" / "organizations.json").read_text(encoding="utf-8"))
    zeeegel = next(o for o in organizations if o["name"] == "Zeeëgel Jeugdhulp")
    assert [(i["identifier_type"], i["identifier"]) for i in zeeegel["organization_identifiers"]] == [
        ("AGB-code", "75750003"), ("KvK-nummer", "90000003"), ("AGB-code", "75750004")]
    services = json.loads((site / "data" / "hsds" / "services.json").read_text(encoding="utf-8"))
    areas = [a["name"] for s in services if s["organization_id"] == zeeegel["id"] for a in s["service_areas"]]
    assert areas == ["Strandwijk"]
    for name, schema in (("organizations", "organization"), ("services", "service")):
        validator = hsds_validator(schema)
        records = json.loads((site / "data" / "hsds" / f"{name}.json").read_text(encoding="utf-8"))
        assert [e.message for r in records for e in validator.iter_errors(r)] == []


def test_the_template_sheet_imports_into_a_fresh_init_region(tmp_path):
    root = tmp_path / "regio"
    init = subprocess.run([sys.executable, "-m", "generator", "init", str(root), "--naam", "Proefregio"],
                          cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    sjabloon = root / "content" / "import" / "contractlijst-sjabloon.csv"
    header = sjabloon.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    assert len(header) == 16  # one column for every kind the import knows (FORMAAT.md lists them)
    result = run(root, sjabloon)
    assert result.returncode == 0, result.stderr
    assert "1 nieuw" in result.stdout
    voorbeeld = aanbieder(root, "voorbeeld-jeugdhulp-verwijder-deze-regel")
    assert voorbeeld["contracten"][0]["gemeenten"] == ["regio"] and voorbeeld["doelgroep"] == {"min_leeftijd": 0, "max_leeftijd": 18}
    build_site(root, site_dir=tmp_path / "site")  # a clean start: no double step numbers, no 'geen peildatum'
    route = (tmp_path / "site" / "zorgroutes" / "veiligheidsroute" / "index.html").read_text(encoding="utf-8")
    assert "Overleg met een collega" in route and not re.search(r"Stap \d:", route)
    pages = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site").rglob("*.html"))
    assert "geen peildatum" not in pages and "peildatum; sindsdien" not in pages


@pytest.mark.browser
def test_finder_holds_product_and_gemeente_to_one_contract(tmp_path, browser, monkeypatch):
    """Branding delivers 45A48 in Strandwijk and 45A49 in Duinhaven: '45A49 in Strandwijk' is not Branding."""
    from conftest import serve_directory

    root = tmp_path / "duinkust"
    shutil.copytree(DUINKUST, root)
    lijst = tmp_path / "lijst.csv"
    lijst.write_text("aanbieder;product;gemeente\nBranding;45A48;Strandwijk\nBranding;45A49;Duinhaven\n", encoding="utf-8")
    assert run(root, lijst).returncode == 0
    monkeypatch.setenv("ROUTEWIJZER_VANDAAG", VANDAAG)
    build_site(root)
    server, url = serve_directory(root / "site")
    page = browser.new_page()
    try:
        def found(query):
            page.goto(url + "vinden/" + query)
            page.wait_for_selector("#rw-finder:not([hidden])")
            return page.eval_on_selector_all("#rw-resultaten li[data-id]", "els => els.map(e => e.getAttribute('data-id'))")

        assert "branding" in found("?product=45A48&gemeente=strandwijk")
        assert "branding" in found("?product=45A49&gemeente=duinhaven")
        assert "branding" not in found("?product=45A49&gemeente=strandwijk")
        assert "branding" in found("?gemeente=strandwijk") and "branding" in found("?product=45A49")
    finally:
        page.close()
        server.shutdown()
