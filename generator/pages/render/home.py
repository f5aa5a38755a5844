"""The home page: three entry points, the routes at a glance, and what to do when a child is unsafe."""
from __future__ import annotations

from ...content.catalog import Catalog
from .. import urls
from ..markdown_text import attr, blocks, inline, link
from ..wording import home_titel, lokaal_team, lokale_teams
from .common import Page, datum, finish, maand, nood_lijst

PAGE = urls.HOME


def _card(title: str, text: str, href: str, label: str) -> str:
    """A task card: the whole card is one link (its ::after covers the card), named by its title alone."""
    return (f'<li class="rw-ingang"><h2><a class="rw-ingang__link" href="{attr(href)}">{attr(title)}</a></h2>'
            f'<p>{attr(text)}</p><p class="rw-ingang-actie" aria-hidden="true">{attr(label)} →</p></li>')


def _periode(catalog: Catalog) -> str:
    """One sentence on the period the site describes, so nobody mistakes old facts for today's."""
    periode = catalog.peilperiode()
    if periode is None:
        return ""
    van, tot = (maand(d) for d in periode)
    wanneer = van if van == tot else f"{van} tot {tot}"
    checked = catalog.latest_check()
    if checked and checked > periode[1]:
        na = f"Laatst gecontroleerd: {datum(checked)}."
    else:
        na = "Sindsdien is de inhoud niet gecontroleerd: namen en afspraken kunnen veranderd zijn."
    return f'<p class="rw-periode"><strong>Deze site beschrijft de situatie van {attr(wanneer)}.</strong> {attr(na)}</p>'


def render_home(catalog: Catalog) -> Page:
    content = catalog.content
    regio = content.regio
    veiligheid = next((r for r in content.routes if r.soort == "veiligheidsroute"), None)
    cards = [
        _card("Ik zoek een route", f"Voor een {lokaal_team(regio)}, school of politie: welke route volg ik, wie beslist, "
              "welk bericht gaat waarheen?", urls.html_link(PAGE, urls.ROUTES), "Naar de zorgroutes"),
        _card("Ik zoek een aanbieder", "Voor huisarts of jeugdarts: wie levert deze hulp, voor welke leeftijd en gemeente, "
              "en mag ik direct verwijzen?", urls.html_link(PAGE, urls.FINDER), "Naar de zoekpagina"),
        _card("Ik zoek ondersteuning", "Welke ondersteuning is er, wie biedt die en is een "
              "beschikking nodig?", urls.html_link(PAGE, urls.ONDERSTEUNINGSVORMEN), "Naar het overzicht"),
    ]
    # The tasks first: on a phone all three cards share the first screen with the emergency bar.
    parts = [f"# {inline(home_titel(regio))}", '<ul class="rw-ingangen">\n' + "\n".join(cards) + "\n</ul>",
             _periode(catalog)]
    if veiligheid:
        parts.append("## Is een kind niet veilig?\n\n" + nood_lijst(regio) + "\n\n"
                     + "Twijfelt u? Volg de " + link(veiligheid.titel, urls.md_link(PAGE, urls.route(veiligheid.id)))
                     + " (meldcode en afwegingskader).")
    parts.append("## Over de regio\n\n" + blocks(regio.omschrijving))
    route_items = "\n".join(f"- {link(r.titel, urls.md_link(PAGE, urls.route(r.id)))}: {inline(r.samenvatting)}"
                            for r in content.routes)
    parts.append("## De routes\n\n" + route_items)
    parts.append("## Meer\n\n" + "\n".join([
        f"- {link('Productcodes', urls.md_link(PAGE, urls.PRODUCTCODES))}: alle codes per zorgsoort, met aanbieders en routes.",
        f"- {link('Gemeenten', urls.md_link(PAGE, urls.GEMEENTEN))}: de {len(content.gemeenten)} gemeenten en hun {inline(lokale_teams(regio))}.",
        f"- {link('Begrippen', urls.md_link(PAGE, urls.BEGRIPPEN))}: uitleg van begrippen en afkortingen.",
        f"- {link('Bronnen', urls.md_link(PAGE, urls.BRONNEN))}: de documenten waarop deze site is gebaseerd.",
    ] + [f"- {link(p.titel, urls.md_link(PAGE, urls.pagina(p.id)))}" for p in content.paginas]))
    return finish(PAGE, "\n\n".join(p for p in parts if p), catalog, home_titel(regio))
