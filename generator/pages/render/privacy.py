"""The "Privacy" page: only what the build can prove, and each claim is tested on the built site
(tests/test_privacy.py): no cookies, no other host's URL in any page, script or stylesheet, nothing in the
browser's storage beyond the keys listed here, and what the offline cache keeps and how to remove it."""
from __future__ import annotations

from ...content.catalog import Catalog
from .. import urls
from ..markdown_text import attr
from .common import Page, finish
from .offline import OFFLINE_BUDGET

PAGE = urls.PRIVACY

# Every key the site's scripts (the theme's included) write in the browser's storage, with why.
# tests/test_privacy.py fails on any other key.
OPSLAG = [
    ("__palette", "uw keuze voor lichte of donkere weergave (de knop in de kop van de pagina)"),
]


def render_privacy(catalog: Catalog) -> Page:
    regio = catalog.content.regio
    organisatie = attr(regio.organisatie)
    sleutels = "\n".join(f"<li><code>{attr(key)}</code>: {attr(why)}</li>" for key, why in OPSLAG)
    parts = [
        "# Privacy",
        "<p>Deze pagina zegt alleen wat bij het maken van deze site is na te gaan; elke bewering hieronder wordt "
        "bij elke bouw van de site automatisch getest.</p>",
        "## Geen cookies, geen bezoekersstatistieken\n\n"
        "<p>Deze site plaatst geen cookies en gebruikt geen programma's die bezoek meten of bezoekers volgen.</p>",
        "## Niets van andere websites\n\n"
        "<p>Alles wat uw browser voor deze site ophaalt (pagina's, schema's, stijlen, scripts en de zoekfunctie) "
        "komt van deze site zelf. Uw browser maakt geen verbinding met andere websites, tot u zelf een link naar "
        "een andere website volgt (bijvoorbeeld naar een bron of een aanbieder).</p>",
        "## Zoeken\n\n"
        "<p>Het zoeken gebeurt in uw browser: uw zoekwoorden worden niet verstuurd. De browser haalt wel de delen "
        "van de zoekindex op die bij uw woorden horen. De keuzes op de zoekpagina voor aanbieders staan in het "
        "webadres van die pagina, zodat u een zoekopdracht kunt delen.</p>",
        "## Wat uw browser bewaart\n\n"
        "<p>Op uw apparaat, niet bij ons:</p>\n"
        f'<ul>\n{sleutels}\n<li>een kopie van pagina\'s voor gebruik zonder verbinding (zie <a href="'
        f'{attr(urls.html_link(PAGE, urls.OFFLINE))}">Offline gebruik</a>): bij het eerste bezoek de startpagina, '
        "de veiligheidsroute en de pagina Offline gebruik, met de stijlen en scripts die ze nodig hebben; daarna "
        f"ook de pagina's die u opent, samen hooguit {OFFLINE_BUDGET // (1024 * 1024)} MB (de oudste gaan er "
        "eerst uit). Na een nieuwe versie van de site wordt de oude kopie gewist.</li>\n</ul>",
        "## Zo wist u het\n\n"
        "<p>Wis in de instellingen van uw browser de gegevens van deze website (Chrome en Edge: ‘Cookies en "
        "sitegegevens’, Safari: ‘Websitegegevens’, Firefox: ‘Cookies en websitegegevens’). Hebt u de site op het "
        "beginscherm gezet, verwijder dan ook dat icoon.</p>",
        "## Wat hier niet onder valt\n\n"
        f"<p>De webserver waarop {organisatie} deze site publiceert, kan zoals elke webserver bijhouden welke "
        f"adressen worden opgevraagd. Dat staat buiten deze site; vraag {organisatie} wat daarmee gebeurt.</p>",
    ]
    return finish(PAGE, "\n\n".join(parts), catalog, "Privacy")
