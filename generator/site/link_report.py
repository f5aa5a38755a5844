"""Content-aware wording for link problems: which entity's page links to which missing thing.

Inverts urls.py: a site path like `aanbieders/voorbeeldzorg/index.html` is "de pagina van aanbieder
'Voorbeeldzorg'", and `productcodes/index.html#45A99` is "productcode 45A99".
"""
from __future__ import annotations

import re

from ..content.catalog import Catalog
from ..pages import urls
from .linkcheck import BrokenLink, LinkReport, resolve

CODE = re.compile(r"\d\d[A-Z]\d\d")


def _html_path(src: str) -> str:
    return urls.page_url(src) + "index.html"


def page_labels(catalog: Catalog) -> dict[str, str]:
    content = catalog.content
    labels = {_html_path(urls.HOME): "de startpagina", _html_path(urls.PRODUCTCODES): "de productcodepagina",
              _html_path(urls.AANBIEDERS): "het aanbiedersoverzicht", _html_path(urls.ROUTES): "het routeoverzicht",
              _html_path(urls.GEMEENTEN): "het gemeenteoverzicht", _html_path(urls.BEGRIPPEN): "de begrippenlijst",
              _html_path(urls.BRONNEN): "de bronnenpagina",
              _html_path(urls.ONDERSTEUNINGSVORMEN): "de pagina ondersteuningsvormen",
              _html_path(urls.DOWNLOADS): "de pagina open data", _html_path(urls.FINDER): "de zoekpagina voor aanbieders"}
    labels.update({_html_path(urls.route(r.id)): f"de pagina van route '{r.titel}'" for r in content.routes})
    labels.update({_html_path(urls.aanbieder(a.id)): f"de pagina van aanbieder '{a.naam}'" for a in content.aanbieders})
    labels.update({_html_path(urls.gemeente(g.id)): f"de pagina van gemeente '{g.naam}'" for g in content.gemeenten})
    labels.update({_html_path(urls.pagina(p.id)): f"de pagina '{p.titel}'" for p in content.paginas})
    return labels


def describe_target(target: str, fragment: str) -> str:
    parts = target.strip("/").split("/")
    if target.startswith("productcodes") and CODE.fullmatch(fragment):
        return f"productcode {fragment}"
    if fragment.startswith("stap-") and parts[0] == "zorgroutes" and len(parts) >= 2:
        return f"stap '{fragment[5:]}' van route '{parts[1]}'"
    kinds = {"aanbieders": "aanbieder", "zorgroutes": "route", "gemeenten": "gemeente"}
    if len(parts) >= 2 and parts[0] in kinds and parts[1] not in ("", "index.html"):
        return f"{kinds[parts[0]]} '{parts[1]}'"
    return f"'{target}{'#' + fragment if fragment else ''}'"


def describe(broken: BrokenLink, labels: dict[str, str], base_path: str = "/") -> str:
    """One Dutch sentence: where the link is, what it points at, what is wrong."""
    where = labels.get(broken.page, f"pagina {broken.page}")
    if broken.reden == "doel bestaat niet" or broken.reden.startswith("anker "):
        target, fragment = resolve(broken.page, broken.target, base_path)
        return (f"{where[0].upper()}{where[1:]} ({broken.page}) linkt naar {describe_target(target, fragment)}, "
                f"die niet bestaat ({broken.reden}; link: {broken.target}).")
    return f"{where[0].upper()}{where[1:]} ({broken.page}) heeft een foute link {broken.target}: {broken.reden}."


def problems(report: LinkReport, labels: dict[str, str], base_path: str = "/") -> list[tuple[str, str]]:
    """(page, Dutch sentence) for every broken link and every unreachable page."""
    found = [(broken.page, describe(broken, labels, base_path)) for broken in report.broken]
    found += [(orphan, f"{labels.get(orphan, orphan)} ({orphan}) is vanaf de startpagina niet bereikbaar.")
              for orphan in report.orphans]
    return found
