"""The productcode catalogue: zorgsoort -> productcategorie (our containercode level) -> code.

One page, one table, so that `productcodes/#45A48` is a stable link for every code and the
table can be filtered and sorted as a whole (catalogus.js; without JavaScript it is a plain
table grouped by category). Each row says who delivers the code, which route steps lead to it
and whether a huisarts may refer directly.
"""
from __future__ import annotations

from ...content.catalog import Catalog, CodeInfo
from ...content.fields import ja_nee
from .. import urls
from ..markdown_text import attr, blocks, inline, link
from ..wording import telwoord
from .common import Page, bron_links, finish

PAGE = urls.PRODUCTCODES
COLUMNS = ["Code", "Naam", "Zorgsoort", "Categorie", "Eenheid", "Beschikking nodig", "Expertpool-advies verplicht",
           "Verwijzers", "Huisarts mag direct verwijzen", "Aanbieders", "In routes"]
EXPERTPOOL = "Expertpool-advies verplicht"


def heeft_expertpool(catalog: Catalog) -> bool:
    """Only a region whose content asks for expertpool advice somewhere has an expertpool column."""
    return any(info.expertpool_advies_verplicht for info in catalog.codes.values())


def columns(catalog: Catalog) -> list[str]:
    return COLUMNS if heeft_expertpool(catalog) else [c for c in COLUMNS if c != EXPERTPOOL]


def _links(items: list[tuple[str, str]]) -> str:
    return ", ".join(f'<a href="{attr(href)}">{attr(label)}</a>' for label, href in items) or "—"


def _aanbieder_links(catalog: Catalog, ref: str) -> list[tuple[str, str]]:
    return [(a.naam, urls.html_link(PAGE, urls.aanbieder(a.id))) for a in catalog.aanbieders_direct.get(ref, [])]


def _route_links(catalog: Catalog, ref: str) -> list[tuple[str, str]]:
    return [(f"{r.titel}: {s.titel}", urls.html_link(PAGE, urls.route(r.id), urls.stap_anchor(s.id)))
            for r, s in catalog.stappen_direct.get(ref, [])]


def _with_category(direct: list[tuple[str, str]], category_count: int, nummer: str) -> str:
    """Direct references, plus one link to the category row instead of repeating category-wide ones
    on every code (at 50x content that repetition made this page 162 MB)."""
    text = _links(direct) if direct else ("" if category_count else "—")
    if category_count:
        more = f'<a href="#{urls.categorie_anchor(nummer)}">+ {category_count} voor de hele categorie</a>'
        text = f"{text}, {more}" if direct else more
    return text


def _row(info: CodeInfo, catalog: Catalog, expertpool: bool) -> str:
    code = info.code
    nummer = info.categorie.categorie
    aanbieders = _with_category(_aanbieder_links(catalog, code.code), len(catalog.aanbieders_direct.get(nummer, [])), nummer)
    routes = _with_category(_route_links(catalog, code.code), len(catalog.stappen_direct.get(nummer, [])), nummer)
    verwijzers = ", ".join(catalog.name("verwijzer", v) for v in info.verwijzers)
    details = " · ".join(x for x in (code.uitvoeringsvariant, code.hulpvorm) if x)
    eenheid = catalog.name("eenheid", code.eenheid) if code.eenheid else "—"
    cells = [f"{attr(code.naam)}<br><small>{attr(details)}</small>", attr(catalog.name("zorgsoort", info.zorgsoort)),
             attr(info.categorie.categorie), attr(eenheid), ja_nee(not info.vrij_toegankelijk),
             *([ja_nee(info.expertpool_advies_verplicht)] if expertpool else []),
             attr(verwijzers), ja_nee(info.huisarts_mag_verwijzen), aanbieders, routes]
    return (f'<tr id="{attr(code.code)}" data-zoekresultaat="productcode" data-zorgsoort="{attr(info.zorgsoort)}" '
            f'data-beschikking="{ja_nee(not info.vrij_toegankelijk)}" data-huisarts="{ja_nee(info.huisarts_mag_verwijzen)}">'
            f'<th scope="row"><a href="#{attr(code.code)}">{attr(code.code)}</a></th>'
            + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")


def _group(nummer: str, catalog: Catalog, expertpool: bool) -> str:
    categorie = catalog.categorieen[nummer]
    rows = "\n".join(_row(catalog.codes[p.code], catalog, expertpool) for p in sorted(categorie.productcodes, key=lambda p: p.code))
    label = f"{nummer} {categorie.naam} — {catalog.name('zorgsoort', categorie.zorgsoort)}"
    extra = ""
    if catalog.aanbieders_direct.get(nummer):
        extra += f"<br><small>Aanbieders voor de hele categorie: {_links(_aanbieder_links(catalog, nummer))}</small>"
    if catalog.stappen_direct.get(nummer):
        extra += f"<br><small>Routes naar de hele categorie: {_links(_route_links(catalog, nummer))}</small>"
    return (f'<tbody class="rw-groep"><tr id="{urls.categorie_anchor(nummer)}" class="rw-groepkop">'
            f'<th colspan="{len(COLUMNS) - (0 if expertpool else 1)}" scope="rowgroup">{attr(label)}{extra}</th></tr>\n{rows}\n</tbody>')


def _filters(catalog: Catalog) -> str:
    zorgsoorten = "".join(f'<option value="{attr(z.id)}">{attr(z.naam)}</option>' for z in catalog.content.zorgsoorten)
    return ('<form id="rw-catalogus" class="rw-finder" role="search" aria-label="Productcodes filteren" data-search-exclude hidden>'
            '<div class="rw-veld"><label for="c-tekst">Zoek op code of naam</label>'
            '<input type="search" id="c-tekst" autocomplete="off"></div>'
            f'<div class="rw-veld"><label for="c-zorgsoort">Zorgsoort</label><select id="c-zorgsoort">'
            f'<option value="">Alle zorgsoorten</option>{zorgsoorten}</select></div>'
            '<div class="rw-veld"><label for="c-beschikking">Beschikking nodig</label><select id="c-beschikking">'
            '<option value="">Maakt niet uit</option><option value="ja">ja</option><option value="nee">nee</option></select></div>'
            '<div class="rw-veld rw-veld--vink"><input type="checkbox" id="c-huisarts">'
            '<label for="c-huisarts">Huisarts mag direct verwijzen</label></div>'
            '<div class="rw-knoppen"><button type="reset" class="md-button">Wis filters</button></div></form>'
            f'<p id="c-aantal" class="rw-aantal">{len(catalog.codes)} productcodes</p>'
            '<p id="c-melding" class="rw-sr-only" role="status" aria-live="polite"></p>')


def _table(catalog: Catalog) -> str:
    head = "".join(f'<th scope="col">{c}</th>' for c in columns(catalog))
    expertpool = heeft_expertpool(catalog)
    groups = "\n".join(_group(nummer, catalog, expertpool) for nummer in catalog.categorieen)
    return (f'<div class="rw-tabel"><table id="rw-codes" class="rw-codes">\n'
            f"<caption>Alle productcodes, per categorie. Kies een kolomkop om te sorteren.</caption>\n"
            f"<thead><tr>{head}</tr></thead>\n{groups}\n</table></div>")


def _mapping_table(catalog: Catalog) -> str:
    rows = ["| Categorie | Naam | Zorgsoort | Codes |", "|---|---|---|---|"]
    for nummer, categorie in catalog.categorieen.items():
        target = urls.md_link(PAGE, PAGE, urls.categorie_anchor(nummer))
        rows.append(f"| {link(nummer, target)} | {inline(categorie.naam)} | "
                    f"{inline(catalog.name('zorgsoort', categorie.zorgsoort))} | {len(categorie.productcodes)} |")
    return "\n".join(rows) + "\n"


def _zorgsoorten(catalog: Catalog) -> list[str]:
    parts = ["## Zorgsoorten"]
    for zorgsoort in catalog.content.zorgsoorten:
        parts.append(f"### {inline(zorgsoort.naam)} {{#{urls.zorgsoort_anchor(zorgsoort.id)}}}")
        parts.append(blocks(zorgsoort.omschrijving))
        categorieen = [c for c in catalog.categorieen.values() if c.zorgsoort == zorgsoort.id]
        extra = sorted(i.code.code for i in catalog.codes.values()
                       if i.zorgsoort == zorgsoort.id and i.categorie.zorgsoort != zorgsoort.id)
        if categorieen:
            parts.append("Categorieën: " + ", ".join(link(f"{c.categorie} {c.naam}", urls.md_link(PAGE, PAGE, urls.categorie_anchor(c.categorie)))
                                                   for c in categorieen) + ".")
        if extra:
            parts.append("Ook onder deze zorgsoort vallen: " + ", ".join(link(c, urls.md_link(PAGE, PAGE, c)) for c in extra) + ".")
        if not categorieen and not extra:
            parts.append("Er staan nog geen productcodes onder deze zorgsoort.")
    return parts


def _categorie_toelichting(catalog: Catalog) -> list[str]:
    parts = ["## Toelichting en bronnen per categorie"]
    for nummer, categorie in catalog.categorieen.items():
        text = f"**{nummer} {inline(categorie.naam)}.**"
        if categorie.omschrijving:
            text += " " + inline(categorie.omschrijving)
        bronnen = bron_links(PAGE, categorie, catalog)
        text += " Bronnen: " + ("; ".join(bronnen) if bronnen else "geen bron vermeld") + "."
        parts.append(text)
    return parts


def render_productcodes(catalog: Catalog) -> Page:
    script = urls.site_asset(PAGE, "assets/javascripts/catalogus.js")
    parts = ["# Productcodes",
             "Alle productcodes, ingedeeld naar zorgsoort en productcategorie. Per code staat of er een "
             "beschikking (zorgtoewijzing) nodig is, "
             + ("of advies van de expertpool verplicht is, " if heeft_expertpool(catalog) else "") + "wie mag verwijzen, "
             "welke aanbieders de code leveren en via welke routes je er komt. Elke code heeft een eigen link, "
             "bijvoorbeeld `productcodes/#45A48`.",
             "## Indeling: categorie naar zorgsoort {#indeling}",
             f"De regio deelt de zorg in {telwoord(len(catalog.content.zorgsoorten))} zorgsoorten in."
             + (" " + inline(catalog.content.zorgsoorten_toelichting) if catalog.content.zorgsoorten_toelichting else ""),
             _mapping_table(catalog), *_zorgsoorten(catalog),
             "## Alle productcodes {#codes}", _filters(catalog), _table(catalog),
             *_categorie_toelichting(catalog), f'<script src="{script}" defer></script>']
    return finish(PAGE, "\n\n".join(parts), catalog, "Productcodes")
