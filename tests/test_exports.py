"""Open data exports: JSON/CSV field by field, the Excel variant, and HSDS 3 validated against the
official HSDS 3 schemas vendored in tests/data/hsds/."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import PROJECT

from generator.pages.exports import AANBIEDER_FIELDS, PRODUCTCODE_FIELDS
from generator.site.build import build_site

HSDS = PROJECT / "tests" / "data" / "hsds"


def hsds_validator(name: str):
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    assert (HSDS / "organization.json").is_file(), f"vendored HSDS schemas missing: {HSDS}"
    registry = Registry().with_resources(
        (p.name, Resource.from_contents(json.loads(p.read_text()), default_specification=DRAFT202012))
        for p in HSDS.glob("*.json"))
    path = HSDS / "compiled" / f"{name}.json" if (HSDS / "compiled" / f"{name}.json").exists() else HSDS / f"{name}.json"
    schema = json.loads(path.read_text())
    return jsonschema.Draft202012Validator(schema, registry=registry, format_checker=jsonschema.FormatChecker())


@pytest.fixture
def site_with_location(minimal_root):
    path = minimal_root / "content" / "aanbieders" / "hulp-bv.yaml"
    path.write_text(path.read_text() + "locaties:\n  - {naam: Hoofdvestiging, adres: Straat 1, postcode: 9700 AA, "
                    "plaats: Groningen, gemeente: noord}\n")
    regio = minimal_root / "content" / "regio.yaml"
    regio.write_text(regio.read_text().replace("naam: Testregio\n", "naam: Testregio\nprovincie: Groningen\n"))
    build_site(minimal_root)
    return minimal_root / "site"


def load(site: Path, name: str):
    return json.loads((site / "data" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, schema", [("organizations", "organization"), ("services", "service"),
                                          ("locations", "location"), ("service_at_locations", "service_at_location")])
def test_hsds_export_validates_against_the_official_schemas(site_with_location, default_site, name, schema):
    validator = hsds_validator(schema)
    for site in (site_with_location, default_site):
        records = load(site, f"hsds/{name}.json")
        errors = [f"{r.get('name', r['id'])}: {e.message}" for r in records for e in validator.iter_errors(r)]
        assert errors == []
    assert load(site_with_location, f"hsds/{name}.json"), "every file has records on the minimal tree"


def test_hsds_carries_what_a_directory_needs(site_with_location):
    services = {s["name"]: s for s in load(site_with_location, "hsds/services.json")}
    service = services["Ambulante jeugdhulp — Hulp BV"]
    assert (service["minimum_age"], service["maximum_age"], service["assured_date"]) == (4, 18, "2026-01-15")
    assert [a["name"] for a in service["service_areas"]] == ["Noord"]
    assert [a["taxonomy_term"]["code"] for a in service["attributes"]] == ["45A01"]
    regio = services["Ambulante jeugdhulp — Regiozorg"]  # a whole category is one attribute
    assert [(a["value"], a["taxonomy_term"]["taxonomy"]) for a in regio["attributes"]] == [("45", "iJw productcategorie")]
    organization = next(o for o in load(site_with_location, "hsds/organizations.json") if o["name"] == "Hulp BV")
    assert organization["locations"][0]["addresses"][0]["postal_code"] == "9700 AA"
    assert organization["phones"][0]["number"] == "050 123 4567"


def test_json_exports_answer_the_huisarts_questions(default_site):
    codes = {c["code"]: c for c in load(default_site, "productcodes.json")}
    assert len(codes) == 441
    pleegzorg = codes["43A03"]
    assert pleegzorg["aanbieders"] == ["elker", "leger-des-heils"]
    assert (pleegzorg["beschikking_nodig"], pleegzorg["expertpool_advies_verplicht"], pleegzorg["huisarts_mag_verwijzen"]) == (True, True, True)
    assert codes["48A00"]["verwijzers"] == ["gi", "rechter"] and codes["48A00"]["huisarts_mag_verwijzen"] is False
    assert codes["43A06"]["zorgsoort"] == "maatregel"  # JeugdzorgPlus overrides its category
    assert "gedwongen-kader" in codes["47A01"]["routes"]
    aanbieders = {a["id"]: a for a in load(default_site, "aanbieders.json")}
    assert len(aanbieders) == 18 and aanbieders["elker"]["producten"][:2] == ["43A03", "43A09"]
    assert aanbieders["cjg-noord-groningen"]["gemeenten"] == ["Bedum", "De Marne", "Winsum", "Eemsmond"]


def test_csv_exports_match_the_json_and_the_excel_variant(default_site):
    for name, fields in (("aanbieders", AANBIEDER_FIELDS), ("productcodes", PRODUCTCODE_FIELDS)):
        plain = (default_site / "data" / f"{name}.csv").read_bytes()
        excel = (default_site / "data" / f"{name}-excel.csv").read_bytes()
        assert not plain.startswith(b"\xef\xbb\xbf") and excel.startswith(b"\xef\xbb\xbf") and b"\r\n" in excel
        rows = list(csv.DictReader(io.StringIO(plain.decode("utf-8"))))
        excel_rows = list(csv.DictReader(io.StringIO(excel.decode("utf-8-sig")), delimiter=";"))
        assert rows == excel_rows and list(rows[0]) == fields
        assert len(rows) == len(load(default_site, f"{name}.json"))
    row = next(r for r in csv.DictReader(io.StringIO((default_site / "data/productcodes.csv").read_text())) if r["code"] == "43A03")
    assert (row["aanbieders"], row["beschikking_nodig"]) == ("elker|leger-des-heils", "ja")


def test_downloads_page_links_every_file(default_site):
    html = (default_site / "downloads" / "index.html").read_text(encoding="utf-8")
    for path in ("aanbieders.json", "aanbieders.csv", "aanbieders-excel.csv", "productcodes.json", "productcodes.csv",
                 "productcodes-excel.csv", "hsds/organizations.json", "hsds/services.json"):
        assert f'href="../data/{path}"' in html, path
        assert (default_site / "data" / path).is_file()
