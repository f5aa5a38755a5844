"""A page per gemeente, and the gemeenten index."""
from __future__ import annotations

from ...content.catalog import Catalog
from ...content.model import Gemeente
from .. import urls
from ..markdown_text import inline, link
from ..wording import lokaal_team
from .common import NIET_IN_BRONNEN, Page, bron_link, bronnen_sectie, datum, finish, md_list


def _titel(g: Gemeente) -> str:
    """A former gemeente carries today's name in its title: readers search for the name they know now."""
    return f"Gemeente {g.naam}" + (f" (nu {g.opgegaan_in.naam})" if g.opgegaan_in else "")


def _herindeling(page: str, g: Gemeente, catalog: Catalog) -> str:
    h = g.opgegaan_in
    if h is None:
        return ""
    wanneer = f"Sinds {datum(h.datum)} hoort" if h.datum else "Inmiddels hoort"
    bron = bron_link(page, h.bron, None, catalog)
    toelichting = f" {inline(h.toelichting)}" if h.toelichting else ""
    return (f'!!! info "Nu gemeente {inline(h.naam)}"\n\n    {wanneer} {inline(g.naam)} bij de gemeente '
            f"**{inline(h.naam)}**.{toelichting} De gegevens hieronder beschrijven de gemeente {inline(g.naam)} "
            f"zoals de bronnen die noemen. (Bron: {bron}{', ' + inline(h.sectie) if h.sectie else ''}.)\n")


def render_gemeente(g: Gemeente, catalog: Catalog) -> Page:

    page = urls.gemeente(g.id)
    regio = catalog.content.regio
    facts = [f"**Regio:** {inline(regio.naam)}",
             f"**Subregio:** {inline(g.subregio) if g.subregio else NIET_IN_BRONNEN}",
             f"**{inline(lokaal_team(regio, hoofdletter=True))}:** "
             f"{inline(g.basisteam) if g.basisteam else NIET_IN_BRONNEN + ' Vraag het na bij de gemeente.'}",
             f"**Politie-basisteam:** {inline(g.politie_basisteam) if g.politie_basisteam else NIET_IN_BRONNEN}"]
    telling = g.jeugdigen_met_jeugdhulp
    if telling is not None:
        bron = bron_link(page, telling.bron, telling.sectie, catalog)
        facts.append(f"**Jongeren met jeugdhulp ({inline(telling.periode)}):** {telling.aantal} (bron: {bron})")
    aanbieders = catalog.aanbieders_in(g.id)
    lokaal = [a for a in aanbieders if "regio" not in a.werkgebied]
    regionaal = [a for a in aanbieders if "regio" in a.werkgebied]
    parts = [f"# {inline(_titel(g))}", _herindeling(page, g, catalog), md_list(facts).rstrip(),
             "## Waar begin je?\n\nEen vraag over opgroeien of opvoeden begint bij het "
             f"{inline(lokaal_team(regio))} van de gemeente. "
             "Bij direct gevaar: bel 112. Bij zorgen over onveiligheid: zie de "
             + link("veiligheidsroute", urls.md_link(page, urls.ROUTES)) + "."]
    for kop, groep in (("Organisaties in deze gemeente", lokaal), ("Organisaties voor de hele regio", regionaal)):
        if groep:
            parts.append(f"## {kop}\n\n" + md_list([link(a.naam, urls.md_link(page, urls.aanbieder(a.id)))
                                                    for a in sorted(groep, key=lambda a: a.naam.lower())]).rstrip())
    parts.append(bronnen_sectie(page, g, catalog))
    return finish(page, "\n\n".join(p for p in parts if p), catalog, _titel(g))


def render_gemeenten_index(catalog: Catalog) -> Page:
    page = urls.GEMEENTEN
    regio = catalog.content.regio
    gemeenten = sorted(regio.gemeenten, key=lambda g: g.naam.lower())
    rows = [f"| Gemeente | Subregio | {inline(lokaal_team(regio, hoofdletter=True))} |", "|---|---|---|"]
    for g in gemeenten:
        nu = f" (nu {inline(g.opgegaan_in.naam)})" if g.opgegaan_in else ""
        rows.append(f"| {link(g.naam, urls.md_link(page, urls.gemeente(g.id)))}{nu} | "
                    f"{inline(g.subregio) if g.subregio else '—'} | {inline(g.basisteam) if g.basisteam else 'niet vermeld'} |")
    text = (f"# Gemeenten\n\nDe {len(gemeenten)} gemeenten van {inline(regio.naam)}. Per gemeente staan het "
            f"{inline(lokaal_team(regio))} "
            "(als de bronnen dat noemen) en de organisaties die er werken.\n\n" + "\n".join(rows) + "\n")
    return finish(page, text, catalog, "Gemeenten")
