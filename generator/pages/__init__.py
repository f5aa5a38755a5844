"""Seam 2 — from checked content to the docs folder (Markdown, SVG, JSON).

Entry point: `generate(catalog, cache_dir) -> DocsFolder`, every file of the docs folder and what
the engine config needs; the site seam writes it. Transforms only: nothing here writes the docs
folder. The one file this seam writes is Graphviz's cache (graphviz_render.py), so that an
unchanged diagram is not laid out again. Also here, for the checks and the site seam:
`known_page_srcs`/`pagina_src` (the page index the content check uses), `site_extra`, `offline_pages`
(what the service worker stores) and `base_path`. Which pages exist is the page registry's knowledge (pages/registry.py).
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..content.catalog import Catalog
from ..content.timings import Timings
from . import registry, urls
from .diagrams import Diagram, route_dot
from .exports import export_files
from .feed import atom_feed
from .graphviz_render import clean_svg, render_svgs
from .markdown_text import plain, tel_href
from .print_diagrams import paper_diagrams, paper_html
from .render.common import Page
from .site_settings import base_path, engine_settings

known_page_srcs = registry.known_page_srcs
pagina_src = urls.pagina


def route_dots(catalog: Catalog) -> dict[str, str]:
    return {route.id: route_dot(route, catalog) for route in catalog.content.routes}


def render_pages(catalog: Catalog, svgs: dict[str, Diagram]) -> list[Page]:
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


def offline_pages(catalog: Catalog) -> tuple[list[str], str]:
    """What the service worker stores at the first visit (site-relative page URLs: the home page, the
    veiligheidsroute if the content has one, the offline page), and the offline page's URL."""
    veiligheidsroute = site_extra(catalog)["veiligheidsroute"]
    offline = urls.page_url(urls.OFFLINE)
    return [urls.page_url(urls.HOME), *([veiligheidsroute] if veiligheidsroute else []), offline], offline


@dataclass(frozen=True)
class DocsFolder:
    """Everything the site seam writes for one build: the docs folder's files and the engine config's parts."""

    files: list[tuple[str, str | bytes]]  # (path in the docs folder, text or bytes): pages, DOT, open data
    pages: int
    navigation: list[dict[str, str]]
    extra: dict
    settings: dict


def diagrams(catalog: Catalog, cache_dir: Path) -> tuple[dict[str, str], dict[str, Diagram]]:
    """Each route's DOT text and its diagram, for the screen and on paper (Graphviz, cached)."""
    dots = route_dots(catalog)
    raw = render_svgs(list(dots.values()), cache_dir=cache_dir)
    papier = paper_diagrams(catalog, lambda texts: render_svgs(texts, cache_dir=cache_dir))
    routes = {r.id: r for r in catalog.content.routes}
    svgs = {rid: Diagram(clean_svg(svg, f"Schema: {plain(routes[rid].titel)}"), paper_html(routes[rid], papier[rid]))
            for rid, svg in zip(dots, raw, strict=True)}
    return dots, svgs


def generate(catalog: Catalog, cache_dir: Path, timings: Timings | None = None) -> DocsFolder:
    """The docs folder of a checked content tree: its diagrams, pages and open data.

    Graphviz draws (in its own processes) while the pages without a diagram and the open data are
    rendered; the route pages come last. The "diagrams" stage is only the wait that rendering did
    not hide."""
    timings = Timings() if timings is None else timings
    with ThreadPoolExecutor(max_workers=1) as pool:
        drawing = pool.submit(diagrams, catalog, cache_dir / "diagrams")
        with timings.stage("render"):
            rendered = registry.render_part(catalog, {}, diagrams=False)
            exports = export_files(catalog)
            feed = atom_feed(catalog)
        with timings.stage("diagrams"):
            dots, svgs = drawing.result()
        with timings.stage("render"):
            rendered |= registry.render_part(catalog, svgs, diagrams=True)
    pages = registry.in_order(rendered)
    files = [(page.src, page.markdown) for page in pages]
    files += [(urls.route_dot(route_id), dot) for route_id, dot in dots.items()]
    files += list(exports.items())
    if feed is not None:
        files.append((urls.FEED, feed))
    folder = DocsFolder(files, len(pages), navigation(catalog), site_extra(catalog),
                        engine_settings(catalog.content.regio))
    urls.relative.cache_clear()  # 22 MB of link paths at 50x content, not needed once the pages exist
    return folder


__all__ = ["DocsFolder", "Page", "Diagram", "base_path", "generate", "known_page_srcs", "navigation", "offline_pages",
           "pagina_src",
           "render_pages", "route_dots", "site_extra"]
