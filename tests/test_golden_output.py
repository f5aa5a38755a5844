"""Golden files for the output whose exact text matters: DOT sources and generated Markdown.

Regenerate with `pytest --update-goldens` and review the diff in the commit.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import check_golden

from generator.pages import Diagram, render_pages
from generator.pages.diagrams import route_dot

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("route_id", ["huisarts", "veiligheid"])
def test_dot_source(minimal_catalog, route_id, update_goldens):
    route = next(r for r in minimal_catalog.content.routes if r.id == route_id)
    check_golden(GOLDEN / f"{route_id}.dot", route_dot(route, minimal_catalog), update_goldens)


@pytest.mark.parametrize("src", ["zorgroutes/huisarts.md", "aanbieders/hulp-bv.md", "gemeenten/noord/index.md",
                                 "index.md", "begrippen/index.md"])
def test_markdown_page(minimal_catalog, src, update_goldens):
    svgs = {r.id: Diagram("<svg><!-- diagram --></svg>") for r in minimal_catalog.content.routes}
    pages = {p.src: p.markdown for p in render_pages(minimal_catalog, svgs)}
    check_golden(GOLDEN / (src.replace("/", "__")), pages[src], update_goldens)


def test_dot_is_deterministic(minimal_catalog):
    route = minimal_catalog.content.routes[0]
    assert route_dot(route, minimal_catalog) == route_dot(route, minimal_catalog)
