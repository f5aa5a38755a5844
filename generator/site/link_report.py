"""Content-aware wording for link problems: which entity's page links to which missing thing.

Inverts urls.py: a site path like `aanbieders/voorbeeldzorg/index.html` is "de pagina van aanbieder
'Voorbeeldzorg'", and `productcodes/index.html#45A99` is "productcode 45A99".
"""
from __future__ import annotations

from ..content.catalog import Catalog
from ..content.fields import PRODUCTCODE
from ..pages import registry, urls
from .linkcheck import BrokenLink, LinkReport, resolve

CODE = PRODUCTCODE.pattern


def _html_path(src: str) -> str:
    return urls.page_url(src) + "index.html"


def page_labels(catalog: Catalog) -> dict[str, str]:
    """Built HTML path -> how a Dutch message names the page, from the page registry."""
    return {_html_path(src): label for src, label in registry.page_labels(catalog.content).items()}


def describe_target(target: str, fragment: str) -> str:
    parts = target.strip("/").split("/")
    if target.startswith(urls.page_url(urls.PRODUCTCODES)) and CODE.fullmatch(fragment):
        return f"productcode {fragment}"
    if fragment.startswith(urls.STAP_ANCHOR) and parts[0] + "/" == urls.page_url(urls.ROUTES) and len(parts) >= 2:
        return f"stap '{fragment.removeprefix(urls.STAP_ANCHOR)}' van route '{parts[1]}'"
    soort = registry.entity_folders().get(parts[0] + "/")
    if soort and len(parts) >= 2 and parts[1] not in ("", "index.html"):
        return f"{soort.naam} '{parts[1]}'"
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
