"""The model stage (catalog) and URL computation: the lookups every page relies on."""
from conftest import MINIMAL

from generator.content import check
from generator.pages import urls


def test_code_properties_fall_back_to_the_category_and_can_be_overridden(minimal_catalog):
    c = minimal_catalog
    regulier, specialistisch = c.codes["45A01"], c.codes["45A02"]
    assert (regulier.zorgsoort, regulier.verwijzers, regulier.huisarts_mag_verwijzen) == ("ambulant", ("gemeente", "huisarts"), True)
    assert (specialistisch.zorgsoort, specialistisch.verwijzers, specialistisch.huisarts_mag_verwijzen) == ("verblijf", ("gemeente",), False)


def test_a_category_reference_means_every_code_in_it(minimal_catalog):
    c = minimal_catalog
    assert c.codes_of("45") == ["45A01", "45A02"] and c.codes_of("45A02") == ["45A02"] and c.codes_of("99") == []
    assert [a.id for a in c.aanbieders_per_code["45A01"]] == ["hulp-bv", "regiozorg"]
    assert [a.id for a in c.aanbieders_per_code["45A02"]] == ["regiozorg"]


def test_routes_leading_to_a_code_and_routes_pointing_at_a_route(minimal_catalog):
    c = minimal_catalog
    assert [(r.id, s.id) for r, s in c.stappen_per_code["45A01"]] == [("huisarts", "verwijzing")]
    assert [(r.id, s.id) for r, s in c.verwijzingen_naar_route["veiligheid"]] == [("huisarts", "veilig")]


def test_werkgebied_regio_covers_every_gemeente(minimal_catalog):
    c = minimal_catalog
    assert [a.id for a in c.aanbieders_in("noord")] == ["hulp-bv", "regiozorg"]
    assert [a.id for a in c.aanbieders_in("zuid")] == ["regiozorg"]


def test_links_between_pages():
    assert urls.page_url("index.md") == "" and urls.page_url("zorgroutes/index.md") == "zorgroutes/"
    assert urls.page_url("zorgroutes/huisarts.md") == "zorgroutes/huisarts/"
    assert urls.md_link("zorgroutes/a.md", "productcodes/index.md", "45A48") == "../productcodes/index.md#45A48"
    assert urls.html_link("zorgroutes/a.md", "zorgroutes/b.md", "stap-x") == "../b/#stap-x"
    assert urls.html_link("productcodes/index.md", "aanbieders/x.md") == "../aanbieders/x/"
    assert urls.html_link("aanbieders/x.md", "index.md") == "../../"
    assert urls.html_link("zorgroutes/a.md", "zorgroutes/a.md", "stap-y") == "#stap-y"
    assert urls.product("45A48", "45") == ("productcodes/45/index.md", "45A48")
    assert urls.product("45", "45") == ("productcodes/45/index.md", "")


def test_route_graphs_are_computed_once_in_the_check_and_reused_by_the_pages(monkeypatch):
    """The diagram, the route page and the route's open data read the graphs the check built."""

    from generator.content import route_graph
    from generator.pages import Diagram, render_pages, route_dots
    from generator.pages.route_data import route_files

    checked = check(MINIMAL)
    assert checked.catalog.graphs is checked.graphs
    assert set(checked.graphs) == {r.id for r in checked.content.routes}

    def recomputed(*args):
        raise AssertionError(f"a route's edges computed again after the check: {args}")

    edge = route_graph.overgangen(checked.graphs[checked.content.routes[0].id])[0]
    monkeypatch.setattr(route_graph, "Edge", recomputed)  # route_edges() builds every edge with it
    dots = route_dots(checked.catalog)
    pages = render_pages(checked.catalog, {rid: Diagram("<svg></svg>") for rid in dots})
    route_files(checked.catalog)
    route = checked.content.routes[0]
    assert f'"{edge.van}" -> "{edge.naar}"' in dots[route.id]
    assert any(p.src == f"zorgroutes/{route.id}.md" for p in pages)
