"""Routes as open data: every route's JSON beside its .dot validates against the published schema, carries the
same arrows as the diagram, and is linked from the Open data page."""
from __future__ import annotations

import dataclasses
import json
import re

import jsonschema
import pytest

from generator.content.model import Stap, Zorgroute
from generator.pages.route_data import ROUTE_SCHEMA, SKIP, TRANSITION_FIELDS

EDGE = re.compile(r'^\s*"([^"]+)" -> "([^"]+)"(?: \[label="([^"]*)")?', re.MULTILINE)


@pytest.fixture(params=["minimal", "default"])
def site(request, minimal_site, default_site):
    return minimal_site if request.param == "minimal" else default_site


def routes(site):
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((site / "zorgroutes").glob("*.json"))}


def test_every_route_json_validates_against_the_published_schema(site):
    schema = json.loads((site / "data" / "zorgroute.schema.json").read_text(encoding="utf-8"))
    assert schema == json.loads(json.dumps(ROUTE_SCHEMA))
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    found = routes(site)
    assert found and set(found) == {p.stem for p in (site / "zorgroutes").glob("*.dot")}
    for route_id, data in found.items():
        assert [e.message for e in validator.iter_errors(data)] == [], route_id
        assert data["id"] == route_id and (site / data["schema_dot"]).is_file()
        assert (site / data["pagina"] / "index.html").is_file()
        for stap in data["stappen"]:  # every step links to its own place on the route page
            html = (site / stap["pagina"].split("#")[0] / "index.html").read_text(encoding="utf-8")
            assert f'id="{stap["pagina"].split("#")[1]}"' in html


def test_transitions_are_the_arrows_of_the_diagram(site):
    for route_id, data in routes(site).items():
        dot = (site / "zorgroutes" / f"{route_id}.dot").read_text(encoding="utf-8")
        steps = {s["id"] for s in data["stappen"]}
        edges = {(a, b) for a, b, _ in EDGE.findall(dot) if a in steps and b in steps}
        assert {(t["van"], t["naar"]) for t in data["overgangen"]} == edges, route_id
        labelled = {(a, b): label.replace("\\n", " ") for a, b, label in EDGE.findall(dot) if label}  # DOT wraps labels
        for t in data["overgangen"]:
            if t["voorwaarde"]:
                assert labelled.get((t["van"], t["naar"])) == t["voorwaarde"]


def test_default_routes_carry_sources_and_decisions(default_site):
    data = routes(default_site)
    assert all(r["bronnen"] and all(b["titel"] for b in r["bronnen"]) for r in data.values())
    decisions = [t for r in data.values() for t in r["overgangen"] if t["voorwaarde"] in ("ja", "nee")]
    assert decisions and {t["voorwaarde"] for t in decisions} == {"ja", "nee"}


def test_schema_documents_every_model_field():
    """A field added to Stap or Zorgroute reaches the JSON; this says the schema must describe it."""
    step_fields = {f.name for f in dataclasses.fields(Stap)} - SKIP - set(TRANSITION_FIELDS)
    assert step_fields <= set(ROUTE_SCHEMA["properties"]["stappen"]["items"]["properties"])
    route_fields = {f.name for f in dataclasses.fields(Zorgroute)} - SKIP
    assert route_fields <= set(ROUTE_SCHEMA["properties"])


def test_open_data_page_links_every_route_file(default_site):
    html = (default_site / "downloads" / "index.html").read_text(encoding="utf-8")
    assert 'href="../data/zorgroute.schema.json"' in html
    for route_id in routes(default_site):
        assert f'href="../zorgroutes/{route_id}.json"' in html and f'href="../zorgroutes/{route_id}.dot"' in html


def test_the_schemas_choices_are_the_models_choices():
    """Every field of the route JSON Schema that is a choice of the model lists exactly the model's values
    (a value added to the model cannot be refused by the published schema)."""
    def choices(block) -> dict[str, list]:
        found = {}
        for veld in block.SCHEMA.velden:
            values = getattr(veld.type, "choices", None)
            if values is not None:
                found[veld.naam] = list(values) + ([] if veld.verplicht or veld.standaard else [None])
        return found

    route_fields = ROUTE_SCHEMA["properties"]
    step_fields = route_fields["stappen"]["items"]["properties"]
    for block, published in ((Zorgroute, route_fields), (Stap, step_fields)):
        expected = choices(block)
        assert expected, block
        for naam, values in expected.items():
            assert published[naam]["enum"] == values, (block.__name__, naam)
