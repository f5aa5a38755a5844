"""The Atom 1.0 feed of 'Recent gewijzigd' (feed.xml): a professional follows changes in a feed reader.

Deterministic bytes: every date comes from the content (a change's datum), entries are in the one order
of pages/wijzigingen.py, and an entry's id is the address of the change on its page (the anchor counted
from the oldest change of that day, so it never moves). Atom needs absolute addresses, so there is a
feed only when regio.yaml gives the site's address (site.url).
"""
from __future__ import annotations

import datetime as _dt
import xml.etree.ElementTree as ET

from ..content.catalog import Catalog
from . import urls
from .render.common import datum
from .wijzigingen import Melding, absolute_url, nieuwste

ATOM = "http://www.w3.org/2005/Atom"


def _tijd(datum: _dt.date) -> str:
    return f"{datum.isoformat()}T00:00:00Z"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _entry(feed: ET.Element, melding: Melding, site_url: str) -> None:
    entry = _sub(feed, "entry")
    href = absolute_url(site_url, melding.src, melding.anchor)
    let_op = " (let op: u moet nu iets anders doen)" if melding.werkwijze else ""
    _sub(entry, "title", f"{melding.titel}: gewijzigd op {datum(melding.datum)}{let_op}")
    _sub(entry, "id", href)
    _sub(entry, "link", href=href, rel="alternate", type="text/html")
    _sub(entry, "updated", _tijd(melding.datum))
    _sub(entry, "published", _tijd(melding.datum))
    _sub(entry, "category", term=melding.soort)
    _sub(entry, "summary", melding.wat + let_op)


def atom_feed(catalog: Catalog) -> bytes | None:
    """feed.xml, or None without a site address."""
    regio = catalog.content.regio
    site_url = regio.site.url
    if not site_url:
        return None
    meldingen = nieuwste(catalog.content)
    laatste = meldingen[0].datum if meldingen else (catalog.latest_check() or _dt.date(1970, 1, 1))
    feed = ET.Element("feed", {"xmlns": ATOM, "xml:lang": "nl"})
    _sub(feed, "title", f"{regio.site.naam}: recent gewijzigd")
    _sub(feed, "subtitle", f"Wat er veranderd is in de routes, organisaties en pagina's van {regio.naam}.")
    _sub(feed, "id", absolute_url(site_url, urls.RECENT))
    _sub(feed, "link", href=site_url.rstrip("/") + "/" + urls.FEED, rel="self",
         type="application/atom+xml")
    _sub(feed, "link", href=absolute_url(site_url, urls.RECENT), rel="alternate", type="text/html")
    _sub(feed, "updated", _tijd(laatste))
    _sub(_sub(feed, "author"), "name", regio.organisatie)
    for melding in meldingen:
        _entry(feed, melding, site_url)
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"
