"""The productcode catalogue: zorgsoort -> productcategorie (our containercode level) -> code.

One page, so that `productcodes/#45A48` is a stable link for every code. Each code
row says who delivers it, which route steps lead to it and whether a huisarts may
refer directly.
"""
from __future__ import annotations

from .. import urls
from ..catalog import Catalog, CodeInfo
from ..markdown_text import attr, blocks, inline, link
from .common import Page, bronnen_regel, finish

PAGE = urls.PRODUCTCODES


def _ja_nee(value: bool) -> str:
    return "ja" if value else "nee"


def _links(items: list[tuple[str, str]]) -> str:
    return ", ".join(f'<a href="{attr(href)}">{attr(label)}</a>' for label, href in items) or "—"


def _row(info: CodeInfo, catalog: Catalog) -> str:
    code = info.code
    aanbieders = [(a.naam, urls.html_link(PAGE, urls.aanbieder(a.id))) for a in catalog.aanbieders_per_code.get(code.code, [])]
    routes = [(f"{r.titel}: {s.titel}", urls.html_link(PAGE, urls.route(r.id), urls.stap_anchor(s.id)))
              for r, s in catalog.stappen_per_code.get(code.code, [])]
    verwijzers = ", ".join(catalog.name("verwijzer", v) for v in info.verwijzers)
    details = " · ".join(x for x in (code.uitvoeringsvariant, code.hulpvorm) if x)
    eenheid = catalog.name("eenheid", code.eenheid) if code.eenheid else "—"
    huisarts = "ja, direct" if info.huisarts_mag_verwijzen else "nee"
    return (f'<tr id="{attr(code.code)}"><th scope="row"><a href="#{attr(code.code)}">{attr(code.code)}</a></th>'
            f"<td>{attr(code.naam)}<br><small>{attr(details)}</small></td><td>{attr(eenheid)}</td>"
            f"<td>{'nee' if info.vrij_toegankelijk else 'ja'}</td><td>{_ja_nee(info.expertpool_advies_verplicht)}</td>"
            f"<td>{attr(verwijzers)}</td><td>{huisarts}</td><td>{_links(aanbieders)}</td><td>{_links(routes)}</td></tr>")


HEADER = ("<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Naam</th><th scope=\"col\">Eenheid</th>"
          "<th scope=\"col\">Beschikking nodig</th><th scope=\"col\">Expertpool-advies verplicht</th>"
          "<th scope=\"col\">Verwijzers</th><th scope=\"col\">Huisarts mag verwijzen</th>"
          "<th scope=\"col\">Aanbieders</th><th scope=\"col\">In routes</th></tr></thead>")


def _mapping_table(catalog: Catalog) -> str:
    rows = ["| Categorie | Naam | Zorgsoort | Codes |", "|---|---|---|---|"]
    for nummer, categorie in catalog.categorieen.items():
        target = urls.md_link(PAGE, PAGE, urls.categorie_anchor(nummer))
        rows.append(f"| {link(nummer, target)} | {inline(categorie.naam)} | "
                    f"{inline(catalog.name('zorgsoort', categorie.zorgsoort))} | {len(categorie.productcodes)} |")
    return "\n".join(rows) + "\n"


def render_productcodes(catalog: Catalog) -> Page:
    content = catalog.content
    parts = ["# Productcodes",
             "Alle productcodes, ingedeeld naar zorgsoort en productcategorie. Per code staat of er een "
             "beschikking (zorgtoewijzing) nodig is, of advies van de expertpool verplicht is, wie mag verwijzen, "
             "welke aanbieders de code leveren en via welke routes je er komt. Elke code heeft een eigen link, "
             "bijvoorbeeld `productcodes/#45A48`.",
             "## Indeling: categorie naar zorgsoort {#indeling}",
             "De regio deelt de zorg in zeven zorgsoorten in. De namen van de regionale containercodes zijn niet "
             "openbaar; daarom gebruikt deze site de landelijke productcategorieën als tussenniveau.",
             _mapping_table(catalog)]
    for zorgsoort in content.zorgsoorten:
        parts.append(f"## {inline(zorgsoort.naam)} {{#{urls.zorgsoort_anchor(zorgsoort.id)}}}")
        parts.append(blocks(zorgsoort.omschrijving))
        categorieen = [c for c in catalog.categorieen.values() if c.zorgsoort == zorgsoort.id]
        extra = sorted({i.code.code for i in catalog.codes.values() if i.zorgsoort == zorgsoort.id
                        and i.categorie.zorgsoort != zorgsoort.id})
        if not categorieen and not extra:
            parts.append("Geen landelijke productcategorie valt onder deze zorgsoort; de regio gebruikt hiervoor eigen codes, "
                         "die niet in de brondocumenten staan.")
        if extra:
            parts.append("Ook onder deze zorgsoort vallen: " + ", ".join(
                link(c, urls.md_link(PAGE, PAGE, c)) for c in extra) + ".")
        for categorie in categorieen:
            parts.append(f"### {categorie.categorie} {inline(categorie.naam)} {{#{urls.categorie_anchor(categorie.categorie)}}}")
            if categorie.omschrijving:
                parts.append(blocks(categorie.omschrijving))
            rows = "\n".join(_row(catalog.codes[p.code], catalog) for p in sorted(categorie.productcodes, key=lambda p: p.code))
            parts.append(f'<div class="rw-tabel"><table class="rw-codes">\n'
                         f"<caption>Productcodes in categorie {attr(categorie.categorie)} {attr(categorie.naam)}</caption>\n"
                         f"{HEADER}\n<tbody>\n{rows}\n</tbody></table></div>")
            parts.append(bronnen_regel(PAGE, categorie, catalog))
    return finish(PAGE, "\n\n".join(parts), catalog, "Productcodes")
