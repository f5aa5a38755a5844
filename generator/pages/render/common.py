"""Pieces every page uses: the page object, Dutch dates, sources, ownership, abbreviations."""
from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import urls
from ...content.catalog import Catalog
from ..markdown_text import inline, link, page_title
from ...content.model import Beheer

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
NIET_IN_BRONNEN = "Niet vermeld in de brondocumenten."
_ABBR_SAFE = re.compile(r"[A-Za-z0-9()&/ -]+")


@dataclass(frozen=True)
class Page:
    """One generated Markdown file in the staging docs folder."""

    src: str
    markdown: str


def datum(value: _dt.date | None) -> str:
    if value is None:
        return "onbekend"
    return f"{value.day} {MAANDEN[value.month - 1]} {value.year}"


def beheer_regel(item: Beheer) -> str:
    """Owner and last-checked date, shown on every route and aanbieder page."""
    eigenaar = inline(item.eigenaar) if item.eigenaar else "onbekend"
    return (f'<p class="rw-beheer">Eigenaar: <strong>{eigenaar}</strong> · '
            f"Laatst gecontroleerd: <strong>{datum(item.laatst_gecontroleerd)}</strong></p>")


def bron_links(page_src: str, item: Beheer, catalog: Catalog) -> list[str]:
    regels = []
    for ref in item.bronnen:
        target = urls.md_link(page_src, urls.BRONNEN, urls.bron_anchor(ref.bron))
        sectie = f", {inline(ref.sectie)}" if ref.sectie else ""
        regels.append(f"{link(catalog.name('bron', ref.bron), target)}{sectie}")
    return regels


def bronnen_sectie(page_src: str, item: Beheer, catalog: Catalog) -> str:
    regels = bron_links(page_src, item, catalog)
    return "## Bronnen\n\n" + (md_list(regels) if regels else "Geen bron vermeld.\n")


@lru_cache(maxsize=8)
def _abbreviation_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern | None:
    if not pairs:
        return None
    alternatives = "|".join(re.escape(afk) for afk, _ in sorted(pairs, key=lambda p: -len(p[0])))
    return re.compile(r"(?<![\w\\])(" + alternatives + r")(?!\w)")


def _abbreviation_pairs(catalog: Catalog) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((b.afkorting, b.term.replace("\n", " ")) for b in catalog.content.begrippen
                        if b.afkorting and _ABBR_SAFE.fullmatch(b.afkorting)))


def abbreviations(markdown: str, catalog: Catalog) -> str:
    """Abbreviation definitions for the afkortingen that occur on this page (shown on hover).

    One pass with one alternation per page: a search per abbreviation per page was the
    single largest cost of rendering thousands of pages."""
    pairs = _abbreviation_pairs(catalog)
    pattern = _abbreviation_pattern(pairs)
    if pattern is None:
        return ""
    found = set(pattern.findall(markdown))
    lines = [f"*[{afk}]: {term}" for afk, term in pairs if afk in found]
    return ("\n\n" + "\n".join(lines) + "\n") if lines else ""


def finish(src: str, markdown: str, catalog: Catalog, title: str) -> Page:
    """The page's Markdown with an explicit, safe title (front matter) and its abbreviations."""
    body = markdown.rstrip() + "\n"
    front = f"---\ntitle: {json.dumps(page_title(title), ensure_ascii=False)}\n---\n\n"
    return Page(src, front + body + abbreviations(body, catalog))


def md_list(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items) + "\n" if items else ""


def leeftijd(min_leeftijd: int | None, max_leeftijd: int | None) -> str:
    if min_leeftijd is None and max_leeftijd is None:
        return NIET_IN_BRONNEN
    if min_leeftijd is None:
        return f"tot en met {max_leeftijd} jaar"
    if max_leeftijd is None:
        return f"vanaf {min_leeftijd} jaar"
    return f"{min_leeftijd} tot en met {max_leeftijd} jaar"
