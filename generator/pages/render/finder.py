"""The aanbieder finder page: the form and a short way on without JavaScript; finder.js loads the data.

The page holds no aanbieder and no productcode (at 50x content the full list and every code made it
2.9 MB): the results come from data/finder.json, each as the HTML render/aanbieder_resultaat makes,
and the product suggestions beyond the categories from the catalogue's code list, both fetched on
demand. Its size therefore grows with the gemeenten (the gemeente choice) and not with the aanbieders.
Without JavaScript it points to the pages that list aanbieders: the gemeente pages (each with the
aanbieders working there, capped with "en N meer" into this finder) and the aanbieders overview."""
from __future__ import annotations

from ...content.catalog import Catalog
from ...content.model import FINANCIERING
from .. import urls
from ..finder_data import aanbieders_per_zorgsoort
from ..markdown_text import attr
from .common import Page, finish

PAGE = urls.FINDER


def _options(pairs: list[tuple[str, str]], alle: str) -> str:
    return f'<option value="">{alle}</option>' + "".join(f'<option value="{attr(v)}">{attr(label)}</option>' for v, label in pairs)


def _field(control_id: str, label: str, control: str) -> str:
    return f'<div class="rw-veld"><label for="{control_id}">{label}</label>{control}</div>'


def _gemeente_options(catalog: Catalog) -> str:
    """Today's gemeenten (the new gemeente, with its former gemeenten named), then the former ones on their own
    ("Oudorp (nu Nieuwstad)"), so both the name a huisarts knows and an old link work."""
    huidige = [(h.id, h.naam + (f" ({', '.join(g.naam for g in h.voormalige)})" if h.voormalige else ""))
               for h in catalog.huidige_gemeenten]
    vroeger = sorted(((g.id, f"{g.naam} (nu {g.opgegaan_in.naam})") for g in catalog.content.gemeenten if g.opgegaan_in),
                     key=lambda p: p[1].lower())
    html = _options(huidige, "Alle gemeenten")
    if vroeger:
        html += ('<optgroup label="Vroegere gemeenten">'
                 + "".join(f'<option value="{attr(v)}">{attr(label)}</option>' for v, label in vroeger) + "</optgroup>")
    return html


def _form(catalog: Catalog) -> str:
    content = catalog.content
    bekend = aanbieders_per_zorgsoort(catalog)
    # An option that can only give "0 gevonden" says so in the control itself.
    zorgsoorten = [(z.id, z.naam if bekend.get(z.id) else f"{z.naam} (geen aanbieder bekend)") for z in content.zorgsoorten]
    categorieen = [(c, f"Categorie {c} {cat.naam}") for c, cat in catalog.categorieen.items()]
    fields = [
        _field("f-tekst", "Zoek op naam, klacht (bijv. angst), product of plaats",
               '<input type="search" id="f-tekst" name="tekst" autocomplete="off">'),
        _field("f-zorgsoort", "Zorgsoort", f'<select id="f-zorgsoort" name="zorgsoort">{_options(zorgsoorten, "Alle zorgsoorten")}</select>'),
        _field("f-product", "Productcategorie of productcode",
               '<input id="f-product" name="product" list="f-productlijst" autocomplete="off" placeholder="bijv. 45 of 45A48">'
               f'<datalist id="f-productlijst" data-codes="{urls.site_asset(PAGE, urls.CODE_LIST)}">'
               + "".join(f'<option value="{attr(v)}">{attr(label)}</option>' for v, label in categorieen) + "</datalist>"),
        _field("f-gemeente", "Gemeente (werkgebied)", f'<select id="f-gemeente" name="gemeente">{_gemeente_options(catalog)}</select>'),
        _field("f-leeftijd", "Leeftijd van de jongere (jaren)",
               '<input type="number" id="f-leeftijd" name="leeftijd" min="0" max="27" inputmode="numeric">'),
        _field("f-financiering", "Financiering",
               f'<select id="f-financiering" name="financiering">{_options(list(FINANCIERING.labels().items()), "Alle vormen")}</select>'),
        '<fieldset class="rw-veld"><legend>Toegang</legend>'
        '<label><input type="radio" name="toegang" value="" checked> Alle</label>'
        '<label><input type="radio" name="toegang" value="vrij"> Vrij toegankelijk</label>'
        '<label><input type="radio" name="toegang" value="beschikking"> Beschikking nodig</label></fieldset>',
        '<div class="rw-veld rw-veld--vink"><input type="checkbox" id="f-huisarts" name="huisarts" value="ja">'
        '<label for="f-huisarts">Huisarts mag direct verwijzen</label></div>',
    ]
    data = urls.site_asset(PAGE, urls.FINDER_DATA)
    # The data is asked for while the page loads, not after the scripts ran (measured at 50x content:
    # the first results 240 ms sooner); without JavaScript it is loaded for nothing (~360 KB gzipped).
    preload = f'<link rel="preload" href="{data}" as="fetch" crossorigin="anonymous">'
    return ('<form id="rw-finder" class="rw-finder" role="search" aria-label="Aanbieders filteren" data-search-exclude '
            f'data-src="{data}" data-per-pagina="100" hidden>' + preload
            + "".join(fields)
            + '<div class="rw-knoppen"><button type="reset" class="md-button">Wis alle filters</button></div></form>')


def _zonder_js() -> str:
    """Where a reader without JavaScript (or whose browser could not load the list) finds aanbieders."""
    def link(target: str, text: str) -> str:
        return f'<a href="{urls.html_link(PAGE, target)}">{text}</a>'
    return ('<div class="rw-zonder-js" id="rw-zonder-js"><p>De filters op deze pagina werken alleen met JavaScript. '
            'Zo vindt u zonder JavaScript een aanbieder:</p><ul>'
            f'<li>{link(urls.GEMEENTEN, "Kies uw gemeente")}: elke gemeentepagina noemt de aanbieders die daar werken, '
            'met of de huisarts direct mag verwijzen en of een beschikking nodig is.</li>'
            f'<li>{link(urls.AANBIEDERS, "Alle aanbieders en organisaties")} op een rij, met hun productcodes, '
            'werkgebied en leeftijd.</li>'
            f'<li>{link(urls.PRODUCTCODES, "Productcodes")}: welke hulp er is, per productcategorie.</li></ul></div>')


def render_finder(catalog: Catalog) -> Page:
    parts = [
        "# Aanbieder vinden",
        "Welke organisatie levert deze hulp, voor welke leeftijd, in welke gemeente, en mag de huisarts direct "
        "verwijzen? Combineer de filters; de lijst past zich direct aan. De link in de adresbalk bewaart uw "
        "filters, zodat u hem kunt delen of bewaren.",
        _zonder_js(),
        '<button type="button" id="rw-filterknop" class="md-button rw-filterknop" aria-controls="rw-finder" '
        'aria-expanded="true" hidden>Filters</button>',
        _form(catalog),
        # Without JavaScript nothing is listed here, so the line says how many there are, not how many were found.
        f'<p id="rw-aantal" class="rw-aantal">Deze routewijzer kent {len(catalog.content.aanbieders)} aanbieders.</p>'
        '<p id="rw-melding" class="rw-sr-only" role="status" aria-live="polite"></p>',
        '<div id="rw-geen" class="rw-geen" hidden></div>',
        '<ul id="rw-resultaten" class="rw-resultaten"></ul>',
        '<button type="button" id="rw-meer" class="md-button rw-meer" hidden>Toon meer</button>',
    ]
    return finish(PAGE, "\n\n".join(parts), catalog, "Aanbieder vinden")
