"""Doubtful but valid content: reported as warnings, errors under --strict."""
from __future__ import annotations

import datetime as _dt

from .catalog import Catalog
from .citations import check_sourced_steps_name_a_section
from .diagnostics import Diagnostics, Vindplaats
from .onderhoud import aan_de_beurt, controlepunten
from .placeholders import check_placeholders
from .today import vandaag


def check_warnings(catalog: Catalog, diagnostics: Diagnostics, today: _dt.date | None = None) -> None:
    today = today or vandaag()
    content = catalog.content
    check_review_dates(content, diagnostics, today)
    for route in content.routes:
        for stap in route.stappen:
            if not stap.beschrijving and stap.soort in ("actie", "beslissing"):
                diagnostics.waarschuwing(stap.loc, "beschrijving", f"Stap '{stap.id}' heeft geen beschrijving.")
    for aanbieder in content.aanbieders:
        if not (aanbieder.website or aanbieder.telefoon or aanbieder.email):
            diagnostics.waarschuwing(aanbieder.loc, "contact", f"Aanbieder '{aanbieder.naam}' heeft geen website, "
                                     "telefoonnummer of e-mailadres: bezoekers kunnen geen contact opnemen.",
                                     "Vul minstens één contactgegeven in uit een betrouwbare bron (nooit verzinnen).")
    check_contracten(content.aanbieders, diagnostics, today)
    check_accessibility_statement(content.regio, diagnostics, today)
    check_undelivered_codes(catalog, diagnostics)
    check_placeholders(content, diagnostics)
    check_provenance(content.routes, diagnostics)
    check_sourced_steps_name_a_section(content, diagnostics)


def check_review_dates(content, diagnostics: Diagnostics, today: _dt.date) -> None:
    """One line for everything past its review date, not one warning per item: a list of 26 identical
    warnings on every run teaches an editor to ignore warnings. `onderhoud` has the list."""
    te_laat, _ = aan_de_beurt(controlepunten(content), today)
    if not te_laat:
        return
    onderdelen = "1 onderdeel is over zijn" if len(te_laat) == 1 else f"{len(te_laat)} onderdelen zijn over hun"
    diagnostics.waarschuwing(Vindplaats(""), "", f"{onderdelen} controledatum; zie 'python -m generator onderhoud'.",
                             "Controleer de inhoud en werk laatst_gecontroleerd bij, of spreek een ander interval af "
                             "(controle_interval_maanden).")


def check_provenance(routes, diagnostics: Diagnostics) -> None:
    """A reader must be able to tell a sourced step from a modelled one: every step says which it is.

    Steps that only continue in another route carry no content of their own and are exempt."""
    for route in routes:
        for stap in route.stappen:
            if stap.soort == "route" or stap.bronnen or stap.herkomst == "model":
                continue
            diagnostics.waarschuwing(stap.loc, "herkomst", f"Stap '{stap.id}' noemt geen bron en is niet gemarkeerd "
                                     "als gemodelleerde werkwijze.",
                                     "Voeg 'bronnen' toe (document en sectie), of 'herkomst: model' als de stap een "
                                     "werkwijze is die niet in de bronnen staat.")


def check_contracten(aanbieders, diagnostics: Diagnostics, today: _dt.date) -> None:
    """Ended contracts are no longer offered: one warning per aanbieder says which, so the editor imports the
    new contract list or removes them. An einddatum before the ingangsdatum is an error (a typo, usually)."""
    for aanbieder in aanbieders:
        for c in aanbieder.contracten:
            if c.ingangsdatum and c.einddatum and c.einddatum < c.ingangsdatum:
                diagnostics.fout(c.loc, "einddatum", f"Het contract voor {', '.join(c.producten)} eindigt ({c.einddatum.isoformat()}) "
                                 f"voordat het ingaat ({c.ingangsdatum.isoformat()}).", "Controleer beide datums.")
        ended = sorted({p for c in aanbieder.contracten if c.einddatum and c.einddatum < today for p in c.producten})
        if ended:
            diagnostics.waarschuwing(aanbieder.at("contracten"), "contracten", f"Aanbieder '{aanbieder.naam}': het "
                                     f"contract voor {', '.join(ended[:5])}{' …' if len(ended) > 5 else ''} is beëindigd; "
                                     "de site biedt dat niet meer aan als gecontracteerd.",
                                     "Lees de nieuwe contractlijst in met import-aanbieders, of haal het contract weg.")


def check_undelivered_codes(catalog: Catalog, diagnostics: Diagnostics) -> None:
    """One warning per category, not one per code: a long list would hide everything else."""
    for categorie in catalog.categorieen.values():
        missing = [p.code for p in categorie.productcodes if p.code not in catalog.aanbieders_per_code]
        if not missing:
            continue
        voorbeeld = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
        diagnostics.waarschuwing(categorie.loc, "productcodes",
                                 f"{len(missing)} van de {len(categorie.productcodes)} productcodes in categorie "
                                 f"{categorie.categorie} worden door geen aanbieder geleverd ({voorbeeld}).",
                                 "Voeg de codes (of de hele categorie) toe bij 'producten' van de aanbieders die ze leveren.")


ONDERZOEK_GELDIG = _dt.timedelta(days=3 * 365 + 1)  # an audit counts for three years (digitoegankelijk.nl)


def check_accessibility_statement(regio, diagnostics: Diagnostics, today: _dt.date) -> None:
    """A Dutch public site must publish a toegankelijkheidsverklaring; its audit is valid for three years."""
    verklaring = regio.toegankelijkheid
    if verklaring is None:
        diagnostics.waarschuwing(regio.loc, "toegankelijkheid", "Er is geen toegankelijkheidsverklaring: de pagina "
                                 "'Toegankelijkheid' zegt dat er nog geen verklaring is.",
                                 "Voeg een blok 'toegankelijkheid:' toe (zie content/FORMAAT.md).")
        return
    onderzocht = verklaring.onderzoek_datum
    if onderzocht and today - onderzocht > ONDERZOEK_GELDIG:
        diagnostics.waarschuwing(verklaring.at("onderzoek_datum"), "toegankelijkheid.onderzoek_datum",
                                 f"Het toegankelijkheidsonderzoek van {onderzocht.isoformat()} is ouder dan 3 jaar: "
                                 "het telt niet meer als onderbouwing van de verklaring.",
                                 "Laat de site opnieuw onderzoeken en werk de datum bij.")
