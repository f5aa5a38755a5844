"""Seam 2 — from checked content to the docs folder (Markdown, SVG, JSON).

Pure transforms: nothing here writes files (that is the site seam). Entry points:
`route_dots`, `render_pages`, `navigation`, `known_page_srcs` and `site_extra`; which pages exist
is the page registry's knowledge (pages/registry.py).
"""
from __future__ import annotations

from ..content.catalog import Catalog
from . import registry, urls
from .diagrams import Schema, route_dot
from .markdown_text import tel_href
from .render.common import Page

known_page_srcs = registry.known_page_srcs
pagina_src = urls.pagina


def route_dots(catalog: Catalog) -> dict[str, str]:
    return {route.id: route_dot(route, catalog) for route in catalog.content.routes}


def render_pages(catalog: Catalog, svgs: dict[str, Schema]) -> list[Page]:
    """Every page of the page registry, rendered."""
    return registry.render_all(catalog, svgs)


def navigation(catalog: Catalog) -> list[dict[str, str]]:
    """Only index pages go in the navigation: entity pages are reached through them (linear builds)."""
    return registry.navigation(catalog.content)


def site_extra(catalog: Catalog) -> dict:
    """Values the theme templates read (config.extra): the emergency bar and the region's name."""
    regio = catalog.content.regio
    veiligheid = next((r for r in catalog.content.routes if r.soort == "veiligheidsroute"), None)
    return {
        "regio": regio.naam,
        "organisatie": regio.organisatie,
        "veiligheidsroute": urls.page_url(urls.route(veiligheid.id)) if veiligheid else "",
        "feed": urls.FEED if regio.site.url else "",  # pages/feed.py: Atom needs the site's address
        "feed_titel": f"{regio.site.naam}: recent gewijzigd",
        # Only contacts with a number: at night a name without a number is a dead end. The others are
        # explained on the veiligheidsroute.
        "noodcontacten": [{"naam": n.naam, "telefoon": n.telefoon, "uitleg": n.uitleg, "soort": n.soort,
                           "href": tel_href(n.telefoon)} for n in regio.noodcontacten if n.telefoon],
    }
