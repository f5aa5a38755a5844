"""A page per gemeente, and the gemeenten index."""
from __future__ import annotations

from ...content.catalog import Catalog
from ...content.model import Gemeente
from .. import urls
from ..markdown_text import attr, inline, link
from ..wording import lokaal_team
from .aanbieder_resultaat import resultaat
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


def _lokaal_team(page: str, g: Gemeente, catalog: Catalog) -> str:
    """First what a reader needs: where to go in this gemeente (the emergency numbers and the way to the
    veiligheidsroute are in the bar above every page). The local team's details come from its aanbieder
    entry when the content has one; nothing is invented."""
    regio = catalog.content.regio
    team_naam = lokaal_team(regio)
    teams = [a for a in catalog.lokale_aanbieders(g.id) if a.soort == "basisteam"]
    parts = [f"## Waar kan ik terecht in {inline(g.naam)}?",
             f"Een vraag over opgroeien of opvoeden begint bij het {inline(team_naam)} van de gemeente."]
    if teams:
        parts.append('<ul class="rw-resultaten rw-team">\n' + "\n".join(resultaat(a, catalog, page) for a in teams) + "\n</ul>")
    elif g.basisteam:
        parts.append(f"**{inline(lokaal_team(regio, hoofdletter=True))}:** {inline(g.basisteam)}. De bronnen van deze site "
                     "geven geen contactgegevens; de gemeente kan ze geven.")
    else:
        parts.append(f"**{inline(lokaal_team(regio, hoofdletter=True))}:** {NIET_IN_BRONNEN} Vraag bij de gemeente naar "
                     f"het {inline(team_naam)}.")
    return "\n\n".join(parts)


def _routes(page: str, catalog: Catalog) -> str:
    """The routes, the veiligheidsroute first: they apply in every gemeente of the region. Names only, at
    most ROUTES_MAX (then a link to the overview of all routes), and left out of the search index: the
    same list on every gemeente page would bury the routes themselves."""
    routes = sorted(catalog.content.routes, key=lambda r: r.soort != "veiligheidsroute")
    shown = routes[:ROUTES_MAX]
    items = "\n".join(f'<li><a href="{attr(urls.html_link(page, urls.route(r.id)))}">{attr(r.titel)}</a></li>' for r in shown)
    if len(routes) > len(shown):
        alle = attr(urls.html_link(page, urls.ROUTES))
        items += f'\n<li><a class="rw-meer" href="{alle}">en {len(routes) - len(shown)} meer: alle routes</a></li>'
    return f'## Routes\n\nDe routes gelden in alle gemeenten van de regio.\n\n<ul class="rw-routelijst" data-search-exclude>\n{items}\n</ul>'


# A gemeente page shows at most this many aanbieders with their facts, and this many names per zorgsoort of
# the region-wide ones; the rest is "en N meer" in the finder filtered on the gemeente (and zorgsoort). So a
# gemeente page stays the same size whatever the size of the region (at 50x content it was 124 KB).
LOKAAL_MAX = 12
REGIO_PER_ZORGSOORT = 8
ROUTES_MAX = 12


def _meer(page: str, g: Gemeente, rest: int, zorgsoort: str = "") -> str:
    """'en N meer', a link to the finder showing exactly those (this gemeente, this zorgsoort)."""
    query = f"?gemeente={g.id}" + (f"&zorgsoort={zorgsoort}" if zorgsoort else "")
    href = urls.html_link(page, urls.FINDER) + query
    return f'<a class="rw-meer" href="{attr(href)}">en {rest} meer in de aanbiedervinder</a>'


def _regio_per_zorgsoort(page: str, g: Gemeente, catalog: Catalog) -> str:
    """The region-wide aanbieders by zorgsoort, names only and at most REGIO_PER_ZORGSOORT each: they are
    the same on every gemeente page, and listed whole they made each page grow with the whole region; the
    finder link shows the others with their facts."""
    rows = []
    for z, groep in catalog.regio_per_zorgsoort.items():
        naam = catalog.name("zorgsoort", z) if z else "Zonder productcodes in de bronnen"
        shown = groep[:REGIO_PER_ZORGSOORT]
        links = " · ".join(f'<a href="{attr(urls.html_link(page, urls.aanbieder(a.id)))}">{attr(a.naam)}</a>' for a in shown)
        if len(groep) > len(shown):
            links += " · " + _meer(page, g, len(groep) - len(shown), z)
        rows.append(f"<li><strong>{attr(naam)}:</strong> {links}</li>")
    return '<ul class="rw-regio" data-search-exclude>\n' + "\n".join(rows) + "\n</ul>"


def _aanbieders(page: str, g: Gemeente, catalog: Catalog) -> str:
    """The aanbieders active here: the local ones as the finder shows them, the region-wide ones by
    zorgsoort; out of the search index like the routes (an aanbieder's own page is the hit for its name,
    not the 23 gemeenten it works in)."""
    lokaal = [a for a in catalog.lokale_aanbieders(g.id) if a.soort != "basisteam"]
    regio = catalog.regio_aanbieders
    finder = urls.html_link(page, urls.FINDER) + f"?gemeente={g.id}"
    parts = [f"## Aanbieders in {inline(g.naam)}",
             f'<p>Organisaties die hier werken volgens de bronnen. Bekijk ze met toegang, leeftijd en contact, en filter '
             f'ze op zorgsoort of productcode, in de <a href="{attr(finder)}">aanbiedervinder voor {attr(g.naam)}</a>.</p>']
    if lokaal:
        shown = sorted(lokaal, key=lambda a: a.naam.lower())[:LOKAAL_MAX]
        meer = f"\n<p>{_meer(page, g, len(lokaal) - len(shown))}</p>" if len(lokaal) > len(shown) else ""
        parts.append("### In deze gemeente\n\n" + '<ul class="rw-resultaten" data-search-exclude>\n'
                     + "\n".join(resultaat(a, catalog, page) for a in shown) + "\n</ul>" + meer)
    if regio:
        wie = "Deze organisatie werkt" if len(regio) == 1 else f"Deze {len(regio)} organisaties werken"
        parts.append("### Voor de hele regio\n\n" + f"<p>{wie} in de hele regio, dus ook in {attr(g.naam)}.</p>\n"
                     + _regio_per_zorgsoort(page, g, catalog))
    if not lokaal and not regio:
        parts.append("De bronnen noemen geen organisaties voor deze gemeente.")
    return "\n\n".join(parts)


def _gegevens(page: str, g: Gemeente, catalog: Catalog) -> str:
    regio = catalog.content.regio
    facts = [f"**Regio:** {inline(regio.naam)}",
             f"**Subregio:** {inline(g.subregio) if g.subregio else NIET_IN_BRONNEN}",
             f"**Politie-basisteam:** {inline(g.politie_basisteam) if g.politie_basisteam else NIET_IN_BRONNEN}"]
    telling = g.jeugdigen_met_jeugdhulp
    if telling is not None:
        bron = bron_link(page, telling.bron, telling.sectie, catalog)
        facts.append(f"**Jongeren met jeugdhulp ({inline(telling.periode)}):** {telling.aantal} (bron: {bron})")
    return "## Gegevens over de gemeente\n\n" + md_list(facts).rstrip()


def render_gemeente(g: Gemeente, catalog: Catalog) -> Page:
    """'Waar kan ik terecht in deze gemeente?': the local team first, then the routes and the aanbieders
    active here (with the facts a huisarts needs), then the figures and the sources."""
    page = urls.gemeente(g.id)
    parts = [f"# {inline(_titel(g))}", _herindeling(page, g, catalog), _lokaal_team(page, g, catalog),
             _routes(page, catalog), _aanbieders(page, g, catalog), _gegevens(page, g, catalog),
             bronnen_sectie(page, g, catalog)]
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
