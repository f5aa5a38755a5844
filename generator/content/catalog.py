"""The model stage: derived, read-only lookups the renderers share.

Pure functions of validated Content. Answers the questions the pages ask: which
aanbieders deliver a productcode, which route steps lead to it, what the effective
(category default or overridden) properties of a code are, who works in a gemeente,
and the route graphs the check computed (so the pages never recompute a route's edges).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from functools import cached_property

import networkx as nx

from .kinds import SOORTEN
from .model import Aanbieder, Begrip, Content, Gemeente, Productcategorie, Productcode, Stap, Zorgroute
from .route_graph import Edge, overgangen
from .slug import slug
from .today import vandaag


@dataclass(frozen=True)
class CodeInfo:
    """A productcode with its category defaults applied."""

    code: Productcode
    categorie: Productcategorie
    zorgsoort: str
    vrij_toegankelijk: bool
    expertpool_advies_verplicht: bool
    verwijzers: tuple[str, ...]

    @property
    def huisarts_mag_verwijzen(self) -> bool:
        return "huisarts" in self.verwijzers

    @property
    def toegang_gemodelleerd(self) -> bool:
        """The answers on beschikking and verwijzers are the routewijzer's choice, not the sources'."""
        return self.categorie.toegang_herkomst == "model"


@dataclass(frozen=True)
class HuidigeGemeente:
    """A gemeente as readers know it today: after a herindeling, the new gemeente with the former ones
    (whose content is recorded under their own ids) as its members."""

    id: str  # the id of the member with today's name, else the slug of that name
    naam: str
    leden: tuple[Gemeente, ...]

    @property
    def voormalige(self) -> list[Gemeente]:
        return sorted((g for g in self.leden if g.opgegaan_in), key=lambda g: g.naam.lower())


@dataclass
class Catalog:
    content: Content
    graphs: dict[str, nx.DiGraph] = field(default_factory=dict)  # route id -> graph, from the check
    codes: dict[str, CodeInfo] = field(default_factory=dict)
    categorieen: dict[str, Productcategorie] = field(default_factory=dict)
    aanbieders_per_code: dict[str, list[Aanbieder]] = field(default_factory=dict)
    stappen_per_code: dict[str, list[tuple[Zorgroute, Stap]]] = field(default_factory=dict)
    stappen_per_aanbieder: dict[str, list[tuple[Zorgroute, Stap]]] = field(default_factory=dict)
    stappen_per_begrip: dict[str, list[tuple[Zorgroute, Stap]]] = field(default_factory=dict)
    verwijzingen_naar_route: dict[str, list[tuple[Zorgroute, Stap]]] = field(default_factory=dict)
    # As written: per code only what names that code, per category what names the whole category.
    aanbieders_direct: dict[str, list[Aanbieder]] = field(default_factory=dict)
    codes_per_aanbieder: dict[str, list[str]] = field(default_factory=dict)  # categories expanded, sorted
    stappen_direct: dict[str, list[tuple[Zorgroute, Stap]]] = field(default_factory=dict)
    werkgebieden: dict[str, list[str]] = field(default_factory=dict)  # aanbieder id -> werkgebied incl. contracts
    product_refs: dict[str, list[str]] = field(default_factory=dict)  # aanbieder id -> producten incl. contracts
    today: _dt.date = field(default_factory=vandaag)

    def codes_of(self, code_or_categorie: str) -> list[str]:
        """A product reference names one code or a whole category; expand it to codes."""
        if code_or_categorie in self.codes:
            return [code_or_categorie]
        categorie = self.categorieen.get(code_or_categorie)
        return [p.code for p in categorie.productcodes] if categorie else []

    def aanbieders_in(self, gemeente_id: str) -> list[Aanbieder]:
        """Who works in a gemeente: the region-wide aanbieders and the gemeente's own, in content order."""
        rang = self._rang
        return sorted(self.regio_aanbieders + self.lokale_aanbieders(gemeente_id), key=lambda a: rang[a.id])

    def lokale_aanbieders(self, gemeente_id: str) -> list[Aanbieder]:
        """The aanbieders whose werkgebied names this gemeente and not the whole region, in content order
        (looked up in one index: scanning every aanbieder for every gemeente page grew with the square)."""
        return self._lokaal_per_gemeente.get(gemeente_id, [])

    @cached_property
    def regio_aanbieders(self) -> list[Aanbieder]:
        """The aanbieders that work in the whole region, in content order."""
        return [a for a in self.content.aanbieders if "regio" in self.werkgebied(a)]

    @cached_property
    def regio_per_zorgsoort(self) -> dict[str, list[Aanbieder]]:
        """The region-wide aanbieders by the zorgsoorten of their codes ("" for none), each list by name,
        the zorgsoorten in content order and "" last (every gemeente page shows them; grouped once)."""
        groepen: dict[str, list[Aanbieder]] = {}
        for a in sorted(self.regio_aanbieders, key=lambda a: a.naam.lower()):
            for z in self.zorgsoorten_van(a.id) or {""}:
                groepen.setdefault(z, []).append(a)
        volgorde = [z.id for z in self.content.zorgsoorten if z.id in groepen] + ([""] if "" in groepen else [])
        return {z: groepen[z] for z in volgorde}

    @cached_property
    def _lokaal_per_gemeente(self) -> dict[str, list[Aanbieder]]:
        index: dict[str, list[Aanbieder]] = {}
        for a in self.content.aanbieders:
            gebied = self.werkgebied(a)
            if "regio" not in gebied:
                for gemeente_id in dict.fromkeys(gebied):
                    index.setdefault(gemeente_id, []).append(a)
        return index

    @cached_property
    def _rang(self) -> dict[str, int]:
        return {a.id: i for i, a in enumerate(self.content.aanbieders)}

    def werkgebied(self, a: Aanbieder) -> list[str]:
        """Where an aanbieder works: its werkgebied plus the gemeenten of its running contracts ("regio" alone
        when it covers the region)."""
        return self.werkgebieden.get(a.id, a.werkgebied)

    def producten(self, a: Aanbieder) -> list[str]:
        """What an aanbieder delivers: its producten plus the products of its running contracts."""
        return self.product_refs.get(a.id, a.producten)

    @cached_property
    def huidige_gemeenten(self) -> list[HuidigeGemeente]:
        """Today's gemeenten, sorted by name: each former gemeente under the one it merged into."""
        groepen: dict[str, list[Gemeente]] = {}
        for g in self.content.gemeenten:
            groepen.setdefault(g.opgegaan_in.naam if g.opgegaan_in else g.naam, []).append(g)
        result = []
        for naam, leden in groepen.items():
            zelf = next((g for g in leden if g.naam == naam and not g.opgegaan_in), None)
            result.append(HuidigeGemeente(zelf.id if zelf else slug(naam), naam, tuple(leden)))
        return sorted(result, key=lambda h: h.naam.lower())

    def zorgsoorten_van(self, aanbieder_id: str) -> set[str]:
        """The zorgsoorten of the codes an aanbieder delivers (looked up once per aanbieder: every gemeente
        page groups the region-wide aanbieders by them, and per page that cost aanbieders x codes)."""
        return self._zorgsoorten_per_aanbieder.get(aanbieder_id, set())

    @cached_property
    def _zorgsoorten_per_aanbieder(self) -> dict[str, set[str]]:
        return {a: {self.codes[c].zorgsoort for c in codes} for a, codes in self.codes_per_aanbieder.items()}

    def categorie_van(self, ref: str) -> str:
        """The productcategorie of a productcode, or the category itself (pages are per category)."""
        info = self.codes.get(ref)
        return info.categorie.categorie if info else ref

    def overgangen(self, route_id: str) -> list[Edge]:
        """The transitions of a route in document order, from the graph the check built."""
        return overgangen(self.graphs[route_id])

    def nooduitgangen(self, route_id: str, stap_id: str) -> list[str]:
        """The emergency exits open from a step without being written there (see route_graph.altijd_uitgangen)."""
        graph = self.graphs[route_id]
        if stap_id not in graph:
            return []
        return [naar for naar in graph.successors(stap_id) if graph.edges[stap_id, naar].get("altijd")]

    def name(self, kind: str, key: str) -> str:
        return self._names[kind].get(key, key)

    @cached_property
    def _names(self) -> dict[str, dict[str, str]]:
        return {soort.naam: {getattr(item, soort.sleutel): getattr(item, soort.titel) for item in soort.items(self.content)}
                for soort in SOORTEN if soort.items is not None and soort.titel}

    def _beheerd(self) -> list:
        c = self.content
        items = [*c.routes, *c.aanbieders, *c.categorieen, *c.zorgsoorten, *c.begrippen, *c.gemeenten]
        return items + ([c.regio] if c.regio else [])

    def latest_check(self) -> _dt.date | None:
        """The most recent laatst_gecontroleerd in the content: the site's 'last modified' date."""
        return max((i.laatst_gecontroleerd for i in self._beheerd() if i.laatst_gecontroleerd), default=None)

    def peilperiode(self) -> tuple[_dt.date, _dt.date] | None:
        """The oldest and newest peildatum: which period the site describes."""
        dates = [i.peildatum for i in self._beheerd() if i.peildatum]
        return (min(dates), max(dates)) if dates else None

    def begrip(self, begrip_id: str) -> Begrip | None:
        return next((b for b in self.content.begrippen if b.id == begrip_id), None)


def _code_info(code: Productcode, categorie: Productcategorie) -> CodeInfo:
    def pick(own, default):
        return default if own is None else own

    return CodeInfo(code, categorie, pick(code.zorgsoort, categorie.zorgsoort),
                    pick(code.vrij_toegankelijk, categorie.vrij_toegankelijk),
                    pick(code.expertpool_advies_verplicht, categorie.expertpool_advies_verplicht),
                    tuple(pick(code.verwijzers, categorie.verwijzers)))


def _add(mapping: dict, key: str, value, identity) -> None:
    """Append once per identity (ids, not dataclass equality, which compares every field)."""
    mapping.setdefault(key, {}).setdefault(identity, value)


def build_catalog(content: Content, graphs: dict[str, nx.DiGraph]) -> Catalog:
    """Derived lookups over checked content; `graphs` are the route graphs the check computed."""
    catalog = Catalog(content, graphs)
    for categorie in sorted(content.categorieen, key=lambda c: c.categorie):
        catalog.categorieen[categorie.categorie] = categorie
        for code in sorted(categorie.productcodes, key=lambda p: p.code):
            catalog.codes[code.code] = _code_info(code, categorie)
    for aanbieder in sorted(content.aanbieders, key=lambda a: a.naam.lower()):
        codes = set()
        lopend = [c for c in aanbieder.contracten if c.loopt(catalog.today)]
        gebied = list(dict.fromkeys([*aanbieder.werkgebied, *(g for c in lopend for g in c.gemeenten)]))
        catalog.werkgebieden[aanbieder.id] = ["regio"] if "regio" in gebied else gebied
        catalog.product_refs[aanbieder.id] = list(dict.fromkeys([*aanbieder.producten, *(p for c in lopend for p in c.producten)]))
        for ref in catalog.product_refs[aanbieder.id]:
            _add(catalog.aanbieders_direct, ref, aanbieder, aanbieder.id)
            for code in catalog.codes_of(ref):
                _add(catalog.aanbieders_per_code, code, aanbieder, aanbieder.id)
                codes.add(code)
        catalog.codes_per_aanbieder[aanbieder.id] = sorted(codes)
    for route in content.routes:
        for stap in route.stappen:
            where = (route, stap)
            ident = (route.id, stap.id)
            for ref in stap.productcodes:
                _add(catalog.stappen_direct, ref, where, ident)
                for code in catalog.codes_of(ref):
                    _add(catalog.stappen_per_code, code, where, ident)
            for aanbieder_id in stap.aanbieders:
                _add(catalog.stappen_per_aanbieder, aanbieder_id, where, ident)
            for begrip_id in stap.begrippen:
                _add(catalog.stappen_per_begrip, begrip_id, where, ident)
            for other in [*stap.routes, *([stap.route] if stap.route else [])]:
                if other != route.id:
                    _add(catalog.verwijzingen_naar_route, other, where, ident)
    for mapping in (catalog.aanbieders_per_code, catalog.stappen_per_code, catalog.stappen_per_aanbieder,
                    catalog.stappen_per_begrip, catalog.verwijzingen_naar_route, catalog.aanbieders_direct,
                    catalog.stappen_direct):
        for key, bucket in mapping.items():
            mapping[key] = list(bucket.values())
    return catalog
