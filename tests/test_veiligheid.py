"""The safety points of the default content: what a professional acting for an unsafe child relies on.

Each test reads the default routes as checked (the route graphs the pages use) and the route page
as rendered, so it fails when the content or the rendering loses the safeguard.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from generator.content import check
from generator.pages.diagrams import Diagram, step_numbers
from generator.pages.render.doorloop import doorloop_data
from generator.pages.render.routes import render_route

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def catalog():
    checked = check(PROJECT)
    assert not checked.diagnostics.fouten
    return checked.catalog


def _route(catalog, route_id):
    return next(r for r in catalog.content.routes if r.id == route_id)


def _exits(route, nood):
    return [s.id for s in route.stappen if s.soort == "nood" and s.nood == nood]


def test_the_conversation_can_be_skipped_when_it_would_endanger_someone(catalog):
    """The meldcode lets a professional skip or postpone the conversation with the parents when it
    would endanger the child, another or the professional: the route must offer that branch at the
    step before the conversation, and the weighing must be reachable without it."""
    route = _route(catalog, "veiligheidsroute")
    graph = catalog.graphs["veiligheidsroute"]
    voor = [s for s in route.stappen if "gesprek" in {o.stap for o in s.naar} | {s.ja, s.nee}]
    assert voor and all(s.soort == "beslissing" for s in voor), "the conversation must follow a decision"
    keuze = voor[0]
    assert {keuze.ja, keuze.nee} == {"gesprek", "wegen"}
    assert "gevaar" in keuze.beschrijving and "contact" in keuze.beschrijving
    written = nx.subgraph_view(graph, filter_edge=lambda a, b: not graph.edges[a, b].get("altijd"))
    without = nx.restricted_view(written, ["gesprek"], [])
    assert nx.has_path(without, route.start, "wegen"), "weighing must be reachable without the conversation"


def test_every_veiligheidsroute_step_has_both_emergency_exits(catalog):
    """From every step the route is still in, acute danger leads to 112 and a crisis to the crisis
    service: in the graph, beside the step on the page, in the legend and in the step-through."""
    route = _route(catalog, "veiligheidsroute")
    graph = catalog.graphs["veiligheidsroute"]
    acuut, crisis = _exits(route, "acuut"), _exits(route, "crisis")
    assert acuut and crisis
    page = render_route(route, Diagram(scherm="<svg></svg>"), catalog).markdown
    steps = page.split("## Stappen", 1)[1].split("\n### ")[1:]
    checked = 0
    for stap in route.stappen:
        if stap.soort not in ("actie", "beslissing"):
            continue
        checked += 1
        assert graph.has_edge(stap.id, acuut[0]) and graph.has_edge(stap.id, crisis[0]), stap.id
        section = next(s for s in steps if "{#stap-" + stap.id + "}" in s)
        assert f"(#stap-{acuut[0]})" in section and f"(#stap-{crisis[0]})" in section, stap.id
    assert checked >= 10
    assert "Vanuit elke stap" in page
    data = doorloop_data(route, step_numbers(route), catalog)
    assert set(acuut + crisis) <= set(data["uitgangen"])


def test_after_112_or_the_crisis_service_the_professional_still_reports(catalog):
    route = _route(catalog, "veiligheidsroute")
    melden = next(s for s in route.stappen if s.soort == "actie" and "veilig-thuis-groningen" in s.aanbieders
                  and s.titel.startswith("Meld"))
    for stap_id in _exits(route, "acuut") + _exits(route, "crisis"):
        stap = route.stap(stap_id)
        assert [o.stap for o in stap.naar] == [melden.id], stap_id
        assert "Veilig Thuis" in stap.beschrijving
    page = render_route(route, Diagram(scherm="<svg></svg>"), catalog).markdown
    section = page.split("{#stap-acuut-gevaar}", 1)[1].split("\n### ", 1)[0]
    assert f"(#stap-{melden.id})" in section


def test_the_huisarts_route_branches_into_the_veiligheidsroute_early(catalog):
    """The meldcode applies to the whole chain, huisartsen included: the signal-of-unsafety branch
    comes before the referral."""
    route = _route(catalog, "huisarts")
    graph = catalog.graphs["huisarts"]
    naar_veilig = [s.id for s in route.stappen if s.soort == "route" and s.route == "veiligheidsroute"]
    assert naar_veilig
    verwijzing = nx.shortest_path_length(graph, route.start, "verwijzing")
    assert nx.shortest_path_length(graph, route.start, naar_veilig[0]) < verwijzing


def test_corrected_facts_stay_corrected(catalog):
    """Errors a line-by-line read against the sources found (issue 21): they must not come back."""
    basisteam = catalog.graphs["basisteam"]
    assert basisteam.has_edge("basisondersteuning", "pgb"), "a pgb is possible for flexibele ondersteuning too"
    svb = catalog.begrip("sociale-verzekeringsbank")
    assert "namens de gemeente" in svb.uitleg and "namens de cliënt" not in svb.uitleg
    pgb = _route(catalog, "basisteam").stap("pgb")
    assert "namens de gemeente" in pgb.beschrijving and "namens het gezin" not in pgb.beschrijving
    bopz = catalog.codes["43B14"]
    assert bopz.zorgsoort != "maatregel" and "gi" not in bopz.verwijzers
    wie = next(p for p in catalog.content.paginas if p.id == "wie-levert-wat").tekst
    assert "kinderrechter" in wie and "zonder besluit van de gemeente" in wie
    basis_exits = [s for s in _route(catalog, "basisteam").stappen if s.soort == "nood" and s.nood == "crisis"]
    assert basis_exits, "the basisteam route needs a crisis exit"
