"""The transform stages as pure functions: load -> validate -> model -> graph -> render.

`check` gathers everything and reports; `render_pages` turns a valid model into
pages. Nothing here writes files (that is writer.py and build.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from . import urls
from .catalog import Catalog, build_catalog
from .diagnostics import Diagnostics
from .diagrams import route_dot
from .loading import load_content
from .markdown_text import page_title, tel_href
from .model import Content
from .references import check_cross_file
from .render.aanbieders import render_aanbieder, render_aanbieders_index
from .render.common import Page
from .render.downloads import render_downloads
from .render.finder import render_finder
from .render.gemeenten import render_gemeente, render_gemeenten_index
from .render.home import render_home
from .render.productcodes import render_productcodes
from .render.reference import render_begrippen, render_bronnen, render_ondersteuningsvormen, render_pagina
from .render.routes import render_route, render_routes_index
from .route_graph import check_routes
from .timings import Timings
from .warnings import check_warnings


@dataclass
class Checked:
    content: Content
    diagnostics: Diagnostics
    graphs: dict[str, nx.DiGraph]
    catalog: Catalog | None = None


def check(root: Path, timings: Timings | None = None) -> Checked:
    """Load and validate a content tree; all problems of the run end up in `diagnostics`."""
    timings = Timings() if timings is None else timings
    with timings.stage("load"):
        content, diagnostics, verwijzingen, onvolledig = load_content(root)
    with timings.stage("validate"):
        ids = check_cross_file(content, verwijzingen, diagnostics, onvolledig)
    with timings.stage("graph"):
        actoren_unreadable = onvolledig.get("actor") == set()
        known_actors = None if actoren_unreadable else ids["actor"]
        graphs = check_routes(content.routes, diagnostics, known_actors)
    checked = Checked(content, diagnostics, graphs)
    if not diagnostics.fouten:
        with timings.stage("model"):
            checked.catalog = build_catalog(content)
        with timings.stage("validate"):
            check_warnings(checked.catalog, diagnostics)
    return checked


def route_dots(catalog: Catalog) -> dict[str, str]:
    return {route.id: route_dot(route, catalog) for route in catalog.content.routes}


def render_pages(catalog: Catalog, svgs: dict[str, str]) -> list[Page]:
    content = catalog.content
    pages = [render_home(catalog), render_routes_index(catalog), render_aanbieders_index(catalog),
             render_productcodes(catalog), render_gemeenten_index(catalog), render_begrippen(catalog),
             render_bronnen(catalog), render_ondersteuningsvormen(catalog), render_downloads(catalog),
             render_finder(catalog)]
    pages += [render_route(route, svgs[route.id], catalog) for route in content.routes]
    pages += [render_aanbieder(a, catalog) for a in content.aanbieders]
    pages += [render_gemeente(g, catalog) for g in content.gemeenten]
    pages += [render_pagina(p, catalog) for p in content.paginas]
    return pages


def navigation(catalog: Catalog) -> list[dict[str, str]]:
    """Only index pages go in the navigation: entity pages are reached through them (linear builds)."""
    content = catalog.content
    nav = [{"Home": urls.HOME}, {"Zorgroutes": urls.ROUTES}]
    nav += [{"Veiligheidsroute": urls.route(r.id)} for r in content.routes if r.soort == "veiligheidsroute"][:1]
    nav += [{"Aanbieder vinden": urls.FINDER}, {"Aanbieders": urls.AANBIEDERS},
            {"Ondersteuningsvormen": urls.ONDERSTEUNINGSVORMEN},
            {"Productcodes": urls.PRODUCTCODES}, {"Gemeenten": urls.GEMEENTEN}, {"Begrippen": urls.BEGRIPPEN},
            {"Bronnen": urls.BRONNEN}, {"Open data": urls.DOWNLOADS}]
    nav += [{page_title(p.titel): urls.pagina(p.id)} for p in content.paginas]  # themes print nav titles raw
    return nav


def site_extra(catalog: Catalog) -> dict:
    """Values the theme templates read (config.extra): the emergency bar and the region's name."""
    regio = catalog.content.regio
    veiligheid = next((r for r in catalog.content.routes if r.soort == "veiligheidsroute"), None)
    return {
        "regio": regio.naam,
        "organisatie": regio.organisatie,
        "veiligheidsroute": urls.page_url(urls.route(veiligheid.id)) if veiligheid else "",
        "noodcontacten": [{"naam": n.naam, "telefoon": n.telefoon or "", "uitleg": n.uitleg, "soort": n.soort,
                           "href": tel_href(n.telefoon) if n.telefoon else ""} for n in regio.noodcontacten],
    }
