"""The regio: its site settings, noodcontacten, gemeenten (with counts and herindelingen) and feedback."""
from __future__ import annotations

import datetime as _dt

from ..declare import blok, veld
from ..fields import (
    EMAIL,
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
from .common import _INTERVAL, SECTIE_UITLEG, Beheer, Located

NOOD_SOORTEN = Keuzes(Optie("acuut", "acuut gevaar (112/politie)"), Optie("crisis", "crisis (crisisdienst)"),
                      Optie("advies-melden", "advies of melden (Veilig Thuis)"))


@blok("noodcontact")
class Noodcontact(Located):
    id: str = veld(Id(), "Id van het noodcontact.", verplicht=True)
    soort: str = veld(Keuze(NOOD_SOORTEN), "acuut (direct gevaar), crisis of advies-melden.", verplicht=True)
    naam: str = veld(Tekst(80), "Naam zoals in de noodbalk bovenaan elke pagina.", verplicht=True)
    telefoon: str | None = veld(TELEFOON, "Telefoonnummer; alleen als een bron het nummer geeft.")
    uitleg: str = veld(Tekst(300), "Wanneer u dit contact gebruikt (één zin).", verplicht=True)


@blok("telling")
class Telling(Located):
    """A count with its period and source, so no field is named after one report or one year."""

    aantal: int = veld(Getal(0, 10_000_000), "Het aantal.", verplicht=True)
    periode: str = veld(Tekst(80), "Waarover het cijfer gaat, zoals in de bron (bijvoorbeeld 'eerste kwartaal 2024').",
                        verplicht=True)
    bron: str = veld(Ref("bron"), "Id van het document uit content/bronnen.yaml waar het cijfer in staat.",
                     verplicht=True)
    sectie: str | None = veld(Tekst(200), SECTIE_UITLEG)


@blok("herindeling")
class Herindeling(Located):
    """The gemeente a former gemeente merged into: readers search for today's name."""

    naam: str = veld(Tekst(80), "Naam van de gemeente waarin deze gemeente is opgegaan (zo zoeken lezers nu).",
                     verplicht=True)
    datum: _dt.date | None = veld(Datum(), "Datum van de herindeling.")
    toelichting: str | None = veld(Tekst(300), "Bijvoorbeeld welk deel naar een andere gemeente ging.")
    bron: str = veld(Ref("bron"), "Id van het document uit content/bronnen.yaml waar de herindeling in staat.",
                     verplicht=True)
    sectie: str | None = veld(Tekst(200), SECTIE_UITLEG)


@blok("feedback")
class Feedback(Located):
    """Where readers report a mistake: an e-mail address or a form URL, both from the content."""

    email: str | None = veld(EMAIL, "E-mailadres voor meldingen van fouten ('Klopt dit niet?' op elke pagina); "
                             "nooit verzinnen.")
    formulier: str | None = veld(URL, "Webadres van een meldformulier, in plaats van of naast het e-mailadres. "
                                 "{titel}, {id} en {url} in het adres worden ingevuld met de pagina waar de lezer was.")
    naam: str | None = veld(Tekst(120), "Wie de meldingen ontvangt, zoals op de site (standaard: de organisatie).")


# The compliance statuses of the Dutch register of accessibility statements (toegankelijkheidsverklaring.nl).
NALEVINGSSTATUS = Keuzes(Optie("A", "A - voldoet volledig"), Optie("B", "B - voldoet gedeeltelijk"),
                         Optie("C", "C - eerste maatregelen genomen"), Optie("D", "D - geen maatregelen genomen"),
                         Optie("E", "E - geen verklaring"))
ONDERZOEK_SOORTEN = Keuzes(Optie("extern", "onderzoek door een externe deskundige volgens WCAG-EM"),
                           Optie("eigen", "eigen onderzoek"))


@blok("toegankelijkheid")
class Toegankelijkheid(Located):
    """The site's toegankelijkheidsverklaring (Besluit digitale toegankelijkheid overheid): what the publisher
    declares. Nothing here is derived from the build: a status is claimed by the organisation, on an audit."""

    status: str | None = veld(Keuze(NALEVINGSSTATUS), "Nalevingsstatus zoals in het register van "
                              "toegankelijkheidsverklaring.nl: A, B, C, D of E. Alleen invullen zoals de organisatie "
                              "het heeft vastgesteld.")
    verklaring_datum: _dt.date | None = veld(Datum(), "Datum waarop de verklaring is opgesteld of laatst is herzien.")
    onderzoek_datum: _dt.date | None = veld(Datum(), "Datum van het laatste toegankelijkheidsonderzoek. Ouder dan 3 jaar: "
                                            "een waarschuwing bij elke bouw.")
    onderzoek_soort: str | None = veld(Keuze(ONDERZOEK_SOORTEN), "Soort onderzoek: extern (door een deskundige, "
                                       "volgens WCAG-EM) of eigen.")
    onderzoeker: str | None = veld(Tekst(160), "Wie het onderzoek deed.")
    rapport: str | None = veld(URL, "Webadres van het onderzoeksrapport.")
    bekende_problemen: list[str] = veld(Lijst(Tekst(500)), "Bekende toegankelijkheidsproblemen, elk in één zin: wat "
                                        "werkt niet, voor wie, en wanneer het is opgelost.")
    contact_email: str | None = veld(EMAIL, "E-mailadres voor toegankelijkheidsproblemen; nooit verzinnen. "
                                     "Weglaten: het meldadres van 'feedback'.")
    contact_telefoon: str | None = veld(TELEFOON, "Telefoonnummer voor toegankelijkheidsproblemen; nooit verzinnen.")
    reactietermijn: str | None = veld(Tekst(120), "Binnen welke tijd een melding antwoord krijgt (bijvoorbeeld "
                                      "'5 werkdagen').")


@blok("gemeente")
class Gemeente(Beheer):
    id: str = veld(Id(), "Id van de gemeente (wordt deel van het webadres).", verplicht=True)
    naam: str = veld(Tekst(80), "Naam van de gemeente.", verplicht=True)
    subregio: str | None = veld(Tekst(120), "Samenwerkingsverband binnen de regio, als dat bekend is.")
    basisteam: str | None = veld(Tekst(160), "Naam van het lokale team van de gemeente (basisteam, wijkteam, CJG), als "
                                 "die bekend is; op de site staat het onder de naam uit site.lokaal_team.")
    politie_basisteam: str | None = veld(Tekst(120), "Basisteam van de politie waar de gemeente onder valt.")
    jeugdigen_met_jeugdhulp: Telling | None = veld(
        Telling.SCHEMA, "Aantal jongeren met jeugdhulp in de gemeente, met de periode en de bron van het cijfer.")
    opgegaan_in: Herindeling | None = veld(
        Herindeling.SCHEMA, "Als de gemeente bij een herindeling is opgegaan in een andere: "
        "de naam van die gemeente, met bron. Staat op de pagina en is vindbaar met de zoekfunctie.")


@blok("site")
class Site(Located):
    """Site settings of one region: they belong to the content, so a region is a content folder only."""

    naam: str = veld(Tekst(80), "Naam van de site, in de kop van elke pagina en het tabblad.",
                     standaard="Routewijzer jeugdhulp")
    korte_naam: str | None = veld(Tekst(12), "Korte naam onder het icoon als iemand de site op het beginscherm "
                                  "van de telefoon zet (hooguit 12 tekens). Weglaten: het eerste woord van de naam.")
    url: str | None = veld(URL, "Webadres waar de site komt te staan (voor canonieke links en de sitemap), "
                           "bijvoorbeeld https://www.example.nl/routewijzer/. Weglaten: de site werkt vanaf elke map.")
    omschrijving: str | None = veld(Tekst(300), "Korte omschrijving van de site, voor zoekmachines.")
    voettekst: str | None = veld(Tekst(300), "Tekst onderaan elke pagina. Weglaten: 'Uitgegeven door' met de "
                                 "organisatie.")
    lokaal_team: str = veld(Tekst(60), "Hoe het lokale team van de gemeente heet in deze regio, in kleine "
                            "letters, zo dat het past na 'het' en na 'een' (basisteam, wijkteam, CJG ...); zo staat "
                            "het in de teksten van de site.", standaard="jeugdteam")
    lokale_teams: str = veld(Tekst(60), "Het meervoud daarvan (basisteams, wijkteams ...).", standaard="jeugdteams")


@blok("regio")
class Regio(Beheer):
    naam: str = veld(Tekst(120), "Naam van de jeugdregio.", verplicht=True)
    provincie: str | None = veld(Tekst(80), "Provincie van de regio (voor adressen in de open data).")
    organisatie: str = veld(Tekst(160), "Organisatie die de site uitgeeft.", verplicht=True)
    omschrijving: str = veld(Tekst(3000, True), "Korte uitleg over de regio, voor de startpagina.", verplicht=True)
    noodcontacten: list[Noodcontact] = veld(Lijst(Noodcontact.SCHEMA), "Noodcontacten, bovenaan elke pagina.",
                                            verplicht=True)
    gemeenten: list[Gemeente] = veld(Lijst(Gemeente.SCHEMA), "De gemeenten van de regio.", verplicht=True)
    site: Site | None = veld(Site.SCHEMA, "Instellingen van de site: naam, webadres, voettekst en hoe het lokale "
                             "team heet.")
    feedback: Feedback | None = veld(Feedback.SCHEMA, "Waar lezers een fout melden: 'Klopt dit niet?' staat op elke "
                                     "inhoudspagina.")
    controle_interval_maanden: int = veld(
        _INTERVAL, "Hoe vaak routes, organisaties, productcategorieën en pagina's worden nagekeken, in maanden; "
        "een onderdeel kan een eigen interval hebben. 'python -m generator onderhoud' toont wat aan de beurt is.",
        standaard=12)
    toegankelijkheid: Toegankelijkheid | None = veld(
        Toegankelijkheid.SCHEMA, "De toegankelijkheidsverklaring van de site (pagina 'Toegankelijkheid', in de voet van "
        "elke pagina). Weglaten: de pagina zegt dat er nog geen verklaring is.")

    def __post_init__(self):
        if self.site is None:  # no site: block: every setting at its documented default
            self.site = Site()
