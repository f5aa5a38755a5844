"""The paper layout of route diagrams (pages/print_diagrams.py): golden DOT for the print rendering and
for a route cut into parts, the choice of orientation and scale, and cutting only the routes that would
print a label below 8 pt. Graphviz is replaced by a fake renderer where only sizes matter."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import check_golden

from generator.pages import print_diagrams as pd
from generator.pages.diagrams import PAPIER, route_dot
from generator.pages.graphviz_render import node_heights, paper_svg

GOLDEN = Path(__file__).parent / "golden"


def route(minimal_catalog, route_id):
    return next(r for r in minimal_catalog.content.routes if r.id == route_id)


def fake_svg(width: float, height: float, nodes: dict[str, float] | None = None) -> str:
    groups = "".join(f'<g id="node{i}" class="node">\n<title>{node}</title>\n<text x="1" y="{y}">x</text>\n</g>\n'
                     for i, (node, y) in enumerate((nodes or {}).items(), 1))
    return f'<svg width="{width}pt" height="{height}pt"\n viewBox="0 0 {width} {height}">\n{groups}</svg>'


@pytest.mark.parametrize("route_id", ["huisarts", "veiligheid"])
def test_paper_dot_source(minimal_catalog, route_id, update_goldens):
    dot = route_dot(route(minimal_catalog, route_id), minimal_catalog, PAPIER)
    assert "URL=" not in dot and 'fontsize="13"' in dot  # nothing to click on paper; edge labels as large as nodes
    check_golden(GOLDEN / f"{route_id}.papier.dot", dot, update_goldens)


def test_a_route_cut_in_two_says_where_it_goes_on_and_where_it_came_from(minimal_catalog, update_goldens):
    veiligheid = route(minimal_catalog, "veiligheid")
    heights = {stap.id: float(i) for i, stap in enumerate(veiligheid.stappen)}  # one rank per step, in order
    bands = pd.split(veiligheid, heights, 2)
    assert [stap for band in bands for stap in band] == [stap.id for stap in veiligheid.stappen]
    assert pd.split(veiligheid, {}, 2) == [[stap.id for stap in veiligheid.stappen]]  # no positions: one part
    first, second = pd.paper_dots(veiligheid, minimal_catalog, bands)
    assert "verder in deel 2" in first and "vervolg van" in second
    check_golden(GOLDEN / "veiligheid.papier-deel-1.dot", first, update_goldens)
    check_golden(GOLDEN / "veiligheid.papier-deel-2.dot", second, update_goldens)


def test_orientation_and_scale():
    wide, tall, small = pd.fit(fake_svg(1200, 500)), pd.fit(fake_svg(500, 1000)), pd.fit(fake_svg(200, 100))
    assert wide.liggend and not tall.liggend and not small.liggend
    assert small.schaal == 1  # never enlarged beyond its natural size
    assert wide.schaal == pytest.approx(pd.LIGGEND[0] / 1200)
    assert tall.schaal == pytest.approx(pd.STAAND[1] / 1000)
    assert pd.MIN_LABEL_PT <= tall.label_pt < 13


def test_only_routes_that_would_print_too_small_are_cut(minimal_catalog):
    """A fake Graphviz whose drawing is 200 pt high per step (markers of a cut route aside): the 7-step
    route is too tall for one page at 8 pt and gets cut; the 4-step one fits. Each part then prints
    large enough."""
    calls = []

    def render(dots: list[str]) -> list[str]:
        calls.append(len(dots))
        out = []
        for dot in dots:
            nodes = [n for n in re.findall(r'^  "([^"]+)" \[label=', dot, re.MULTILINE) if ":" not in n]
            out.append(fake_svg(300, 200 * len(nodes), {node: 200 * i for i, node in enumerate(nodes)}))
        return out

    result = pd.paper_diagrams(minimal_catalog, render)
    assert {rid: len(bladen) for rid, bladen in result.items()} == {"huisarts": 1, "veiligheid": 2}
    assert calls == [2, 2]  # every route at once, then the two parts of the one that did not fit
    assert all(blad.label_pt >= pd.MIN_LABEL_PT for bladen in result.values() for blad in bladen)


def test_node_heights_and_the_print_only_svg():
    svg = fake_svg(100, 50, {"a-b": -40.0, "c": -10.0}).replace("<title>a-b</title>", "<title>a&#45;b</title>")
    assert node_heights(svg) == {"a-b": -40.0, "c": -10.0}
    printed = paper_svg(svg, 80.06, 40.09)
    assert 'aria-hidden="true"' in printed and 'style="width:80.0pt;height:40.0pt"' in printed
    assert " id=" not in printed and "<title>" not in printed  # no ids that repeat the screen copy's
