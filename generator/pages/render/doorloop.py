"""The guided step-through ("Doorloop de route"): one step at a time, ja/nee at a decision.

A professional answering the meldcode's questions in order needs one question in view, not a
diagram of twenty steps. The route graph the content check already built (its transitions, in
document order) is embedded in the page as JSON; doorloop.js shows it one step at a time. Nothing
is fetched, so a saved or printed page and a site without a server work the same.

Without JavaScript the section stays hidden and the page is unchanged: the "Wat moet ik doen?" list
and the numbered steps are the full route. The JSON holds text only (the browser sets textContent),
and `<`, `>` and `&` are written as \\u escapes, so content can never end the script element.
"""
from __future__ import annotations

import json

from ...content.catalog import Catalog
from ...content.model import STAP_SOORTEN, Stap, Zorgroute
from .. import urls
from ..diagrams import consultation
from ..markdown_text import phone_segments, tel_href, text_blocks


def heeft_doorloop(route: Zorgroute) -> bool:
    """Only a route with decisions gains from being walked through; a straight line is the list itself."""
    return any(s.soort == "beslissing" for s in route.stappen)


def _is_exit(stap: Stap | None) -> bool:
    """An emergency exit leaves the route; advice that returns to it (a consultation) is an ordinary choice."""
    return stap is not None and stap.soort == "nood" and not consultation(stap)


def _tekst(text: str | None) -> list[dict]:
    return [{"soort": kind, "delen": [phone_segments(part) for part in parts]} for kind, parts in text_blocks(text)]


def _keuzes(route: Zorgroute, stap: Stap, catalog: Catalog) -> list[dict]:
    """The ways on from a step, from the route graph's transitions; emergency exits are left out here
    because the panel always offers them."""
    keuzes = []
    for edge in catalog.overgangen(route.id):
        doel = route.stap(edge.naar)
        if edge.van != stap.id or doel is None or _is_exit(doel):
            continue
        keuzes.append({"label": edge.label or "", "naar": edge.naar})
    return keuzes


def _vervolg(route: Zorgroute, stap: Stap, catalog: Catalog) -> dict | None:
    if stap.soort != "route" or not stap.route:
        return None
    anchor = urls.stap_anchor(stap.route_stap) if stap.route_stap else ""
    page = urls.route(route.id)
    return {"label": catalog.name("route", stap.route), "href": urls.html_link(page, urls.route(stap.route), anchor)}


def _bel(stap: Stap, catalog: Catalog) -> dict | None:
    """The number an emergency step dials, from the region's noodcontacten: one tap, not a detour via the step."""
    if stap.soort != "nood":
        return None
    contact = next((n for n in catalog.content.regio.noodcontacten if n.soort == stap.nood and n.telefoon), None)
    return {"nummer": contact.telefoon, "href": tel_href(contact.telefoon)} if contact else None


def _stap(route: Zorgroute, stap: Stap, nummer: int, catalog: Catalog) -> dict:
    return {"nummer": nummer, "titel": stap.titel, "soort": stap.soort, "soortnaam": STAP_SOORTEN.kort(stap.soort),
            "wie": catalog.name("actor", stap.actor) if stap.actor else "", "model": stap.gemodelleerd,
            "anker": urls.stap_anchor(stap.id), "tekst": _tekst(stap.beschrijving),
            "keuzes": _keuzes(route, stap, catalog), "vervolg": _vervolg(route, stap, catalog),
            "bel": _bel(stap, catalog)}


def doorloop_data(route: Zorgroute, numbers: dict[str, int], catalog: Catalog) -> dict:
    """The route as the step-through reads it: steps by id, the start, and the exits always in reach."""
    telefoon = [{"naam": n.naam, "nummer": n.telefoon, "href": tel_href(n.telefoon)}
                for n in catalog.content.regio.noodcontacten if n.telefoon]
    return {"start": route.start,
            "stappen": {s.id: _stap(route, s, numbers[s.id], catalog) for s in route.stappen},
            "uitgangen": [s.id for s in route.stappen if _is_exit(s)],
            "telefoon": telefoon}


def script_json(data: dict) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' survives as itself."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_doorloop(route: Zorgroute, numbers: dict[str, int], catalog: Catalog) -> str:
    """The hidden section doorloop.js (loaded on every page by the engine config) brings to life, with its data."""
    if not heeft_doorloop(route):
        return ""
    return ('<section class="rw-doorloop" id="doorloop" aria-labelledby="doorloop-kop" hidden>\n'
            '<h2 id="doorloop-kop">Doorloop de route</h2>\n'
            '<p class="rw-doorloop__uitleg">Beantwoord de vragen één voor één; bij elke stap ziet u wie wat doet. '
            'U kunt altijd terug, en de nooduitgangen blijven in beeld.</p>\n'
            '<button type="button" class="md-button md-button--primary rw-doorloop__start" aria-expanded="false" '
            'aria-controls="doorloop-paneel">Start: doorloop de route stap voor stap</button>\n'
            '<div class="rw-doorloop__paneel" id="doorloop-paneel" hidden></div>\n'
            f'<script type="application/json" id="doorloop-data">{script_json(doorloop_data(route, numbers, catalog))}</script>\n'
            "</section>\n")
