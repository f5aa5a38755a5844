"""Routes as open data: one JSON file per route beside its `.dot`, and the JSON Schema describing them.

The diagram shows a route to people; this file gives the same route to programs (another region's
site, a chatbot, a process tool): its steps with their actor, texts and links, every transition with
its condition, its sources, and whatever the content model says about each step. Steps and routes
are serialised from the model's own fields, so a field added to the model shows up here and the
schema test says it must be documented (`ROUTE_SCHEMA` has `additionalProperties: false`).
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import json

from ..content.catalog import Catalog
from ..content.model import HERKOMSTEN, NOOD_SOORTEN, ROUTE_SOORTEN, STAP_SOORTEN, Zorgroute
from . import urls

SKIP = {"loc", "regels"}  # where in the YAML a value came from: for editors, not for data users
TRANSITION_FIELDS = ("naar", "ja", "nee")  # become `overgangen`


def _plain(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name not in SKIP}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return value


def transitions(route: Zorgroute, catalog: Catalog) -> list[dict]:
    """Every arrow of the diagram, with the condition printed beside it (ja/nee for decisions)."""
    return [{"van": e.van, "naar": e.naar, "voorwaarde": e.label} for e in catalog.overgangen(route.id)]


def route_record(route: Zorgroute, catalog: Catalog) -> dict:
    record = {k: v for k, v in _plain(route).items() if k != "stappen"}
    page = urls.route(route.id)
    record["pagina"] = urls.page_url(page)
    record["schema_dot"] = urls.route_dot(route.id)
    record["actoren"] = [{"id": a, "naam": catalog.name("actor", a)} for a in route.actoren]
    record["bronnen"] = [{**_plain(b), "titel": catalog.name("bron", b.bron)} for b in route.bronnen]
    record["stappen"] = []
    for stap in route.stappen:
        step = {k: v for k, v in _plain(stap).items() if k not in TRANSITION_FIELDS}
        step["bronnen"] = [{**_plain(b), "titel": catalog.name("bron", b.bron)} for b in stap.bronnen]
        step["pagina"] = urls.page_url(page) + "#" + urls.stap_anchor(stap.id)
        record["stappen"].append(step)
    record["overgangen"] = transitions(route, catalog)
    first = [k for k in ROUTE_SCHEMA["properties"] if k in record]
    return {k: record[k] for k in first + [k for k in record if k not in first]}


def route_files(catalog: Catalog) -> dict[str, bytes]:
    """`zorgroutes/<id>.json` per route (beside `<id>.dot`) and the schema, by path from the site root."""
    files = {urls.route_json(r.id): _json(route_record(r, catalog)) for r in catalog.content.routes}
    files[urls.ROUTE_JSON_SCHEMA] = _json(ROUTE_SCHEMA)
    return files


def routes_section(catalog: Catalog, link) -> str:
    """The 'Routes' part of the Open data page; `link(label, path)` makes a download link from that page."""
    from .markdown_text import inline

    rows = "\n".join(f"- {inline(r.titel)}: {link('JSON', urls.route_json(r.id))} · {link('DOT', urls.route_dot(r.id))}"
                     for r in catalog.content.routes)
    return ("## Routes\n\n"
            "Elke route staat ook als gegevens klaar, naast het schema in Graphviz-formaat (DOT): de stappen met wie "
            "ze zet, de uitleg, berichten, productcodes en organisaties, elke pijl met zijn voorwaarde (`overgangen`: "
            "`van`, `naar`, `voorwaarde`; bij een beslissing `ja` of `nee`) en de bronnen. Elk veld is beschreven in "
            f"het {link('JSON Schema', urls.ROUTE_JSON_SCHEMA)} (draft-07), waarmee u een bestand ook kunt controleren.\n\n"
            + rows)


def _json(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


_TEXT = {"type": "string"}
_OPTIONAL_TEXT = {"type": ["string", "null"]}
_IDS = {"type": "array", "items": _TEXT}
_BRONNEN = {"type": "array", "items": {"type": "object", "additionalProperties": False, "required": ["bron", "titel"],
                                       "properties": {"bron": _TEXT, "sectie": _OPTIONAL_TEXT, "titel": _TEXT}}}

ROUTE_SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "Zorgroute (open data)",
    "description": "Eén zorgroute of de veiligheidsroute: stappen, rollen, overgangen met voorwaarden en bronnen.",
    "type": "object",
    "additionalProperties": False,
    "required": ["id", "titel", "soort", "start", "actoren", "stappen", "overgangen", "bronnen", "pagina"],
    "properties": {
        "id": {"description": "Vaste sleutel van de route (ook in het webadres).", **_TEXT},
        "titel": {"description": "Titel van de route.", **_TEXT},
        "soort": {"description": "zorgroute of veiligheidsroute.", "enum": list(ROUTE_SOORTEN)},
        "volgorde": {"description": "Plaats in het overzicht (laag = eerst).", "type": "integer"},
        "samenvatting": {"description": "Waar de route over gaat.", **_TEXT},
        "doelgroep": {"description": "Voor wie de route is.", **_TEXT},
        "ingang": {"description": "Id's van de rollen die de route starten.", **_IDS},
        "actoren": {"description": "De rollen in de route.", "type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["id", "naam"],
            "properties": {"id": _TEXT, "naam": _TEXT}}},
        "start": {"description": "Id van de eerste stap.", **_TEXT},
        "open_punten": {"description": "Wat de bronnen niet zeggen.", **_IDS},
        "bronnen": {"description": "Brondocumenten (id, titel, sectie).", **_BRONNEN},
        "eigenaar": {"description": "Wie de route beheert.", **_OPTIONAL_TEXT},
        "peildatum": {"description": "Datum van de situatie die de route beschrijft (JJJJ-MM-DD).",
                      "type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "laatst_gecontroleerd": {"description": "Datum van de laatste echte controle (JJJJ-MM-DD).",
                                 "type": ["string", "null"], "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "controle_interval_maanden": {"description": "Na hoeveel maanden de route opnieuw wordt nagekeken (leeg: "
                                      "het interval van de regio).", "type": ["integer", "null"]},
        "wijzigingen": {"description": "Wat er voor lezers veranderd is, nieuwste eerst.", "type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["datum", "wat", "werkwijze"],
            "properties": {"datum": {"description": "Datum van de wijziging (JJJJ-MM-DD).", "type": "string",
                                     "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                           "wat": {"description": "Wat er veranderd is.", **_TEXT},
                           "werkwijze": {"description": "true als een professional nu iets anders moet doen.",
                                         "type": "boolean"}}}},
        "pagina": {"description": "Adres van de routepagina, vanaf de hoofdmap van de site.", **_TEXT},
        "schema_dot": {"description": "Het routeschema in Graphviz DOT, vanaf de hoofdmap van de site.", **_TEXT},
        "stappen": {"description": "De stappen, in de volgorde van de pagina.", "type": "array", "minItems": 1, "items": {
            "type": "object", "additionalProperties": False, "required": ["id", "titel", "soort", "pagina"],
            "properties": {
                "id": {"description": "Id van de stap, uniek binnen de route (ook het anker op de pagina).", **_TEXT},
                "titel": {"description": "Korte titel; bij een beslissing de vraag.", **_TEXT},
                "soort": {"description": "actie, beslissing, einde, route (verder in een andere route) of nood.",
                          "enum": list(STAP_SOORTEN)},
                "actor": {"description": "Id van de rol die de stap zet.", **_OPTIONAL_TEXT},
                "beschrijving": {"description": "Uitleg (platte tekst).", **_OPTIONAL_TEXT},
                "berichten": {"description": "iJw-berichten (JW301 ...).", **_IDS},
                "productcodes": {"description": "Productcodes of categorieën waar de stap toe kan leiden.", **_IDS},
                "aanbieders": {"description": "Id's van organisaties bij deze stap.", **_IDS},
                "begrippen": {"description": "Id's van begrippen uit de begrippenlijst.", **_IDS},
                "routes": {"description": "Id's van andere routes om naar te verwijzen.", **_IDS},
                "route": {"description": "Bij soort route: de route waarin het verder gaat.", **_OPTIONAL_TEXT},
                "route_stap": {"description": "Bij soort route: de stap in die andere route.", **_OPTIONAL_TEXT},
                "nood": {"description": "Bij soort nood: acuut, crisis of advies-melden.",
                         "enum": [*NOOD_SOORTEN, None]},
                "herkomst": {"description": "bron: de stap staat zo in de bronnen; model: een werkwijze die de "
                                            "routewijzer aanvult (bijvoorbeeld uit de landelijke meldcode).",
                             "enum": [*HERKOMSTEN, None]},
                "bronnen": {"description": "Waar de stap vandaan komt (bij een model: waarop het is gebaseerd).",
                            **_BRONNEN},
                "pagina": {"description": "Adres van de stap op de routepagina.", **_TEXT},
            }}},
        "overgangen": {"description": "Elke pijl in het schema.", "type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["van", "naar", "voorwaarde"],
            "properties": {"van": {"description": "Id van de stap waar de pijl begint.", **_TEXT},
                           "naar": {"description": "Id van de volgende stap.", **_TEXT},
                           "voorwaarde": {"description": "Wanneer de pijl geldt: ja/nee bij een beslissing, "
                                                         "de tekst bij de pijl, of leeg.", **_OPTIONAL_TEXT}}}},
    },
}
