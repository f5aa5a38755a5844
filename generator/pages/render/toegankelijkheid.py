"""The "Toegankelijkheid" page: the site's toegankelijkheidsverklaring, in the order of the national model
statement (toegankelijkheidsverklaring.nl): the statement, the compliance status, how it is supported
(the audit), known problems, feedback and contact, and the complaints procedure.

Everything the organisation declares comes from regio.yaml (toegankelijkheid:); what is missing is said
to be missing, never filled in. What the generator's own tests check is said separately and is not
presented as an audit.
"""
from __future__ import annotations

from urllib.parse import quote

from ...content.catalog import Catalog
from ...content.model import NALEVINGSSTATUS, ONDERZOEK_SOORTEN, Toegankelijkheid
from ...content.today import vandaag
from ...content.warning_rules import ONDERZOEK_GELDIG
from .. import urls
from ..markdown_text import attr, external_url, inline, tel_href
from .common import Page, datum, finish

PAGE = urls.TOEGANKELIJKHEID

STATUS_UITLEG = {
    "A": "Uit onderzoek van de hele site blijkt dat aan alle eisen is voldaan.",
    "B": "Uit onderzoek van de hele site blijkt dat nog niet aan alle eisen is voldaan; de bekende problemen en "
         "wat eraan gedaan wordt staan hieronder.",
    "C": "De eerste maatregelen zijn genomen en een volledig onderzoek is gepland, maar nog niet gedaan.",
    "D": "Er zijn nog geen maatregelen genomen om de site aan de eisen te laten voldoen.",
    "E": "Er is geen verklaring vastgesteld.",
}


def _status(verklaring: Toegankelijkheid | None) -> str:
    if verklaring is None or verklaring.status is None:
        return ("<p>Voor deze site is nog geen nalevingsstatus vastgesteld. In het register van "
                "toegankelijkheidsverklaringen staat een site zonder verklaring als <strong>E - geen verklaring"
                "</strong>.</p>")
    status = verklaring.status
    return (f"<p>De status van deze site is: <strong>{attr(NALEVINGSSTATUS.label(status))}</strong>.</p>\n\n"
            f"<p>{attr(STATUS_UITLEG[status])}</p>")


def _onderbouwing(verklaring: Toegankelijkheid | None) -> str:
    regels = []
    if verklaring and verklaring.onderzoek_datum:
        soort = ONDERZOEK_SOORTEN.label(verklaring.onderzoek_soort) if verklaring.onderzoek_soort else "onderzoek"
        door = f" door {attr(verklaring.onderzoeker)}" if verklaring.onderzoeker else ""
        regels.append(f"<p>Het laatste onderzoek: {attr(soort)}{door}, op {attr(datum(verklaring.onderzoek_datum))}.")
        if vandaag() - verklaring.onderzoek_datum > ONDERZOEK_GELDIG:
            regels[-1] += " <strong>Dit onderzoek is ouder dan 3 jaar</strong> en telt daarom niet meer als onderbouwing."
        regels[-1] += "</p>"
        if verklaring.rapport:
            regels.append(f'<p><a href="{attr(external_url(verklaring.rapport))}">Het onderzoeksrapport</a></p>')
    else:
        regels.append("<p>Er is geen toegankelijkheidsonderzoek van deze site vermeld.</p>")
    if verklaring and verklaring.verklaring_datum:
        regels.append(f"<p>Deze verklaring is opgesteld of laatst herzien op {attr(datum(verklaring.verklaring_datum))}.</p>")
    regels.append(
        "<p>Los daarvan test de software waarmee deze site gemaakt is bij elke wijziging automatisch, in een echte "
        "browser, op een telefoon- en een computerscherm, licht en donker: de regels van WCAG 2.2 niveau AA die "
        "automatisch te controleren zijn, de grootte van knoppen en links (minstens 24 bij 24 pixels) en of de "
        "vaste kop een onderdeel met de toetsenbordfocus nooit bedekt. Dat is geen toegankelijkheidsonderzoek: "
        "automatische tests vinden maar een deel van de problemen.</p>")
    return "\n\n".join(regels)


def _problemen(verklaring: Toegankelijkheid | None) -> str:
    if verklaring and verklaring.bekende_problemen:
        return "\n".join(f"- {inline(p)}" for p in verklaring.bekende_problemen) + "\n"
    if verklaring and verklaring.status in ("A", "B") and verklaring.onderzoek_datum:
        return "<p>Er zijn geen bekende problemen vermeld.</p>"
    return "<p>Er zijn geen bekende problemen vermeld; zonder volledig onderzoek zegt dat weinig.</p>"


def _contact(verklaring: Toegankelijkheid | None, catalog: Catalog) -> str:
    regio = catalog.content.regio
    wegen = []
    if verklaring and verklaring.contact_email:
        wegen.append(f'per e-mail: <a href="mailto:{attr(quote(verklaring.contact_email, safe="@."))}">'
                     f"{attr(verklaring.contact_email)}</a>")
    if verklaring and verklaring.contact_telefoon:
        wegen.append(f'per telefoon: <a href="{attr(tel_href(verklaring.contact_telefoon))}">'
                     f"{attr(verklaring.contact_telefoon)}</a>")
    feedback = regio.feedback
    if not wegen and feedback and feedback.email:
        wegen.append(f'per e-mail: <a href="mailto:{attr(quote(feedback.email, safe="@."))}">{attr(feedback.email)}</a>')
    if not wegen and feedback and feedback.formulier and "{" not in feedback.formulier:
        wegen.append(f'via <a href="{attr(external_url(feedback.formulier))}">de website van '
                     f"{attr(feedback.naam or regio.organisatie)}</a>")
    tekst = (f"<p>Loopt u op deze site tegen een toegankelijkheidsprobleem aan? Meld het aan "
             f"{attr(regio.organisatie)}")
    tekst += (": " + " of ".join(wegen) + ".</p>") if wegen else (
        ". De contactgegevens daarvoor zijn nog niet ingevuld.</p>")
    if verklaring and verklaring.reactietermijn:
        tekst += f"\n\n<p>U krijgt antwoord binnen {attr(verklaring.reactietermijn)}.</p>"
    return tekst


def render_toegankelijkheid(catalog: Catalog) -> Page:
    regio = catalog.content.regio
    verklaring = regio.toegankelijkheid
    site = f"{attr(regio.site.naam)}" + (f" ({attr(regio.site.url)})" if regio.site.url else "")
    parts = [
        "# Toegankelijkheid",
        f"<p>{attr(regio.organisatie)} wil dat iedereen deze site kan gebruiken, ook wie slecht ziet, geen muis "
        "gebruikt of een voorleesprogramma heeft, overeenkomstig het Besluit digitale toegankelijkheid overheid. "
        f"Deze toegankelijkheidsverklaring is van toepassing op de inhoud van de website {site}.</p>",
        "## Nalevingsstatus\n\n" + _status(verklaring),
        "## Onderbouwing\n\n" + _onderbouwing(verklaring),
        "## Bekende problemen\n\n" + _problemen(verklaring),
        "## Feedback en contactgegevens\n\n" + _contact(verklaring, catalog),
        "## Handhavingsprocedure\n\n<p>Bent u niet tevreden over hoe uw melding is behandeld, of hebt u geen "
        "antwoord gekregen? Dan kunt u een klacht indienen bij de Nationale ombudsman, of bij de ombudsman van uw "
        "gemeente als die er een heeft.</p>",
    ]
    return finish(PAGE, "\n\n".join(parts), catalog, "Toegankelijkheid")
