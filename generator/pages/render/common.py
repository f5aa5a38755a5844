"""Pieces every page uses: the page object, Dutch dates, sources, ownership, abbreviations."""
from __future__ import annotations

import datetime as _dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from ...content.catalog import Catalog
from ...content.citations import deel_label, delen
from ...content.model import Beheer, Regio, Zoekbaar
from ...content.onderhoud import over_datum
from ...content.today import vandaag
from .. import urls
from ..markdown_text import attr, external_url, inline, link, page_title, plain, tel_href

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"]
NIET_IN_BRONNEN = "Niet vermeld in de brondocumenten."
_ABBR_SAFE = re.compile(r"[A-Za-z0-9()&/ -]+")


@dataclass(frozen=True)
class Page:
    """One generated Markdown file in the staging docs folder."""

    src: str
    markdown: str


def datum(value: _dt.date | None) -> str:
    if value is None:
        return "onbekend"
    return f"{value.day} {MAANDEN[value.month - 1]} {value.year}"


def maand(value: _dt.date) -> str:
    """A peildatum reads as a month: the sources date a situation, not a day."""
    return f"{MAANDEN[value.month - 1]} {value.year}"


def beheer_regel(item: Beheer) -> str:
    """Owner, the date of the situation described, and the date of the last real check (when it differs)."""
    eigenaar = inline(item.eigenaar) if item.eigenaar else "onbekend"
    delen = [f"Eigenaar: <strong>{eigenaar}</strong>"]
    peil, checked = item.peildatum, item.laatst_gecontroleerd
    if peil:
        delen.append(f"Situatie van: <strong>{maand(peil)}</strong>")
    if checked is None or checked != peil:
        delen.append(f"Laatst gecontroleerd: <strong>{datum(checked)}</strong>")
    else:
        delen.append("sindsdien niet gecontroleerd")
    return '<p class="rw-beheer">' + " · ".join(delen) + "</p>"


def verouderd_melding(item: Beheer, catalog: Catalog) -> str:
    """A visible notice on a page past its review date: a professional acts on what it says."""
    if not over_datum(item, catalog.content.regio, vandaag()):
        return ""
    peil, checked = item.peildatum, item.laatst_gecontroleerd
    if peil is None and checked is None:  # a new region's template: no date at all, so no "sindsdien"
        zin = ("Bij deze pagina staat niet wanneer iemand hem heeft gecontroleerd. Controleer namen, afspraken "
               "en contactgegevens voordat u erop handelt.")
    else:
        situatie = f"beschrijft de situatie van {maand(peil)}" if peil else "heeft geen datum van de situatie"
        na = f"laatst gecontroleerd op {datum(checked)}" if checked and checked != peil else "sindsdien niet gecontroleerd"
        zin = (f"Deze pagina {situatie}; {na}. Namen, afspraken en contactgegevens kunnen sindsdien veranderd zijn: "
               "controleer ze voordat u erop handelt.")
    return f'!!! warning rw-verouderd "Mogelijk verouderd"\n\n    {zin}\n'


def zoekwoorden_html(item: Zoekbaar) -> str:
    """The everyday words a reader searches this by, as visible text so the site search finds them too;
    words the routewijzer chose say so (they are not in the sources)."""
    if not item.zoekwoorden:
        return ""
    model = (' <small class="rw-model">(gekozen door de routewijzer, niet uit de bronnen)</small>'
             if item.zoekwoorden_herkomst == "model" else "")
    return f'<p class="rw-zoekwoorden">Ook gezocht als: {attr(", ".join(item.zoekwoorden))}{model}</p>'


LANDELIJK = "landelijke bron, geen regionaal brondocument"


def bron_link(page_src: str, bron_id: str, sectie: str | None, catalog: Catalog) -> str:
    """The one way a page cites a source: its short title linked to the bronnen page, then each cited
    section with its number and title ('§2.2.1 Drie beginsituaties …'), so a reader can look it up.
    A national source says it is not one of the region's documents."""
    target = urls.md_link(page_src, urls.BRONNEN, urls.bron_anchor(bron_id))
    bron = next((b for b in catalog.content.bronnen if b.id == bron_id), None)
    naam = (bron.kort or bron.titel) if bron else bron_id
    text = link(naam, target) + (f" ({LANDELIJK})" if bron and bron.landelijk else "")
    if not sectie:
        return text
    labels = [deel_label(d) for d in delen(sectie, bron)] if bron else [sectie]
    return text + ", " + "; ".join(inline(label) for label in labels)


def bron_links(page_src: str, item: Beheer, catalog: Catalog) -> list[str]:
    return [bron_link(page_src, ref.bron, ref.sectie, catalog) for ref in item.bronnen]


def bronnen_sectie(page_src: str, item: Beheer, catalog: Catalog) -> str:
    regels = bron_links(page_src, item, catalog)
    return "## Bronnen\n\n" + (md_list(regels) if regels else "Geen bron vermeld.\n")


@lru_cache(maxsize=8)
def _abbreviation_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern | None:
    if not pairs:
        return None
    alternatives = "|".join(re.escape(afk) for afk, _ in sorted(pairs, key=lambda p: -len(p[0])))
    # The lookahead on the first letters lets the regex engine skip to candidates (4x faster on 100 MB)
    first = "".join(sorted({re.escape(afk[0]) for afk, _ in pairs}))
    return re.compile(r"(?=[" + first + r"])(?<![\w\\])(" + alternatives + r")(?!\w)")


def _abbreviation_pairs(catalog: Catalog) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((b.afkorting, b.term.replace("\n", " ")) for b in catalog.content.begrippen
                        if b.afkorting and _ABBR_SAFE.fullmatch(b.afkorting)))


def abbreviations(markdown: str, catalog: Catalog) -> str:
    """Abbreviation definitions for the afkortingen that occur on this page (shown on hover).

    One pass with one alternation per page: a search per abbreviation per page was the
    single largest cost of rendering thousands of pages."""
    pairs = _abbreviation_pairs(catalog)
    pattern = _abbreviation_pattern(pairs)
    if pattern is None:
        return ""
    found = set(pattern.findall(markdown))
    lines = [f"*[{afk}]: {term}" for afk, term in pairs if afk in found]
    return ("\n\n" + "\n".join(lines) + "\n") if lines else ""


def feedback_link(src: str, catalog: Catalog, title: str, item_id: str) -> str:
    """'Klopt dit niet?': a mailto: or form link to the region's feedback address, with the page filled in.

    The address comes from regio.yaml (feedback:); without one, no link is shown."""
    feedback = catalog.content.regio.feedback
    if feedback is None or not (feedback.email or feedback.formulier):
        return ""
    site_url = catalog.content.regio.site.url or ""
    page = (site_url.rstrip("/") + "/" if site_url else "") + urls.page_url(src).lstrip("/")
    naam = feedback.naam or catalog.content.regio.organisatie
    titel = plain(title)
    onderwerp = f"Klopt dit niet? {titel} ({item_id})"
    if feedback.email:
        body = f"Pagina: {titel}\nId: {item_id}\nAdres: {page}\n\nWat klopt er niet?\n"
        href = f"mailto:{quote(feedback.email, safe='@.')}?subject={quote(onderwerp)}&body={quote(body)}"
        return (f'<p class="rw-feedback"><strong>Klopt dit niet?</strong> '
                f'<a href="{attr(href)}">Meld het aan {attr(naam)}</a>; pagina, id en adres staan al in het bericht.</p>')
    velden = {"titel": quote(titel), "id": quote(item_id), "url": quote(page, safe="")}
    href = feedback.formulier
    for key, value in velden.items():
        href = href.replace("{" + key + "}", value)
    return (f'<p class="rw-feedback"><strong>Klopt dit niet?</strong> '
            f'<a href="{attr(external_url(href))}">Meld het bij {attr(naam)}</a> en noem daarbij: '
            f'&lsquo;{attr(titel)}&rsquo; (id {attr(item_id)}), {attr(page)}.</p>')


def finish(src: str, markdown: str, catalog: Catalog, title: str, item_id: str | None = None) -> Page:
    """The page's Markdown with an explicit, safe title (front matter), its abbreviations and the feedback link."""
    item = item_id or src.removesuffix(".md").removesuffix("/index") or "home"
    body = markdown.rstrip() + "\n"
    feedback = feedback_link(src, catalog, title, item)
    if feedback:
        body += "\n" + feedback + "\n"
    front = f"---\ntitle: {json.dumps(page_title(title), ensure_ascii=False)}\n---\n\n"
    return Page(src, front + body + abbreviations(body, catalog))


def md_list(items: list[str]) -> str:
    return "\n".join(f"- {item}" for item in items) + "\n" if items else ""


def leeftijd(min_leeftijd: int | None, max_leeftijd: int | None) -> str:
    if min_leeftijd is None and max_leeftijd is None:
        return NIET_IN_BRONNEN
    if min_leeftijd is None:
        return f"tot en met {max_leeftijd} jaar"
    if max_leeftijd is None:
        return f"vanaf {min_leeftijd} jaar"
    return f"{min_leeftijd} tot en met {max_leeftijd} jaar"


def nood_lijst(regio: Regio) -> str:
    """The emergency contacts that have a number, each a tel: link with what it is for (home, offline page)."""
    nood = [f'<li><strong>{attr(n.naam)}</strong>: <a href="{attr(tel_href(n.telefoon))}">{attr(n.telefoon)}</a>'
            f" — {attr(n.uitleg)}</li>" for n in regio.noodcontacten if n.telefoon]
    return '<ul class="rw-nood-lijst">\n' + "\n".join(nood) + "\n</ul>"
