"""The productcode catalogue: an index, and one page per productcategorie.

One page per category, because a huisarts arrives with a category ("categorie 45") or a code
("45A48"), and the whole catalogue on one page was 85,000 px long and wider than the column. The index
finds a code by number or name, lists the categories per zorgsoort with the answers a huisarts
needs (beschikking nodig, huisarts mag verwijzen), and keeps every old address working: the codes
(`productcodes/#45A48`) and categories (`#categorie-45`) still have anchors there, and catalogus.js
forwards them to the code's own page.

A category page has one table (codes never wrap, a sticky header on the desktop, a card per code on
a phone) that catalogus.js filters and sorts, with the state in the address. Each code row keeps
its `id` and `data-zoekresultaat`, so the site search finds a code and lands on it.
"""
from __future__ import annotations

import json
import posixpath

from ...content.catalog import Catalog, CodeInfo
from ...content.fields import ja_nee
from ...content.model import Productcategorie
from .. import urls
from ..markdown_text import attr, blocks, inline
from ..wording import telwoord
from .common import Page, bron_links, finish, zoekwoorden_html
from .toegang import antwoorden, toegang_html
from .wijzigingen import gewijzigd_regel, wijzigingen_sectie

PAGE = urls.PRODUCTCODES
EXPERTPOOL = "Expertpool-advies verplicht"
# A huisarts's questions first: on a phone the card shows them right under the code and its name.
COLUMNS = ["Code", "Naam", "Beschikking nodig", "Huisarts mag direct verwijzen", "Aanbieders", "In routes", EXPERTPOOL]
# Facts that are not columns (the table must fit the text column): said once above the table when all
# codes of the category share them, otherwise under each code's name.
BIJ_DE_NAAM = ("Eenheid", "Verwijzers")
HELE_CATEGORIE = "hele-categorie"
# Facts to read on the row, not words to find it by: every code has them ("Huisarts mag direct verwijzen:
# ja"), so the site search left them out of a row's record, or "huisarts" would answer with four arbitrary
# codes before the aanbieders. The catalogue's filters ask these questions.
NIET_GEZOCHT = {"Beschikking nodig", "Huisarts mag direct verwijzen", "In routes", EXPERTPOOL, *BIJ_DE_NAAM}


def heeft_expertpool(catalog: Catalog) -> bool:
    """Only a region whose content asks for expertpool advice somewhere has an expertpool column."""
    return any(info.expertpool_advies_verplicht for info in catalog.codes.values())


def columns(catalog: Catalog) -> list[str]:
    return COLUMNS if heeft_expertpool(catalog) else [c for c in COLUMNS if c != EXPERTPOOL]


def _links(items: list[tuple[str, str]]) -> str:
    return ", ".join(f'<a href="{attr(href)}">{attr(label)}</a>' for label, href in items)


def _aanbieder_links(page: str, catalog: Catalog, ref: str) -> list[tuple[str, str]]:
    return [(a.naam, urls.html_link(page, urls.aanbieder(a.id))) for a in catalog.aanbieders_direct.get(ref, [])]


def _route_links(page: str, catalog: Catalog, ref: str) -> list[tuple[str, str]]:
    return [(f"{r.titel}: {s.titel}", urls.html_link(page, urls.route(r.id), urls.stap_anchor(s.id)))
            for r, s in catalog.stappen_direct.get(ref, [])]


def _with_category(direct: list[tuple[str, str]], category_count: int, soort: tuple[str, str]) -> str:
    """Direct references, plus one link to the category-wide ones above the table instead of repeating
    them on every code (at 50x content that repetition made the catalogue 162 MB). `soort` names one and
    several ('aanbieder', 'aanbieders'): '+ 2 (hele categorie)' puzzled readers."""
    parts = [_links(direct)] if direct else []
    if category_count:
        noun = soort[0] if category_count == 1 else soort[1]
        parts.append(f'<a href="#{HELE_CATEGORIE}">{category_count} {noun} voor de hele categorie</a>')
    return " en ".join(parts) or "—"


def _cell(label: str, content: str) -> str:
    niet_gezocht = " data-search-exclude" if label in NIET_GEZOCHT else ""
    return f'<td data-label="{attr(label)}"{niet_gezocht}>{content}</td>'


def _waarden(info: CodeInfo, catalog: Catalog, page: str) -> dict[str, str]:
    """Every column's cell (HTML) for one code."""
    code = info.code
    nummer = info.categorie.categorie
    details = " · ".join(x for x in (code.uitvoeringsvariant, code.hulpvorm) if x)
    return {"Naam": attr(code.naam) + (f"<br><small>{attr(details)}</small>" if details else ""),
            "Beschikking nodig": ja_nee(not info.vrij_toegankelijk),
            "Huisarts mag direct verwijzen": ja_nee(info.huisarts_mag_verwijzen),
            "Aanbieders": _with_category(_aanbieder_links(page, catalog, code.code), len(catalog.aanbieders_direct.get(nummer, [])),
                                        ("aanbieder", "aanbieders")),
            "In routes": _with_category(_route_links(page, catalog, code.code), len(catalog.stappen_direct.get(nummer, [])),
                                       ("routestap", "routestappen")),
            EXPERTPOOL: ja_nee(info.expertpool_advies_verplicht),
            "Eenheid": attr(catalog.name("eenheid", code.eenheid)) if code.eenheid else "—",
            "Verwijzers": attr(", ".join(catalog.name("verwijzer", v) for v in info.verwijzers)) or "—"}


# Columns and facts said once, above the table, when every code of the category has the same value.
GEDEELD = (EXPERTPOOL, *BIJ_DE_NAAM)


def _indeling(infos: list[CodeInfo], catalog: Catalog, page: str) -> tuple[list[str], dict[str, str]]:
    """The table's columns for this category, and the facts shared by all its codes."""
    waarden = [_waarden(i, catalog, page) for i in infos]
    gedeeld = {c: waarden[0][c] for c in GEDEELD
               if (c in columns(catalog) or c in BIJ_DE_NAAM) and waarden and len({w[c] for w in waarden}) == 1}
    return [c for c in columns(catalog) if c not in gedeeld], gedeeld


def _row(page: str, info: CodeInfo, catalog: Catalog, kolommen: list[str], gedeeld: dict[str, str]) -> str:
    cells = _waarden(info, catalog, page)
    eigen = [f"{k}: {cells[k]}" for k in BIJ_DE_NAAM if k not in gedeeld]
    if eigen:
        cells["Naam"] += f"<br><small data-search-exclude>{' · '.join(eigen)}</small>"
    tds = "".join(_cell(c, cells[c]) for c in kolommen[1:])
    return (f'<tr id="{attr(info.code.code)}" data-zoekresultaat="productcode" '
            f'data-beschikking="{ja_nee(not info.vrij_toegankelijk)}" data-huisarts="{ja_nee(info.huisarts_mag_verwijzen)}">'
            f'<th scope="row"><a href="#{attr(info.code.code)}">{attr(info.code.code)}</a></th>{tds}</tr>')


def _filters(aantal: int) -> str:
    return ('<form id="rw-catalogus" class="rw-finder" role="search" aria-label="Productcodes filteren" data-search-exclude hidden>'
            '<div class="rw-veld"><label for="c-tekst">Zoek op code of naam</label>'
            '<input type="search" id="c-tekst" name="tekst" autocomplete="off"></div>'
            '<div class="rw-veld"><label for="c-beschikking">Beschikking nodig</label><select id="c-beschikking" name="beschikking">'
            '<option value="">Maakt niet uit</option><option value="ja">ja</option><option value="nee">nee</option></select></div>'
            '<div class="rw-veld rw-veld--vink"><input type="checkbox" id="c-huisarts" name="huisarts" value="ja">'
            '<label for="c-huisarts">Huisarts mag direct verwijzen</label></div>'
            '<div class="rw-knoppen"><button type="reset" class="md-button">Wis filters</button></div></form>'
            f'<p id="c-aantal" class="rw-aantal">{aantal} productcodes</p>'
            '<p id="c-melding" class="rw-sr-only" role="status" aria-live="polite"></p>')


def _table(page: str, categorie: Productcategorie, infos: list[CodeInfo], kolommen: list[str], gedeeld: dict[str, str],
           catalog: Catalog) -> str:
    head = "".join(f'<th scope="col">{attr(c)}</th>' for c in kolommen)
    rows = "\n".join(_row(page, info, catalog, kolommen, gedeeld) for info in sorted(infos, key=lambda i: i.code.code))
    return (f'<div class="rw-tabel"><table id="rw-codes" class="rw-codes">\n'
            f'<caption>Productcodes van categorie {attr(categorie.categorie)}.'
            ' <span class="rw-sorteer-uitleg">Kies een kolomkop om te sorteren.</span></caption>\n'
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table></div>")


def _titel(categorie: Productcategorie) -> str:
    return f"Categorie {categorie.categorie} {categorie.naam}"


def render_productcategorie(categorie: Productcategorie, catalog: Catalog) -> Page:
    page = urls.productcategorie(categorie.categorie)
    nummer = categorie.categorie
    infos = [catalog.codes[p.code] for p in categorie.productcodes]
    beschikking, huisarts = antwoorden(infos)
    toegang = toegang_html(beschikking, huisarts, infos)
    zorgsoort = urls.html_link(page, PAGE, urls.zorgsoort_anchor(categorie.zorgsoort))
    kolommen, gedeeld = _indeling(infos, catalog, page)
    feiten = [("Zorgsoort", f'<a href="{attr(zorgsoort)}">{attr(catalog.name("zorgsoort", categorie.zorgsoort))}</a>'),
              ("Codes", str(len(infos))), ("Beschikking nodig", beschikking), ("Huisarts mag direct verwijzen", huisarts),
              *((k + (" (alle codes)" if k != EXPERTPOOL else ""), v) for k, v in gedeeld.items())]
    hele = []
    if catalog.aanbieders_direct.get(nummer):
        hele.append(f"<p><strong>Aanbieders voor de hele categorie:</strong> {_links(_aanbieder_links(page, catalog, nummer))}</p>")
    if catalog.stappen_direct.get(nummer):
        hele.append(f"<p><strong>Routes naar de hele categorie:</strong> {_links(_route_links(page, catalog, nummer))}</p>")
    bronnen = bron_links(page, categorie, catalog)
    parts = [f"# {inline(_titel(categorie))}",
             f'<p class="rw-terug"><a href="{attr(urls.html_link(page, PAGE))}">Alle productcategorieën en codes</a></p>',
             gewijzigd_regel(categorie),
             '<dl class="rw-feiten rw-feiten--categorie">'
             + "".join(f"<div><dt>{attr(k)}</dt><dd>{v}</dd></div>" for k, v in feiten)
             + (f'<div class="rw-feiten__toegang"><dt>Toegang</dt><dd>{toegang}</dd></div>' if toegang else "") + "</dl>",
             blocks(categorie.omschrijving), zoekwoorden_html(categorie),
             f'<div id="{HELE_CATEGORIE}">\n' + "\n".join(hele) + "\n</div>" if hele else "",
             "## Codes {#codes}", _filters(len(infos)), _table(page, categorie, infos, kolommen, gedeeld, catalog),
             wijzigingen_sectie(categorie),
             "## Bronnen\n\n" + ("; ".join(bronnen) if bronnen else "Geen bron vermeld.") + "\n"]
    return finish(page, "\n\n".join(p for p in parts if p), catalog, _titel(categorie))


def code_list(catalog: Catalog) -> bytes:
    """Every code with what the index's code finder shows and searches: [code, name, category, zorgsoort].
    A file of its own, fetched only when someone searches: in the page it made the index grow with the
    catalogue (3.9 MB at 22,000 codes)."""
    rows = [[code, info.code.naam, info.categorie.categorie, catalog.name("zorgsoort", info.zorgsoort)]
            for code, info in sorted(catalog.codes.items())]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _codezoeker(catalog: Catalog) -> str:
    """Find a code by number or name from the index; catalogus.js fills the list from urls.CODE_LIST on
    first use and forwards an old link (`productcodes/#45A48`) to the code's page. Without JavaScript
    the categories below lead to the codes."""
    data = posixpath.relpath(urls.CODE_LIST, posixpath.dirname(PAGE))  # the index is a folder page: same folder
    return ('<form id="rw-codezoeker" class="rw-codezoeker" role="search" aria-label="Productcode zoeken" data-search-exclude hidden>'
            '<label for="z-code">Code of naam, bijvoorbeeld 45A48 of dyslexie</label>'
            '<input type="search" id="z-code" name="code" autocomplete="off"></form>'
            '<p id="z-aantal" class="rw-zoekstatus" role="status" aria-live="polite"></p>\n'
            f'<details id="alle-codes" class="rw-allecodes" data-codes="{attr(data)}" hidden>'
            f'<summary>Alle {len(catalog.codes)} productcodes op een rij</summary>\n'
            '<ul class="rw-codelijst" data-search-exclude></ul>\n</details>')


def _categorieen_tabel(zorgsoort_id: str, catalog: Catalog) -> str:
    rows = []
    for categorie in (c for c in catalog.categorieen.values() if c.zorgsoort == zorgsoort_id):
        href = attr(urls.html_link(PAGE, urls.productcategorie(categorie.categorie)))
        beschikking, huisarts = antwoorden([catalog.codes[p.code] for p in categorie.productcodes])
        rows.append(f'<tr id="{urls.categorie_anchor(categorie.categorie)}"><th scope="row"><a href="{href}">{attr(categorie.categorie)}</a></th>'
                    f'<td><a href="{href}">{attr(categorie.naam)}</a></td><td>{len(categorie.productcodes)}</td>'
                    f"<td>{beschikking}</td><td>{huisarts}</td></tr>")
    if not rows:
        return ""
    return ('<div class="rw-tabel"><table class="rw-codes rw-categorieen"><thead><tr><th scope="col">Nr.</th>'
            '<th scope="col">Naam</th><th scope="col">Codes</th><th scope="col">Beschikking nodig</th>'
            '<th scope="col">Huisarts mag direct verwijzen</th></tr></thead><tbody>\n' + "\n".join(rows) + "\n</tbody></table></div>")


def _zorgsoorten(catalog: Catalog) -> list[str]:
    parts = []
    for zorgsoort in catalog.content.zorgsoorten:
        parts.append(f"### {inline(zorgsoort.naam)} {{#{urls.zorgsoort_anchor(zorgsoort.id)}}}")
        parts.append(blocks(zorgsoort.omschrijving))
        parts.append(zoekwoorden_html(zorgsoort))
        tabel = _categorieen_tabel(zorgsoort.id, catalog)
        extra = sorted(i.code.code for i in catalog.codes.values()
                       if i.zorgsoort == zorgsoort.id and i.categorie.zorgsoort != zorgsoort.id)
        if tabel:
            parts.append(tabel)
        if extra:
            links = [(c, urls.html_link(PAGE, *urls.product(c, catalog.categorie_van(c)))) for c in extra]
            parts.append(f"<p>Ook onder deze zorgsoort vallen: {_links(links)}.</p>")
        if not tabel and not extra:
            parts.append("Er staan nog geen productcodes onder deze zorgsoort.")
    return parts


def render_productcodes(catalog: Catalog) -> Page:
    parts = ["# Productcodes",
             f"Alle {len(catalog.codes)} productcodes, per productcategorie op een eigen pagina. Per code staat of er een "
             "beschikking (zorgtoewijzing) nodig is, of de huisarts direct mag verwijzen, "
             + ("of advies van de expertpool verplicht is, " if heeft_expertpool(catalog) else "")
             + "welke aanbieders de code leveren en via welke routes u er komt.",
             "## Zoek een productcode {#zoeken}", _codezoeker(catalog),
             "## Categorieën per zorgsoort {#indeling}",
             f"De regio deelt de zorg in {telwoord(len(catalog.content.zorgsoorten))} zorgsoorten in."
             + (" " + inline(catalog.content.zorgsoorten_toelichting) if catalog.content.zorgsoorten_toelichting else ""),
             *_zorgsoorten(catalog)]
    return finish(PAGE, "\n\n".join(p for p in parts if p), catalog, "Productcodes")
