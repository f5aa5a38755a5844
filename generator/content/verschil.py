"""What changed between two versions of a content tree, in the terms of the content: steps, transitions, fields.

A line diff of YAML says which lines moved; an editor writing a `wijzigingen` entry and a reviewer
judging a change need to know what it means for the route: which steps and transitions were added,
removed or changed (text, actor, condition, target). Routes are compared on the route graphs the
check already builds (their transitions in document order); aanbieders and productcategorieën field
by field. Pure: two checked trees in, Dutch lines out, in a fixed order.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, fields, is_dataclass

import networkx as nx

from .model import Content, Stap, Zorgroute
from .route_graph import Edge, overgangen

KORT = 70  # longer texts are not quoted, only said to have changed
NIET_VERGELEKEN = {"loc", "regels", "stappen", "productcodes", "wijzigingen", "noodcontacten", "gemeenten"}


@dataclass(frozen=True)
class Boom:
    """One side of the comparison: its loaded content and route graphs."""

    content: Content
    graphs: dict[str, nx.DiGraph]


def _tekst(value) -> str:
    if value is None or value == []:
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(_tekst(v) for v in value)
    if is_dataclass(value):
        return ", ".join(f"{k}: {_tekst(v)}" for k, v in _velden(value).items() if v not in (None, []))
    text = " ".join(str(value).split())
    return f"'{text}'"


def _velden(item) -> dict:
    return {f.name: getattr(item, f.name) for f in fields(item) if f.name not in NIET_VERGELEKEN}


def _vergelijkbaar(value):
    """Values as plain data, so two loads of the same text compare equal (locations are not compared)."""
    if is_dataclass(value):
        return {k: _vergelijkbaar(v) for k, v in _velden(value).items()}
    if isinstance(value, list):
        return [_vergelijkbaar(v) for v in value]
    return value


def veld_verschillen(oud, nieuw) -> list[str]:
    """'veld: oud → nieuw' per changed field; lists say what was added and removed."""
    regels = []
    oude, nieuwe = _velden(oud), _velden(nieuw)
    for naam in nieuwe:
        a, b = oude.get(naam), nieuwe[naam]
        if _vergelijkbaar(a) == _vergelijkbaar(b):
            continue
        if isinstance(a, list) and isinstance(b, list) and all(isinstance(v, str) for v in a + b):
            erbij = [v for v in b if v not in a]
            eraf = [v for v in a if v not in b]
            delen = ([f"erbij {', '.join(erbij)}"] if erbij else []) + ([f"eraf {', '.join(eraf)}"] if eraf else [])
            regels.append(f"{naam}: {'; '.join(delen) or 'andere volgorde'}")
        elif len(_tekst(a)) + len(_tekst(b)) > 2 * KORT:
            regels.append(f"{naam}: tekst gewijzigd")
        else:
            regels.append(f"{naam}: {_tekst(a)} → {_tekst(b)}")
    return regels


def _stap_naam(stap: Stap) -> str:
    return f"'{stap.id}' ({' '.join(stap.titel.split())})"


def _overgang(edge: Edge) -> str:
    return f"{edge.van} → {edge.naar}" + (f" ({edge.label})" if edge.label else "")


def overgang_verschillen(oud: list[Edge], nieuw: list[Edge]) -> list[str]:
    """Transitions added, removed, retargeted (same step and condition, other target) or with a new condition."""
    def sleutels(edges):
        return {(e.van, e.naar): e for e in edges}

    a, b = sleutels(oud), sleutels(nieuw)
    regels = [f"voorwaarde van {van} → {naar}: {_tekst(a[(van, naar)].label)} → {_tekst(b[(van, naar)].label)}"
              for van, naar in b if (van, naar) in a and a[(van, naar)].label != b[(van, naar)].label]
    weg = [e for k, e in a.items() if k not in b]
    bij = [e for k, e in b.items() if k not in a]
    for edge in list(weg):
        doel = next((e for e in bij if e.van == edge.van and e.label == edge.label), None)
        if doel is not None:
            regels.append(f"overgang {edge.van}{f' ({edge.label})' if edge.label else ''} gaat nu naar {doel.naar} "
                          f"in plaats van {edge.naar}")
            weg.remove(edge)
            bij.remove(doel)
    regels += [f"overgang erbij: {_overgang(e)}" for e in bij]
    regels += [f"overgang weg: {_overgang(e)}" for e in weg]
    return regels


def route_verschillen(oud: Zorgroute, nieuw: Zorgroute, oude_graaf: nx.DiGraph, nieuwe_graaf: nx.DiGraph) -> list[str]:
    regels = veld_verschillen(oud, nieuw)
    oude_stappen = {s.id: s for s in oud.stappen}
    nieuwe_stappen = {s.id: s for s in nieuw.stappen}
    regels += [f"stap erbij: {_stap_naam(s)}" for s in nieuw.stappen if s.id not in oude_stappen]
    regels += [f"stap weg: {_stap_naam(s)}" for s in oud.stappen if s.id not in nieuwe_stappen]
    for stap in nieuw.stappen:
        if stap.id in oude_stappen:
            velden = [v for v in veld_verschillen(oude_stappen[stap.id], stap)
                      if not v.startswith(("naar:", "ja:", "nee:"))]  # transitions are compared on the graph
            regels += [f"stap '{stap.id}': {v}" for v in velden]
    regels += overgang_verschillen(overgangen(oude_graaf), overgangen(nieuwe_graaf))
    regels += _wijzigingen_erbij(oud, nieuw)
    return regels


def _wijzigingen_erbij(oud, nieuw) -> list[str]:
    bekend = {(w.datum, w.wat) for w in oud.wijzigingen}
    return [f"wijziging vastgelegd: {w.datum.isoformat()} {_tekst(w.wat)}" for w in nieuw.wijzigingen
            if (w.datum, w.wat) not in bekend]


def _codes_verschillen(oud, nieuw) -> list[str]:
    oude = {p.code: p for p in oud.productcodes}
    nieuwe = {p.code: p for p in nieuw.productcodes}
    regels = [f"productcode erbij: {code}" for code in nieuwe if code not in oude]
    regels += [f"productcode weg: {code}" for code in oude if code not in nieuwe]
    for code, p in nieuwe.items():
        if code in oude:
            regels += [f"productcode {code}: {v}" for v in veld_verschillen(oude[code], p) if not v.startswith("categorie:")]
    return regels


def _lijst_verschillen(soort: str, oud: list, nieuw: list) -> list[str]:
    """A list of blocks with ids (noodcontacten, gemeenten): which came, went or changed, field by field."""
    a, b = {i.id: i for i in oud}, {i.id: i for i in nieuw}
    regels = [f"{soort} erbij: {key}" for key in b if key not in a]
    regels += [f"{soort} weg: {key}" for key in a if key not in b]
    for key, item in b.items():
        if key in a:
            regels += [f"{soort} '{key}': {v}" for v in veld_verschillen(a[key], item)]
    return regels


def _soort(titel: str, oud: dict, nieuw: dict, naam, verschillen) -> list[tuple[str, list[str]]]:
    """Sections for one kind: (heading, lines) per added, removed or changed item, in the new tree's order."""
    secties = []
    for key, item in nieuw.items():
        if key not in oud:
            secties.append((f"{titel} {naam(item)} ({item.loc.bestand})", ["nieuw"]))
        else:
            regels = verschillen(oud[key], item)
            if regels:
                secties.append((f"{titel} {naam(item)} ({item.loc.bestand})", regels))
    secties += [(f"{titel} {naam(item)} ({item.loc.bestand})", ["verwijderd"]) for key, item in oud.items()
                if key not in nieuw]
    return secties


def verschil(oud: Boom, nieuw: Boom) -> list[tuple[str, list[str]]]:
    """Every difference that matters to a reader, as (heading, lines) sections."""
    def per_id(items, key=lambda i: i.id):
        return {key(i): i for i in items}

    def route(a, b):
        return route_verschillen(a, b, oud.graphs[a.id], nieuw.graphs[b.id])

    def aanbieder(a, b):
        return veld_verschillen(a, b) + _wijzigingen_erbij(a, b)

    def categorie(a, b):
        return veld_verschillen(a, b) + _codes_verschillen(a, b) + _wijzigingen_erbij(a, b)

    def pagina(a, b):
        return veld_verschillen(a, b) + _wijzigingen_erbij(a, b)

    def regio(a, b):
        return (veld_verschillen(a, b)
                + _lijst_verschillen("noodcontact", a.noodcontacten, b.noodcontacten)
                + _lijst_verschillen("gemeente", a.gemeenten, b.gemeenten))

    regio_secties = (_soort("Regio", {0: oud.content.regio}, {0: nieuw.content.regio}, lambda r: f"'{r.naam}'", regio)
                     if oud.content.regio and nieuw.content.regio else [])
    return [*regio_secties,
            *_soort("Route", per_id(oud.content.routes), per_id(nieuw.content.routes), lambda r: f"'{r.titel}'", route),
            *_soort("Aanbieder", per_id(oud.content.aanbieders), per_id(nieuw.content.aanbieders),
                    lambda a: f"'{a.naam}'", aanbieder),
            *_soort("Productcategorie", per_id(oud.content.categorieen, lambda c: c.categorie),
                    per_id(nieuw.content.categorieen, lambda c: c.categorie), lambda c: c.categorie, categorie),
            *_soort("Pagina", per_id(oud.content.paginas), per_id(nieuw.content.paginas), lambda p: f"'{p.titel}'",
                    pagina)]
