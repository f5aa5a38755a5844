"""'Recent gewijzigd': the newest changes across the site, newest first, each linked to its place on its page."""
from __future__ import annotations

from itertools import groupby

from ...content.catalog import Catalog
from .. import urls
from ..markdown_text import inline, link
from ..wijzigingen import NIEUWSTE, alle_meldingen
from .common import Page, datum, finish

TITEL = "Recent gewijzigd"


def render_recent(catalog: Catalog) -> Page:
    page = urls.RECENT
    meldingen = alle_meldingen(catalog.content)
    lines = [f"# {TITEL}", "",
             "Wat er op deze site is veranderd voor professionals, nieuwste eerst. Elke wijziging staat ook op de "
             "pagina zelf, bovenaan en onder 'Wijzigingen'. Bij **Let op** moet u nu iets anders doen dan voorheen.", ""]
    if catalog.content.regio.site.url:
        lines += [f"Volg de wijzigingen in een feedlezer: {link('feed.xml (Atom)', urls.md_link(page, urls.FEED))}.", ""]
    if not meldingen:
        lines.append("Er zijn nog geen wijzigingen vastgelegd.")
    for dag, groep in groupby(meldingen[:NIEUWSTE], key=lambda m: m.datum):
        lines += [f"## {datum(dag)}", ""]
        for m in groep:
            let_op = "**Let op: u moet nu iets anders doen.** " if m.werkwijze else ""
            target = urls.md_link(page, m.src, m.anchor)
            lines.append(f"- {let_op}{link(m.titel, target)} ({m.soort}): {inline(m.wat)}")
        lines.append("")
    if len(meldingen) > NIEUWSTE:
        lines.append(f"Hier staan de {NIEUWSTE} nieuwste wijzigingen; oudere staan op de pagina's zelf.")
    return finish(page, "\n".join(lines), catalog, TITEL)
