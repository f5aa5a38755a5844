"""The typed content model, and with it the YAML format: one declaration per field.

Every YAML key is declared once, here, as a dataclass field with `veld(type, uitleg, ...)`;
`@blok(naam)` derives the block's `Schema` from those declarations (see content/declare.py).
content/format.py only names the derived schemas for the loader, FORMAAT.md and the JSON
Schemas, so the typed model and the editors' documentation cannot drift apart.

To add a field: add one line to the right class below, e.g.
    website: str | None = veld(URL, "Webadres; nooit verzinnen.")
(`verplicht=True` for a required key, `standaard=...` for a documented default), then
regenerate content/FORMAAT.md (`python -m generator formaat`) and the JSON Schemas
(`python -m generator schemas`); tests fail until both are in step.

Every object remembers where it came from (`loc`) and the line of each of its
fields (`regels`), so rules that run after loading can still point an editor at
file:line.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from .declare import blok, veld
from .diagnostics import Locatie
from .fields import (
    AGB_CODE,
    BERICHT,
    CATEGORIE,
    EMAIL,
    INVALID,
    KVK_NUMMER,
    PRODUCT_OF_CATEGORIE,
    PRODUCTCODE,
    TELEFOON,
    URL,
    Datum,
    FieldType,
    Getal,
    Id,
    JaNee,
    Keuze,
    Keuzes,
    Lijst,
    Optie,
    Ref,
    Tekst,
)

# The choices, each value with the words the site shows for it (declared once; see fields.Keuzes).
FINANCIERING = Keuzes(Optie("budget", "budgetgefinancierd (vast jaarbudget)"),
                      Optie("tarief", "tariefgefinancierd (tarief met budgetplafond)"),
                      Optie("landelijk", "landelijk gecontracteerd (via de VNG)"))
AANBIEDER_SOORTEN = Keuzes(Optie("zorgaanbieder", "Zorgaanbieder"),
                           Optie("gecertificeerde-instelling", "Gecertificeerde instelling"),
                           Optie("advies-en-meldpunt", "Advies- en meldpunt"),
                           Optie("basisteam", "het lokale team, zoals site.lokaal_team het noemt"),  # see render/aanbieders.soort_label
                           Optie("ketenpartner", "Ketenpartner"))
# label: "Soort:" on the route page; kort: the step-through's heading word.
STAP_SOORTEN = Keuzes(Optie("actie", "stap", "Stap"), Optie("beslissing", "beslissing (ja/nee)", "Vraag"),
                      Optie("einde", "einde van de route", "Einde"),
                      Optie("route", "vervolg in een andere route", "Vervolg in een andere route"),
                      Optie("nood", "nooduitgang", "Nooduitgang"))
NOOD_SOORTEN = Keuzes(Optie("acuut", "acuut gevaar (112/politie)"), Optie("crisis", "crisis (crisisdienst)"),
                      Optie("advies-melden", "advies of melden (Veilig Thuis)"))
ROUTE_SOORTEN = Keuzes(Optie("zorgroute", "zorgroute"), Optie("veiligheidsroute", "veiligheidsroute"))
HERKOMSTEN = Keuzes(Optie("bron", "uit de bronnen"), Optie("model", "gemodelleerd (niet uit de bronnen)"))
UITVOERINGSVARIANTEN = Keuzes(Optie("inspanningsgericht", "inspanningsgericht"), Optie("outputgericht", "outputgericht"))

_NOWHERE = Locatie("")
_ALS_AFWIJKEND = "Alleen invullen als deze code afwijkt van zijn categorie."
SECTIE_UITLEG = ("Sectie van dat document: het nummer uit 'secties' van de bron ('2.2.1b', 'Bijlage 5'), eventueel "
                 "gevolgd door een kop binnen die sectie ('5.6 Jeugdbescherming en jeugdreclassering'). Meer secties "
                 "scheiden met '; '.")


@dataclass(kw_only=True)
class Located:
    loc: Locatie = _NOWHERE
    regels: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def at(self, veld: str) -> Locatie:
        """The location of one field, falling back to the object itself."""
        return Locatie(self.loc.bestand, self.regels.get(veld, self.loc.regel))


@blok("bronverwijzing")
class Bronverwijzing(Located):
    bron: str = veld(Ref("bron"), "Id van een document uit content/bronnen.yaml.", verplicht=True)
    sectie: str | None = veld(Tekst(200), SECTIE_UITLEG)


@dataclass(kw_only=True)
class Beheer(Located):
    """Shared by pages an editor maintains: sources, owner and the two dates (situation, last check)."""

    bronnen: list[Bronverwijzing] = veld(Lijst(Bronverwijzing.SCHEMA),
                                         "Waar de informatie vandaan komt (document en sectie).", standaard=[])
    eigenaar: str | None = veld(Tekst(120), "Wie deze inhoud beheert (team of functie, geen persoonsnaam).")
    peildatum: _dt.date | None = veld(
        Datum(), "Datum van de situatie die hier beschreven staat, bijvoorbeeld de datum van het "
        "brondocument. Verschilt van laatst_gecontroleerd als niemand het sindsdien heeft nagekeken.")
    laatst_gecontroleerd: _dt.date | None = veld(
        Datum(), "Datum waarop iemand de inhoud echt heeft nagekeken tegen de "
        "situatie van dat moment. Niet bijwerken zonder controle: de site toont een melding als dit lang geleden is.")


@blok("wijziging")
class Wijziging(Located):
    """One change a reader should know about: shown on the page, on 'Recent gewijzigd' and in the feed."""

    datum: _dt.date = veld(Datum(), "Datum waarop de wijziging op de site kwam (JJJJ-MM-DD); niet in de toekomst.",
                           verplicht=True)
    wat: str = veld(Tekst(500), "Wat er veranderd is, in één of twee zinnen voor professionals.", verplicht=True)
    werkwijze: bool = veld(JaNee(), "ja als een professional nu iets anders moet doen dan voorheen (een andere stap, "
                           "een ander nummer, een andere beslisser); de site zet er dan 'Let op' bij.", standaard=False)


_INTERVAL = Getal(1, 120)


@dataclass(kw_only=True)
class Onderhouden(Beheer):
    """A page an editor keeps current: its review interval and the changes readers are told about."""

    controle_interval_maanden: int | None = veld(
        _INTERVAL, "Na hoeveel maanden dit opnieuw moet worden nagekeken; weglaten: het interval uit regio.yaml.")
    wijzigingen: list[Wijziging] = veld(Lijst(Wijziging.SCHEMA), "Wat er voor lezers veranderd is, nieuwste "
                                        "eerst; staat bovenaan de pagina, op 'Recent gewijzigd' en in de feed.",
                                        standaard=[])


@dataclass(kw_only=True)
class Zoekbaar(Located):
    """Shared by what a reader looks for in everyday words (zorgsoort, productcategorie, begrip): nobody
    types 'GGZ kort', a huisarts types 'angst'. The finder and the site search use these words."""

    zoekwoorden: list[str] = veld(Lijst(Tekst(60)), "Woorden waarmee lezers dit zoeken: klachten en gewone woorden "
                                  "(angst, somberheid, ADHD, pleeggezin ...). De zoekfunctie en 'Aanbieder vinden' "
                                  "vinden het daarmee en zeggen 'gevonden via ...'.", standaard=[])
    zoekwoorden_herkomst: str | None = veld(
        Keuze(HERKOMSTEN), "Waar de zoekwoorden vandaan komen. bron: uit de bronnen (noem ze bij 'bronnen'); "
        "model: door de routewijzer gekozen; de site zegt dan dat de woorden niet uit de bronnen komen.")


@blok("sectie")
class Sectie(Located):
    """A heading of a source document, as the document itself numbers and names it: what a citation points at."""

    nummer: str = veld(Tekst(40), "Nummer zoals in het document ('2.2.1', '2.2.1b', 'Bijlage 5'), of de naam van "
                       "een deel zonder nummer ('Verklarende woordenlijst'). Verwijzingen noemen dit nummer.",
                       verplicht=True)
    titel: str = veld(Tekst(200), "Titel van de sectie, zoals in het document.", verplicht=True)


@blok("bron")
class Bron(Located):
    id: str = veld(Id(), "Korte naam waarmee andere bestanden naar dit document verwijzen.", verplicht=True)
    titel: str = veld(Tekst(300), "Titel van het document.", verplicht=True)
    kort: str | None = veld(Tekst(60), "Korte titel op de pagina's ('Bron: <kort>, §2.2.1 ...'); anders de titel.")
    landelijk: bool = veld(JaNee(), "ja: een landelijke openbare bron (wet, landelijke standaard), niet een van de "
                           "regionale brondocumenten; de site zegt dat bij elke verwijzing.", standaard=False)
    secties: list[Sectie] = veld(Lijst(Sectie.SCHEMA, 500), "De hoofdstukken en paragrafen van het document, met de "
                                 "nummers en titels van het document zelf. Staan ze er, dan moet elke 'sectie' van een "
                                 "verwijzing naar dit document met een van deze nummers beginnen.", standaard=[])
    uitgever: str = veld(Tekst(200), "Organisatie die het document heeft uitgebracht.", verplicht=True)
    datum: str = veld(Tekst(60), "Datum of periode van uitgave, zoals in het document.", verplicht=True)
    omschrijving: str | None = veld(Tekst(2000, True), "Waar het document over gaat.")
    website: str | None = veld(URL, "Openbaar webadres van het document, als dat er is.")


@blok("actor")
class Actor(Located):
    id: str = veld(Id(), "Id waarmee routes naar deze rol verwijzen.", verplicht=True)
    naam: str = veld(Tekst(120), "Naam van de rol zoals die op de site staat.", verplicht=True)
    omschrijving: str | None = veld(Tekst(1000, True), "Wat deze rol doet in de routes.")
    bronnen: list[Bronverwijzing] = veld(Lijst(Bronverwijzing.SCHEMA),
                                         "Waar de beschrijving van deze rol vandaan komt.", standaard=[])


@blok("begrip")
class Begrip(Beheer, Zoekbaar):
    id: str = veld(Id(), "Id waarmee routestappen naar dit begrip verwijzen.", verplicht=True)
    term: str = veld(Tekst(120), "Het begrip zoals het op de site staat.", verplicht=True)
    afkorting: str | None = veld(Tekst(30), "Afkorting; overal op de site wordt die bij aanwijzen uitgelegd.")
    uitleg: str = veld(Tekst(3000, True), "Uitleg in eigen woorden.", verplicht=True)


@blok("bericht")
class Bericht(Located):
    code: str = veld(BERICHT, "iJw-berichtcode, bijvoorbeeld JW301.", verplicht=True)
    naam: str = veld(Tekst(120), "Naam van het bericht.", verplicht=True)
    van: str = veld(Tekst(120), "Wie het bericht verstuurt.", verplicht=True)
    naar: str = veld(Tekst(120), "Wie het bericht ontvangt.", verplicht=True)


@blok("codewaarde")
class Codewaarde(Located):
    id: str = veld(Id(), "Id waarmee andere bestanden naar deze waarde verwijzen.", verplicht=True)
    naam: str = veld(Tekst(120), "Naam zoals op de site.", verplicht=True)
    ijw_code: str | None = veld(Tekst(10), "Code in de landelijke iJw-codelijst.")


@blok("codelijsten")
class Codelijsten(Located):
    berichten: list[Bericht] = veld(Lijst(Bericht.SCHEMA), "iJw-berichten die in routes genoemd mogen worden.",
                                    verplicht=True)
    verwijzers: list[Codewaarde] = veld(Lijst(Codewaarde.SCHEMA), "Soorten verwijzers (iJw-codelijst COD327).",
                                        verplicht=True)
    eenheden: list[Codewaarde] = veld(Lijst(Codewaarde.SCHEMA), "Eenheden voor productcodes (iJw-codelijst WJ756).",
                                      verplicht=True)


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


@blok("zorgsoort")
class Zorgsoort(Beheer, Zoekbaar):
    id: str = veld(Id(), "Id waarmee productcategorieën naar deze zorgsoort verwijzen.", verplicht=True)
    naam: str = veld(Tekst(120), "Naam van de zorgsoort.", verplicht=True)
    omschrijving: str = veld(Tekst(3000, True), "Wat onder deze zorgsoort valt.", verplicht=True)


@blok("productcode")
class Productcode(Located):
    code: str = veld(PRODUCTCODE, "Productcode: 2 cijfers, een hoofdletter, 2 cijfers (45A48).", verplicht=True)
    naam: str = veld(Tekst(200), "Naam van het product.", verplicht=True)
    omschrijving: str | None = veld(Tekst(3000, True), "Toelichting.")
    uitvoeringsvariant: str | None = veld(Keuze(UITVOERINGSVARIANTEN), "iJw-uitvoeringsvariant.")
    hulpvorm: str | None = veld(Tekst(160), "iJw-dimensie hulpvorm, bijvoorbeeld 'Met verblijf: pleegzorg'.")
    eenheid: str | None = veld(Ref("eenheid"), "Eenheid (id uit codelijsten.yaml), als die vastligt.")
    # Optional overrides of the category defaults:
    zorgsoort: str | None = veld(Ref("zorgsoort"), _ALS_AFWIJKEND)
    vrij_toegankelijk: bool | None = veld(JaNee(), _ALS_AFWIJKEND)
    expertpool_advies_verplicht: bool | None = veld(JaNee(), _ALS_AFWIJKEND)
    verwijzers: list[str] | None = veld(Lijst(Ref("verwijzer")), _ALS_AFWIJKEND)
    # Filled in by the model stage from the enclosing category (not a YAML key):
    categorie: str = ""


@blok("productcategorie")
class Productcategorie(Onderhouden, Zoekbaar):
    categorie: str = veld(CATEGORIE, "Landelijke productcategorie (2 cijfers, tussen aanhalingstekens).",
                          verplicht=True)
    naam: str = veld(Tekst(160), "Naam van de categorie.", verplicht=True)
    zorgsoort: str = veld(Ref("zorgsoort"), "Zorgsoort waar de categorie onder valt.", verplicht=True)
    omschrijving: str | None = veld(Tekst(3000, True), "Toelichting op de categorie en de indeling.")
    vrij_toegankelijk: bool = veld(JaNee(), "ja: zonder beschikking te gebruiken; nee: zorgtoewijzing nodig.",
                                   verplicht=True)
    toegang_herkomst: str | None = veld(  # like Stap.herkomst: what is modelled must look different
        Keuze(HERKOMSTEN), "Waar vrij_toegankelijk en verwijzers vandaan komen. bron: zo in de bronnen (noem ze bij "
        "'bronnen'); model: door de routewijzer gekozen (zeg in de omschrijving waarom). De site zet bij gemodelleerde "
        "antwoorden over beschikking en verwijzing dat ze niet uit de bronnen komen.")
    expertpool_advies_verplicht: bool = veld(
        JaNee(), "Alleen voor een regio met een expertpool (regionaal team van "
        "specialisten): ja als hun advies verplicht is bij toewijzing. Zet geen enkele categorie dit op ja, dan "
        "noemt de site geen expertpool.", standaard=False)
    verwijzers: list[str] = veld(Lijst(Ref("verwijzer")),
                                 "Wie naar deze zorg mag verwijzen (ids uit codelijsten.yaml).", verplicht=True)
    productcodes: list[Productcode] = veld(Lijst(Productcode.SCHEMA, 2000), "De productcodes in deze categorie.",
                                           verplicht=True)


@blok("locatie")
class Locatieadres(Located):
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
    locaties: list[Locatieadres] = veld(Lijst(Locatieadres.SCHEMA), "Vestigingen.", standaard=[])
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


@blok("overgang")
class Overgang(Located):
    stap: str = veld(Id(), "Id van de volgende stap in deze route.", verplicht=True)
    voorwaarde: str | None = veld(Tekst(120), "Wanneer deze overgang geldt; staat bij de pijl in het schema.")


class OvergangType(FieldType):
    """A transition: either just a step id, or a block with stap and voorwaarde."""

    beschrijving = "stap-id, of een blok met 'stap' en 'voorwaarde'"

    def convert(self, value, ctx, veld, line):
        if isinstance(value, str):
            stap = Id().convert(value, ctx, veld, line)
            return INVALID if stap is INVALID else Overgang(stap=stap, loc=ctx.loc(line))
        return Overgang.SCHEMA.convert(value, ctx, veld, line)


@blok("stap")
class Stap(Located):
    id: str = veld(Id(), "Id van de stap, uniek binnen de route (wordt een anker op de pagina).", verplicht=True)
    titel: str = veld(Tekst(150), "Korte titel; bij een beslissing de vraag.", verplicht=True)
    soort: str = veld(Keuze(STAP_SOORTEN), "actie (standaard), beslissing (met ja/nee), einde, route (gaat verder "
                      "in een andere route) of nood (nooduitgang).", standaard="actie")
    actor: str | None = veld(Ref("actor"), "Wie deze stap zet (een van de actoren van de route).")
    beschrijving: str | None = veld(Tekst(6000, True), "Uitleg. Lege regel = nieuwe alinea; regels die met '- ' "
                                    "beginnen worden een opsomming.")
    berichten: list[str] = veld(Lijst(Ref("bericht", BERICHT)), "iJw-berichten bij deze stap (JW315 ...).",
                                standaard=[])
    productcodes: list[str] = veld(Lijst(Ref("product", PRODUCT_OF_CATEGORIE)),
                                   "Productcodes of categorieën waar deze stap toe kan leiden.", standaard=[])
    aanbieders: list[str] = veld(Lijst(Ref("aanbieder")), "Organisaties die bij deze stap horen.", standaard=[])
    begrippen: list[str] = veld(Lijst(Ref("begrip")), "Begrippen uit de begrippenlijst.", standaard=[])
    routes: list[str] = veld(Lijst(Ref("route")), "Andere routes om naar te verwijzen.", standaard=[])
    naar: list[Overgang] = veld(Lijst(OvergangType()), "Volgende stap(pen), eventueel met voorwaarde.", standaard=[])
    ja: str | None = veld(Id(), "Bij een beslissing: de stap bij 'ja'.")
    nee: str | None = veld(Id(), "Bij een beslissing: de stap bij 'nee'.")
    route: str | None = veld(Ref("route"), "Bij soort route: de route waarin het verder gaat.")
    route_stap: str | None = veld(Id(), "Bij soort route: de stap in die andere route (optioneel).")
    nood: str | None = veld(Keuze(NOOD_SOORTEN), "Bij soort nood: acuut, crisis of advies-melden.")
    herkomst: str | None = veld(  # "bron" (in the sources) or "model" (a working method the site models)
        Keuze(HERKOMSTEN), "bron: de stap staat zo in de bronnen (noem ze bij 'bronnen'); "
        "model: een werkwijze die de site aanvult, bijvoorbeeld uit de landelijke meldcode (noem die bij "
        "'bronnen'). Op de site en in het schema zien gemodelleerde stappen er anders uit.")
    bronnen: list[Bronverwijzing] = veld(Lijst(Bronverwijzing.SCHEMA),
                                         "Waar deze stap vandaan komt (document en sectie).", standaard=[])

    @property
    def gemodelleerd(self) -> bool:
        return self.herkomst == "model"


@blok("zorgroute")
class Zorgroute(Onderhouden):
    id: str = veld(Id(), "Id van de route (wordt deel van het webadres).", verplicht=True)
    titel: str = veld(Tekst(150), "Titel van de route.", verplicht=True)
    soort: str = veld(Keuze(ROUTE_SOORTEN), "zorgroute (standaard) of veiligheidsroute. In een veiligheidsroute "
                      "zijn de nooduitgangen voor acuut gevaar en crisis vanuit elke stap bereikbaar; die pijlen hoeft "
                      "u niet bij elke stap te schrijven.", standaard="zorgroute")
    volgorde: int = veld(Getal(0, 10_000), "Plaats in het overzicht (laag = eerst).", standaard=100)
    samenvatting: str = veld(Tekst(1000, True), "Een of twee zinnen: waar gaat deze route over?", verplicht=True)
    doelgroep: str = veld(Tekst(1000, True), "Voor wie de route is.", verplicht=True)
    ingang: list[str] = veld(Lijst(Ref("actor")), "Wie de route start (actor-ids).", verplicht=True)
    actoren: list[str] = veld(Lijst(Ref("actor")), "Alle rollen die in de route een stap zetten.", verplicht=True)
    start: str = veld(Id(), "Id van de eerste stap.", verplicht=True)
    stappen: list[Stap] = veld(Lijst(Stap.SCHEMA, 500), "De stappen van de route.", verplicht=True)
    open_punten: list[str] = veld(Lijst(Tekst(600, True)),
                                  "Wat de bronnen niet zeggen; staat als 'open punt' op de pagina.", standaard=[])

    def stap(self, stap_id: str) -> Stap | None:
        return next((s for s in self.stappen if s.id == stap_id), None)


@blok("paginabeheer", "Optioneel blok bovenaan een pagina in content/paginas/, tussen twee regels '---': "
      "wie de pagina beheert, wanneer die is nagekeken en wat er voor lezers veranderd is.")
class Paginabeheer(Onderhouden):
    """The front matter of a hand-written page: the same review fields as a route, nothing else."""


@dataclass(kw_only=True)
class Pagina(Paginabeheer):
    """A hand-written Markdown page from content/paginas/ (its front matter fills the Paginabeheer fields)."""

    id: str
    titel: str
    tekst: str


@dataclass
class Content:
    """Everything the site is built from, after loading (not yet cross-checked)."""

    routes: list[Zorgroute] = field(default_factory=list)
    aanbieders: list[Aanbieder] = field(default_factory=list)
    categorieen: list[Productcategorie] = field(default_factory=list)
    zorgsoorten: list[Zorgsoort] = field(default_factory=list)
    zorgsoorten_toelichting: str | None = None
    regio: Regio | None = None
    actoren: list[Actor] = field(default_factory=list)
    begrippen: list[Begrip] = field(default_factory=list)
    bronnen: list[Bron] = field(default_factory=list)
    codelijsten: Codelijsten = field(default_factory=Codelijsten)
    paginas: list[Pagina] = field(default_factory=list)

    @property
    def productcodes(self) -> list[Productcode]:
        return [p for c in self.categorieen for p in c.productcodes]

    @property
    def gemeenten(self) -> list[Gemeente]:
        return self.regio.gemeenten if self.regio else []
