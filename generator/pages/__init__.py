"""Seam 2 — from checked content to the docs folder (Markdown, SVG, JSON).

Pure transforms: nothing here writes files (that is the site seam). Entry points:
`route_dots`, `render_pages`, `navigation` and `site_extra`.
"""
from __future__ import annotations

from ..content.catalog import Catalog
from . import urls
from .diagrams import route_dot
from .markdown_text import page_title, tel_href
from .render.aanbieders import render_aanbieder, render_aanbieders_index
from .render.common import Page
from .render.downloads import render_downloads
from .render.finder import render_finder
from .render.gemeenten import render_gemeente, render_gemeenten_index
from .render.home import render_home
from .render.productcodes import render_productcodes
from .render.reference import render_begrippen, render_bronnen, render_ondersteuningsvormen, render_pagina
from .render.routes import render_route, render_routes_index

# The index pages in navigation order (the veiligheidsroute is inserted after the routes): the one list
# for navigation and for the pages hand-written links may point at.
_INDEX_PAGES = [{"Home": urls.HOME}, {"Zorgroutes": urls.ROUTES},
                {"Aanbieder vinden": urls.FINDER}, {"Aanbieders": urls.AANBIEDERS},
                {"Ondersteuningsvormen": urls.ONDERSTEUNINGSVORMEN},
                {"Productcodes": urls.PRODUCTCODES}, {"Gemeenten": urls.GEMEENTEN}, {"Begrippen": urls.BEGRIPPEN},
                {"Bronnen": urls.BRONNEN}, {"Open data": urls.DOWNLOADS}]


def known_page_srcs(content) -> set[str]:
    """Every Markdown page the generator writes: the index pages of the navigation plus one per entity."""
    pages = {src for entry in _INDEX_PAGES for src in entry.values()}
    pages |= {urls.route(r.id) for r in content.routes} | {urls.aanbieder(a.id) for a in content.aanbieders}
    pages |= {urls.gemeente(g.id) for g in content.gemeenten} | {urls.pagina(p.id) for p in content.paginas}
    return pages


pagina_src = urls.pagina


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
    nav = list(_INDEX_PAGES[:2])
    nav += [{"Veiligheidsroute": urls.route(r.id)} for r in content.routes if r.soort == "veiligheidsroute"][:1]
    nav += _INDEX_PAGES[2:]
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
        # Only contacts with a number: at night a name without a number is a dead end. The others are
        # explained on the veiligheidsroute.
        "noodcontacten": [{"naam": n.naam, "telefoon": n.telefoon, "uitleg": n.uitleg, "soort": n.soort,
                           "href": tel_href(n.telefoon)} for n in regio.noodcontacten if n.telefoon],
    }
