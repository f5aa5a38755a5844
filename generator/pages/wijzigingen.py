"""Every change readers are told about, with the page it is on: for the pages, 'Recent gewijzigd' and the feed.

One list in one order (newest day first, then changes in how to work, then by page title), so the Recent page and the feed cannot disagree.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ..content.model import Content, Onderhouden
from . import urls


@dataclass(frozen=True)
class Melding:
    """One wijziging as the site shows it: on which page, under which anchor."""

    datum: _dt.date
    wat: str
    werkwijze: bool
    soort: str  # Dutch noun for the kind of page
    titel: str
    src: str
    anchor: str


def met_anchors(item: Onderhouden) -> list[tuple]:
    """(wijziging, anchor) for an item's changes, newest first."""
    return list(zip(item.wijzigingen, urls.wijziging_anchors([w.datum for w in item.wijzigingen]), strict=True))


def _paginas(content: Content) -> list[tuple[str, Onderhouden, str, str]]:
    """(soort, item, title, page) for every item that can carry wijzigingen."""
    return ([("route", r, r.titel, urls.route(r.id)) for r in content.routes]
            + [("organisatie", a, a.naam, urls.aanbieder(a.id)) for a in content.aanbieders]
            + [("productcategorie", c, f"{c.categorie} {c.naam}", urls.productcategorie(c.categorie))
               for c in content.categorieen]
            + [("pagina", p, p.titel, urls.pagina(p.id)) for p in content.paginas])


def alle_meldingen(content: Content) -> list[Melding]:
    meldingen = [Melding(w.datum, w.wat, w.werkwijze, soort, titel, src, anchor)
                 for soort, item, titel, src in _paginas(content) for w, anchor in met_anchors(item)]
    # newest day first; within a day what changes a professional's work first; stable: a page keeps its own order
    return sorted(meldingen, key=lambda m: (-m.datum.toordinal(), not m.werkwijze, m.titel.casefold(), m.src))


NIEUWSTE = 50  # the Recent page and the feed: the newest changes only, so neither grows with the region's history


def nieuwste(content: Content) -> list[Melding]:
    return alle_meldingen(content)[:NIEUWSTE]


def absolute_url(site_url: str, src: str, anchor: str = "") -> str:
    """A page's address under the site's base URL (the feed needs absolute addresses)."""
    return site_url.rstrip("/") + "/" + urls.page_url(src) + (f"#{anchor}" if anchor else "")
