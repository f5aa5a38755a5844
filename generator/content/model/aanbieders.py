"""Aanbieders: their locations, target group and contracts."""
from __future__ import annotations

import datetime as _dt

from ..declare import blok, veld
from ..fields import (
    AGB_CODE,
    EMAIL,
    KVK_NUMMER,
    PRODUCT_OF_CATEGORIE,
    TELEFOON,
    URL,
    Datum,
    Getal,
    Id,
    Keuze,
    Keuzes,
    Lijst,
    Optie,
    Ref,
    Tekst,
)
from .common import Located, Onderhouden

# The choices, each value with the words the site shows for it (declared once; see fields.Keuzes).
FINANCIERING = Keuzes(Optie("budget", "budgetgefinancierd (vast jaarbudget)"),
                      Optie("tarief", "tariefgefinancierd (tarief met budgetplafond)"),
                      Optie("landelijk", "landelijk gecontracteerd (via de VNG)"))


AANBIEDER_SOORTEN = Keuzes(Optie("zorgaanbieder", "Zorgaanbieder"),
                           Optie("gecertificeerde-instelling", "Gecertificeerde instelling"),
                           Optie("advies-en-meldpunt", "Advies- en meldpunt"),
                           Optie("basisteam", "het lokale team, zoals site.lokaal_team het noemt"),  # see render/aanbieders.soort_label
                           Optie("ketenpartner", "Ketenpartner"))


@blok("locatie")
class Locatie(Located):
    naam: str = veld(Tekst(160), "Naam van de vestiging.", verplicht=True)
    adres: str | None = veld(Tekst(200), "Straat en huisnummer; alleen uit een openbare bron.")
    postcode: str | None = veld(Tekst(10), "Postcode.")
    plaats: str | None = veld(Tekst(80), "Plaats.")
    gemeente: str | None = veld(Ref("gemeente"), "Gemeente (id uit regio.yaml).")
    agb_code: str | None = veld(AGB_CODE, "AGB-code van deze vestiging, als die een eigen code heeft (uit de "
                                "contractlijst); nooit verzinnen.")


@blok("doelgroep")
class Doelgroep(Located):
    min_leeftijd: int | None = veld(Getal(0, 27), "Jongste leeftijd in jaren.")
    max_leeftijd: int | None = veld(Getal(0, 27), "Oudste leeftijd in jaren.")
    omschrijving: str | None = veld(Tekst(1000, True), "Voor wie de hulp bedoeld is.")


@blok("contract")
class Contract(Located):
    """Products an aanbieder is contracted for, where and when: the contract list owns these facts
    (`import-aanbieders` writes them, one block per set of gemeenten and period); the site offers a
    product only while its contract runs."""

    producten: list[str] = veld(Lijst(Ref("product", PRODUCT_OF_CATEGORIE)), "Productcodes (45A48) of hele "
                                "categorieën (\"45\") van dit contract.", verplicht=True)
    gemeenten: list[str] = veld(Lijst(Ref("werkgebied")), "Gemeenten (ids) waarvoor dit contract geldt, of 'regio'.",
                                verplicht=True)
    ingangsdatum: _dt.date | None = veld(Datum(toekomst=True), "Datum waarop het contract ingaat; daarvoor biedt de site het "
                                         "product niet aan als gecontracteerd.")
    einddatum: _dt.date | None = veld(Datum(toekomst=True), "Laatste dag van het contract; daarna biedt de site het product niet "
                                      "meer aan en waarschuwt de controle.")

    def loopt(self, today: _dt.date) -> bool:
        """The contract is in force on `today` (started, and not ended)."""
        return (self.ingangsdatum is None or self.ingangsdatum <= today) and (self.einddatum is None or today <= self.einddatum)


@blok("aanbieder")
class Aanbieder(Onderhouden):
    id: str = veld(Id(), "Id (wordt deel van het webadres).", verplicht=True)
    naam: str = veld(Tekst(160), "Naam van de organisatie.", verplicht=True)
    soort: str = veld(Keuze(AANBIEDER_SOORTEN), "Soort organisatie. 'basisteam' is het lokale team van de "
                      "gemeente; op de site staat het zoals de regio het noemt (site.lokaal_team).", verplicht=True)
    financiering: str | None = veld(Keuze(FINANCIERING),
                                    "budget, tarief of landelijk; weglaten als de bronnen het niet zeggen.")
    omschrijving: str = veld(Tekst(4000, True), "Wat de organisatie doet, in eigen woorden.", verplicht=True)
    agb_code: str | None = veld(AGB_CODE, "AGB-code (8 cijfers); nooit verzinnen.")
    kvk_nummer: str | None = veld(KVK_NUMMER, "KvK-nummer (8 cijfers), uit de contractlijst; nooit verzinnen.")
    website: str | None = veld(URL, "Webadres; nooit verzinnen.")
    telefoon: str | None = veld(TELEFOON, "Telefoonnummer; nooit verzinnen.")
    email: str | None = veld(EMAIL, "E-mailadres; nooit verzinnen.")
    locaties: list[Locatie] = veld(Lijst(Locatie.SCHEMA), "Vestigingen.", standaard=[])
    werkgebied: list[str] = veld(Lijst(Ref("werkgebied")),
                                 "Gemeenten (ids) waar de organisatie werkt, of 'regio' voor de hele regio.",
                                 standaard=[])
    producten: list[str] = veld(Lijst(Ref("product", PRODUCT_OF_CATEGORIE)),
                                "Productcodes (45A48) of hele categorieën (\"45\") die de organisatie levert.",
                                standaard=[])
    doelgroep: Doelgroep | None = veld(Doelgroep.SCHEMA, "Leeftijd en omschrijving van de doelgroep.")
    ondersteuningsvormen: list[str] = veld(Lijst(Tekst(160)), "Vormen van hulp, in woorden.", standaard=[])
    contracten: list[Contract] = veld(Lijst(Contract.SCHEMA, 5000), "Gecontracteerde producten per gemeente, met "
                                      "ingangs- en einddatum; geschreven door import-aanbieders uit de contractlijst. "
                                      "Een lopend contract telt mee bij producten en werkgebied.", standaard=[])
