"""The page registry: one table of every page the site has, in navigation order.

Each row says where a page's Markdown goes (`src`), which renderer writes it, its title in the
navigation (if it is there) and how a link problem names it (`label`). Rendering, the
navigation, the set of known pages (for links in hand-written pages) and the link report
all read this table, so a new page is one new row here and nowhere else.

Index pages are one page each; entity pages are one page per item of a kind of content
(routes, aanbieders, gemeenten, hand-written pages). Only index pages, the first
veiligheidsroute and the hand-written pages are in the navigation: entity pages are
reached through their index page (keeps builds linear in the number of pages).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..content.catalog import Catalog
from ..content.kinds import SOORT, Soort
from ..content.model import Content
from . import urls
from .diagrams import Diagram
from .markdown_text import page_title
from .render.aanbieders import render_aanbieder, render_aanbieders_index
from .render.common import Page
from .render.downloads import render_downloads
from .render.finder import render_finder
from .render.gemeenten import render_gemeente, render_gemeenten_index
from .render.home import render_home
from .render.offline import render_offline
from .render.privacy import render_privacy
from .render.productcodes import render_productcategorie, render_productcodes
from .render.recent import render_recent
from .render.reference import render_begrippen, render_bronnen, render_ondersteuningsvormen, render_pagina
from .render.routes import render_route, render_routes_index
from .render.toegankelijkheid import render_toegankelijkheid


@dataclass(frozen=True)
class IndexPage:
    """One page of its own (home, an overview, a reference list)."""

    src: str
    render: Callable[[Catalog], Page]
    nav: str  # "" keeps the page out of the navigation (linked from every page's footer instead)
    label: str
    zoeksoort: str = ""  # the search kind of this page and every page below its folder ("": overig)
    diagrams = False  # no index page shows a route diagram

    def sources(self, content: Content) -> list[str]:
        return [self.src]

    def pages(self, catalog: Catalog, svgs: dict[str, Diagram]) -> list[Page]:
        return [self.render(catalog)]

    def nav_entries(self, content: Content) -> list[dict[str, str]]:
        return [{self.nav: self.src}] if self.nav else []

    def labels(self, content: Content) -> dict[str, str]:
        return {self.src: self.label}

    def folder(self) -> str:
        """The site folder of this page and of every page below it."""
        return urls.page_url(self.src)


@dataclass(frozen=True)
class EntityPages:
    """One page per item of a kind of content (a record of content/kinds.py)."""

    soort: Soort
    src: Callable[[str], str]  # item id -> Markdown path
    render: Callable[[Any, Catalog, dict[str, Diagram]], Page]
    label: Callable[[Any], str]
    nav: Callable[[Content], list[tuple[str, Any]]] = lambda content: []  # (title, item) in the navigation
    zoeksoort: str = ""  # the search kind of its pages ("": overig)
    diagrams: bool = False  # its pages show route diagrams (rendered last, when Graphviz is done)

    def key(self, item: Any) -> str:
        return getattr(item, self.soort.sleutel)

    def items(self, content: Content) -> list[Any]:
        return list(self.soort.items(content))

    def sources(self, content: Content) -> list[str]:
        return [self.src(self.key(item)) for item in self.items(content)]

    def pages(self, catalog: Catalog, svgs: dict[str, Diagram]) -> list[Page]:
        return [self.render(item, catalog, svgs) for item in self.items(catalog.content)]

    def nav_entries(self, content: Content) -> list[dict[str, str]]:
        return [{title: self.src(self.key(item))} for title, item in self.nav(content)]

    def labels(self, content: Content) -> dict[str, str]:
        return {self.src(self.key(item)): self.label(item) for item in self.items(content)}

    def folder(self) -> str:
        """The site folder holding one page per item (not the kind's index page itself)."""
        return urls.page_url(self.src("-")).removesuffix("-/")


def _veiligheidsroute(content: Content) -> list[tuple[str, Any]]:
    return [("Veiligheidsroute", r) for r in content.routes if r.soort == "veiligheidsroute"][:1]


ROUTE_PAGES = EntityPages(SOORT["route"], urls.route, lambda r, cat, svgs: render_route(r, svgs[r.id], cat),
                          lambda r: f"de pagina van route '{r.titel}'", nav=_veiligheidsroute, zoeksoort="route",
                          diagrams=True)
AANBIEDER_PAGES = EntityPages(SOORT["aanbieder"], urls.aanbieder, lambda a, cat, svgs: render_aanbieder(a, cat),
                              lambda a: f"de pagina van aanbieder '{a.naam}'", zoeksoort="aanbieder")
GEMEENTE_PAGES = EntityPages(SOORT["gemeente"], urls.gemeente, lambda g, cat, svgs: render_gemeente(g, cat),
                             lambda g: f"de pagina van gemeente '{g.naam}'")
PRODUCTCATEGORIE_PAGES = EntityPages(SOORT["productcategorie"], urls.productcategorie,
                                     lambda p, cat, svgs: render_productcategorie(p, cat),
                                     lambda p: f"de pagina van productcategorie {p.categorie}", zoeksoort="productcode")
PAGINA_PAGES = EntityPages(SOORT["pagina"], urls.pagina, lambda p, cat, svgs: render_pagina(p, cat),
                           lambda p: f"de pagina '{p.titel}'",
                           nav=lambda c: [(page_title(p.titel), p) for p in c.paginas])  # themes print nav raw

# The table, in navigation order.
REGISTRY: list[IndexPage | EntityPages] = [
    IndexPage(urls.HOME, render_home, "Home", "de startpagina"),
    IndexPage(urls.ROUTES, render_routes_index, "Zorgroutes", "het routeoverzicht"),
    ROUTE_PAGES,
    IndexPage(urls.FINDER, render_finder, "Aanbieder vinden", "de zoekpagina voor aanbieders"),
    IndexPage(urls.AANBIEDERS, render_aanbieders_index, "Aanbieders", "het aanbiedersoverzicht"),
    AANBIEDER_PAGES,
    IndexPage(urls.ONDERSTEUNINGSVORMEN, render_ondersteuningsvormen, "Ondersteuningsvormen",
              "de pagina ondersteuningsvormen"),
    IndexPage(urls.PRODUCTCODES, render_productcodes, "Productcodes", "de productcodepagina", zoeksoort="productcode"),
    PRODUCTCATEGORIE_PAGES,
    IndexPage(urls.GEMEENTEN, render_gemeenten_index, "Gemeenten", "het gemeenteoverzicht"),
    GEMEENTE_PAGES,
    IndexPage(urls.BEGRIPPEN, render_begrippen, "Begrippen", "de begrippenlijst", zoeksoort="begrip"),
    IndexPage(urls.BRONNEN, render_bronnen, "Bronnen", "de bronnenpagina"),
    IndexPage(urls.DOWNLOADS, render_downloads, "Open data", "de pagina open data"),
    IndexPage(urls.RECENT, render_recent, "Recent gewijzigd", "de pagina recent gewijzigd"),
    PAGINA_PAGES,
    IndexPage(urls.TOEGANKELIJKHEID, render_toegankelijkheid, "", "de pagina toegankelijkheid"),
    IndexPage(urls.PRIVACY, render_privacy, "", "de privacypagina"),
    IndexPage(urls.OFFLINE, render_offline, "", "de pagina offline gebruik"),
]


def render_all(catalog: Catalog, svgs: dict[str, Diagram]) -> list[Page]:
    return in_order(render_part(catalog, {}, diagrams=False) | render_part(catalog, svgs, diagrams=True))


def render_part(catalog: Catalog, svgs: dict[str, Diagram], diagrams: bool) -> dict[int, list[Page]]:
    """The pages of the rows that show route diagrams, or of those that do not, by row: the others can
    be rendered while Graphviz still draws (pages/__init__.py `generate`)."""
    return {i: row.pages(catalog, svgs) for i, row in enumerate(REGISTRY) if row.diagrams == diagrams}


def in_order(parts: dict[int, list[Page]]) -> list[Page]:
    """The rendered pages in the registry's order."""
    return [page for i in sorted(parts) for page in parts[i]]


def navigation(content: Content) -> list[dict[str, str]]:
    return [entry for row in REGISTRY for entry in row.nav_entries(content)]


def known_page_srcs(content: Content) -> set[str]:
    """Every Markdown page the generator writes (hand-written links may point at these)."""
    return {src for row in REGISTRY for src in row.sources(content)}


def page_labels(content: Content) -> dict[str, str]:
    """Markdown path -> how a Dutch message names the page ("de pagina van aanbieder 'X'")."""
    return {src: label for row in REGISTRY for src, label in row.labels(content).items()}


def search_folders() -> list[tuple[str, str, bool]]:
    """(site folder, search kind, whether the folder's own index page is of that kind too), from the rows
    with a search kind: an index page's kind covers its folder, an entity row's only the pages below it."""
    return [(row.folder(), row.zoeksoort, isinstance(row, IndexPage)) for row in REGISTRY if row.zoeksoort]


def entity_folders() -> dict[str, Soort]:
    """Site folder -> the kind of content with one page per item there (for naming a link target)."""
    return {row.folder(): row.soort for row in REGISTRY if isinstance(row, EntityPages)}
