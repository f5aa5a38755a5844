"""Reference pages: begrippenlijst, bronnen, ondersteuningsvormen and hand-written pages."""
from __future__ import annotations

from ...content.catalog import Catalog
from ...content.citations import sectie_label
from ...content.model import Pagina
from .. import urls
from ..markdown_text import attr, blocks, external_url, inline, link
from ..wording import lokaal_team
from .common import LANDELIJK, Page, bron_links, finish, md_list, zoekwoorden_html
from .wijzigingen import gewijzigd_regel, wijzigingen_sectie


def render_begrippen(catalog: Catalog) -> Page:
    page = urls.BEGRIPPEN
    begrippen = sorted(catalog.content.begrippen, key=lambda b: b.term.lower())
    parts = ["# Begrippen en afkortingen",
             "Uitleg van begrippen en afkortingen die in de routes voorkomen. Afkortingen worden overal op de "
             "site uitgelegd als u de muis erop houdt."]
    for b in begrippen:
        kop = f"{b.term} ({b.afkorting})" if b.afkorting else b.term
        lines = [f"## {inline(kop)} {{#{urls.begrip_anchor(b.id)}}}", blocks(b.uitleg)]
        if b.zoekwoorden:
            lines.append(zoekwoorden_html(b))
        in_routes = catalog.stappen_per_begrip.get(b.id, [])
        if in_routes:
            lines.append("Komt voor in: " + ", ".join(
                link(f"{r.titel}: {s.titel}", urls.md_link(page, urls.route(r.id), urls.stap_anchor(s.id)))
                for r, s in in_routes) + ".")
        if b.bronnen:
            lines.append("Bron: " + "; ".join(bron_links(page, b, catalog)) + ".")
        parts.append("\n\n".join(lines))
    return finish(page, "\n\n".join(parts), catalog, "Begrippen en afkortingen")


def render_bronnen(catalog: Catalog) -> Page:
    parts = ["# Bronnen",
             "De inhoud van deze site is gebaseerd op de onderstaande documenten. Bij elke route, organisatie en "
             "productcategorie staat welk document en welk hoofdstuk de basis is. Waar de documenten iets niet "
             "zeggen, staat dat op de pagina."]
    for bron in catalog.content.bronnen:
        lines = [f"## {inline(bron.titel)} {{#{urls.bron_anchor(bron.id)}}}",
                 md_list([f"**Uitgever:** {inline(bron.uitgever)}", f"**Datum:** {inline(bron.datum)}"]
                         + ([f"**Online:** [{inline(bron.website)}]({external_url(bron.website)})"] if bron.website else [])).rstrip()]
        if bron.landelijk:
            lines.append(f"**{LANDELIJK.capitalize()}.**")
        if bron.omschrijving:
            lines.append(blocks(bron.omschrijving))
        if bron.secties:
            items = "".join(f"<li>{attr(sectie_label(s))}</li>" for s in bron.secties)
            lines.append(f'<details class="rw-secties"><summary>Hoofdstukken en paragrafen ({len(bron.secties)}), '
                         f"zoals de verwijzingen op deze site ze noemen</summary><ul>{items}</ul></details>")
        parts.append("\n\n".join(lines))
    return finish(urls.BRONNEN, "\n\n".join(parts), catalog, "Bronnen")


def render_ondersteuningsvormen(catalog: Catalog) -> Page:
    """The local team's entry point: forms of support, and who offers each."""
    page = urls.ONDERSTEUNINGSVORMEN
    vormen: dict[str, list] = {}
    for a in sorted(catalog.content.aanbieders, key=lambda a: a.naam.lower()):
        for vorm in a.ondersteuningsvormen:
            vormen.setdefault(vorm, []).append(a)
    parts = ["# Ondersteuningsvormen",
             "Welke hulp bieden de organisaties in de regio? Per vorm van ondersteuning staan de organisaties die "
             "hem bieden. Of een beschikking nodig is, staat bij de " + link("productcodes", urls.md_link(page, urls.PRODUCTCODES))
             + "; hoe u de hulp inzet, staat in de "
             + link(f"route via het {lokaal_team(catalog.content.regio)}", urls.md_link(page, urls.ROUTES)) + "."]
    for vorm in sorted(vormen, key=str.lower):
        parts.append(f"## {inline(vorm)}\n\n" + md_list([link(a.naam, urls.md_link(page, urls.aanbieder(a.id)))
                                                         for a in vormen[vorm]]).rstrip())
    if not vormen:
        parts.append("De brondocumenten noemen nog geen ondersteuningsvormen per organisatie.")
    return finish(page, "\n\n".join(parts), catalog, "Ondersteuningsvormen")


def render_pagina(pagina: Pagina, catalog: Catalog) -> Page:
    """Hand-written pages are Markdown by design; loading already refused raw HTML."""
    parts = [f"# {inline(pagina.titel)}", gewijzigd_regel(pagina), pagina.tekst, wijzigingen_sectie(pagina)]
    return finish(urls.pagina(pagina.id), "\n\n".join(p.strip() for p in parts if p), catalog, pagina.titel)
