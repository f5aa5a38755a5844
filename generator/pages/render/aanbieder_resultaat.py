"""One aanbieder as a short result: name, kind, zorgsoorten, and the facts a huisarts needs.

The finder lists every aanbieder this way and a gemeente page lists the ones active there; both
show the same facts (huisarts mag direct verwijzen, beschikking nodig, werkgebied, leeftijd, contact),
so a reader learns one layout and the facts are computed in one place.
"""
from __future__ import annotations

import re

from ...content.catalog import Catalog
from ...content.model import Aanbieder
from .. import urls
from ..markdown_text import attr, external_url, tel_href
from .aanbieders import soort_label
from .common import leeftijd
from .toegang import antwoorden, toegang_html

_REDACTIE = re.compile(r"\s*\([^()]*\b(bron|bronnen|brondocumenten)\b[^()]*\)", re.IGNORECASE)


def zonder_redactie(tekst: str) -> str:
    """A list item without the editors' remark about the sources ("24-uurszorg (verblijf; de bronnen noemen
    hiervoor geen productcode)" -> "24-uurszorg"): in a short result it reads as part of the name; the
    aanbieder page keeps the whole text."""
    return _REDACTIE.sub("", tekst).strip() or tekst


def contact(a: Aanbieder) -> str:
    """Phone as tel: and website, or plainly that the sources give none (never invented)."""
    links = []
    if a.telefoon:
        links.append(f'<a href="{attr(tel_href(a.telefoon))}">{attr(a.telefoon)}</a>')
    if a.website:
        links.append(f'<a href="{attr(external_url(a.website))}" rel="noopener">website</a>')
    return " · ".join(links) if links else "contact niet bekend"


def werkgebied(a: Aanbieder, catalog: Catalog) -> str:
    gebied = catalog.werkgebied(a)
    if "regio" in gebied:
        return "hele regio"
    return ", ".join(catalog.name("gemeente", g) for g in gebied) or "niet vermeld"


def feiten(a: Aanbieder, catalog: Catalog) -> str:
    """What a huisarts needs from one result, without opening the page. An organisation without
    productcodes (a local team, say) gets no 'niet bekend' answers about referral: they would only
    puzzle the reader."""
    infos = [catalog.codes[c] for c in catalog.codes_per_aanbieder[a.id]]
    d = a.doelgroep
    facts, toegang = [], ""
    if infos:
        beschikking, huisarts = antwoorden(infos)
        facts += [("huisarts", "Huisarts mag direct verwijzen", huisarts), ("beschikking", "Beschikking nodig", beschikking)]
        toegang = (f'<div class="rw-feiten__toegang"><dt>Toegang</dt>'
                   f'<dd data-feit="toegang">{toegang_html(beschikking, huisarts, infos)}</dd></div>')
    facts += [("werkgebied", "Werkgebied", werkgebied(a, catalog)),
              ("leeftijd", "Leeftijd", leeftijd(d.min_leeftijd, d.max_leeftijd) if d else "niet vermeld")]
    items = "".join(f'<div><dt>{attr(label)}</dt><dd data-feit="{key}">{attr(value)}</dd></div>' for key, label, value in facts)
    return f'<dl class="rw-feiten">{items}{toegang}<div><dt>Contact</dt><dd>{contact(a)}</dd></div></dl>'


def resultaat(a: Aanbieder, catalog: Catalog, from_page: str) -> str:
    """The result as a list item (raw HTML) for a list on `from_page`."""
    href = urls.html_link(from_page, urls.aanbieder(a.id))
    zorgsoorten = sorted({catalog.name("zorgsoort", z) for z in catalog.zorgsoorten_van(a.id)})
    details = [f"{soort_label(a.soort, catalog.content.regio)}", f"Zorgsoorten: {', '.join(zorgsoorten) or 'geen productcodes bekend'}"]
    if a.ondersteuningsvormen:
        details.append("Ondersteuning: " + ", ".join(zonder_redactie(v) for v in a.ondersteuningsvormen))
    return (f'<li data-id="{attr(a.id)}"><a href="{attr(href)}">{attr(a.naam)}</a>'
            f'<span class="rw-details">{attr(" · ".join(details))}</span>{feiten(a, catalog)}</li>')
