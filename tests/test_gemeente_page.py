"""A gemeente page stays small whatever the size of the region: capped lists, the rest in the finder."""
from __future__ import annotations

import re

from conftest import PROJECT

from generator.pages.render import gemeenten
from generator.site.build import check_content


def test_long_lists_end_with_en_n_meer_linking_to_the_filtered_finder(monkeypatch):
    catalog = check_content(PROJECT).catalog
    g = next(g for g in catalog.content.regio.gemeenten if len(catalog.aanbieders_in(g.id)) > 6)
    full = gemeenten.render_gemeente(g, catalog).markdown
    monkeypatch.setattr(gemeenten, "LOKAAL_MAX", 1)
    monkeypatch.setattr(gemeenten, "REGIO_PER_ZORGSOORT", 1)
    monkeypatch.setattr(gemeenten, "ROUTES_MAX", 1)
    capped = gemeenten.render_gemeente(g, catalog).markdown
    routes = len(catalog.content.routes)
    assert f'<a class="rw-meer" href="../../zorgroutes/">en {routes - 1} meer: alle routes</a>' in capped
    assert "zorgroutes/veiligheidsroute/" in capped  # the one route shown is the veiligheidsroute
    meer = re.findall(r'<a class="rw-meer" href="([^"]+)">en (\d+) meer in de aanbiedervinder</a>', capped)
    assert meer and "rw-meer" not in full
    lokaal = [a for a in catalog.aanbieders_in(g.id) if "regio" not in a.werkgebied and a.soort != "basisteam"]
    if len(lokaal) > 1:
        assert (f"../../vinden/?gemeente={g.id}", str(len(lokaal) - 1)) in meer
    assert any(href.startswith(f"../../vinden/?gemeente={g.id}&amp;zorgsoort=") for href, _ in meer)
    assert len(capped) < len(full)


def test_a_gemeente_page_does_not_grow_with_the_region(tmp_path):
    """At 4x the default content no gemeente page links more aanbieders than the caps allow (every
    region-wide aanbieder was listed before: 124 KB per page at 50x), and the rest is in the finder."""
    import sys

    sys.path.insert(0, str(PROJECT / "benchmarks"))
    from synthetic import make_tree

    catalog = check_content(make_tree(tmp_path / "x4", 4)).catalog
    cap = gemeenten.LOKAAL_MAX + gemeenten.REGIO_PER_ZORGSOORT * (len(catalog.content.zorgsoorten) + 1)
    meer = 0
    for g in catalog.content.regio.gemeenten:
        page = gemeenten.render_gemeente(g, catalog).markdown
        linked = set(re.findall(r'href="\.\./\.\./aanbieders/([^/"]+)/"', page))
        assert 0 < len(linked) <= cap, g.id
        assert len(re.findall(r'href="\.\./\.\./zorgroutes/[^/"]+/"', page)) <= gemeenten.ROUTES_MAX, g.id
        meer += "rw-meer" in page
    assert meer  # at this size some lists are capped
