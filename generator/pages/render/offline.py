"""The offline page: what the service worker shows when a page was never opened on this device and
there is no network. The emergency numbers first (tel: links from the region's noodcontacten), then
the pages that are always available offline; offline.js adds the pages this device kept since."""
from __future__ import annotations

from ...content.catalog import Catalog
from .. import urls
from ..markdown_text import attr
from .common import Page, finish, nood_lijst

PAGE = urls.OFFLINE
OFFLINE_BUDGET = 5 * 1024 * 1024  # bytes of pages read later, kept on the device (the privacy page states it)


def render_offline(catalog: Catalog) -> Page:
    content = catalog.content
    veiligheid = next((r for r in content.routes if r.soort == "veiligheidsroute"), None)
    altijd = [f'<li><a href="{attr(urls.html_link(PAGE, urls.HOME))}">Startpagina</a></li>']
    if veiligheid:
        altijd.append(f'<li><a href="{attr(urls.html_link(PAGE, urls.route(veiligheid.id)))}">{attr(veiligheid.titel)}</a>'
                      " — met het schema en “Doorloop de route”</li>")
    altijd.append('<li>Deze pagina</li>')
    parts = [
        "# Offline gebruik",
        '<p class="rw-offline-melding"><strong>Ziet u deze pagina terwijl u een andere opende?</strong> Dan is er nu '
        "geen internetverbinding en is die pagina niet op dit apparaat bewaard. Probeer het opnieuw zodra u "
        "weer verbinding hebt.</p>",
        "## Is een kind nu niet veilig?\n\n" + nood_lijst(content.regio),
        "## Zonder verbinding beschikbaar\n\n"
        "<p>Na het eerste bezoek aan deze site bewaart uw browser deze pagina's, ook zonder verbinding:</p>\n"
        '<ul class="rw-offline-altijd">\n' + "\n".join(altijd) + "\n</ul>\n"
        '<div data-rw-offline-gelezen hidden>\n<p>Ook eerder op dit apparaat geopend:</p>\n<ul></ul>\n</div>',
        "<p>Zoeken werkt alleen met verbinding. Wat de browser bewaart en hoe u het wist, staat op de pagina "
        f'<a href="{attr(urls.html_link(PAGE, urls.PRIVACY))}">Privacy</a>.</p>',
    ]
    return finish(PAGE, "\n\n".join(parts), catalog, "Offline gebruik")
