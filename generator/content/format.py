"""The YAML format of every content file: keys, types, and the editor-facing explanation.

This module is the single source of the format documentation: `python -m generator
formaat` prints it, and docs/INHOUD-FORMAAT.md is generated from it (a test keeps
the two in step).
"""
from __future__ import annotations

from . import model
from .fields import (
    AGB_CODE,
    BERICHT,
    CATEGORIE,
    EMAIL,
    INVALID,
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
    Lijst,
    Ref,
    Schema,
    Tekst,
    Veld,
)

FINANCIERING = ("budget", "tarief", "landelijk")
AANBIEDER_SOORTEN = ("zorgaanbieder", "gecertificeerde-instelling", "advies-en-meldpunt", "basisteam",
                     "ketenpartner")
STAP_SOORTEN = ("actie", "beslissing", "einde", "route", "nood")
NOOD_SOORTEN = ("acuut", "crisis", "advies-melden")
ROUTE_SOORTEN = ("zorgroute", "veiligheidsroute")
HERKOMSTEN = ("bron", "model")

BRONVERWIJZING = Schema("bronverwijzing", [
    Veld("bron", Ref("bron"), True, "Id van een document uit content/bronnen.yaml."),
    Veld("sectie", Tekst(200), False, "Hoofdstuk, paragraaf of bijlage in dat document."),
], model.Bronverwijzing)

BEHEER = [
    Veld("bronnen", Lijst(BRONVERWIJZING), False, "Waar de informatie vandaan komt (document en sectie).", []),
    Veld("eigenaar", Tekst(120), False, "Wie deze inhoud beheert (team of functie, geen persoonsnaam)."),
    Veld("peildatum", Datum(), False, "Datum van de situatie die hier beschreven staat, bijvoorbeeld de datum van het "
         "brondocument. Verschilt van laatst_gecontroleerd als niemand het sindsdien heeft nagekeken."),
    Veld("laatst_gecontroleerd", Datum(), False, "Datum waarop iemand de inhoud echt heeft nagekeken tegen de "
         "situatie van dat moment. Niet bijwerken zonder controle: de site toont een melding als dit lang geleden is."),
]

BRON = Schema("bron", [
    Veld("id", Id(), True, "Korte naam waarmee andere bestanden naar dit document verwijzen."),
    Veld("titel", Tekst(300), True, "Titel van het document."),
    Veld("uitgever", Tekst(200), True, "Organisatie die het document heeft uitgebracht."),
    Veld("datum", Tekst(60), True, "Datum of periode van uitgave, zoals in het document."),
    Veld("omschrijving", Tekst(2000, True), False, "Waar het document over gaat."),
    Veld("website", URL, False, "Openbaar webadres van het document, als dat er is."),
], model.Bron)

ACTOR = Schema("actor", [
    Veld("id", Id(), True, "Id waarmee routes naar deze rol verwijzen."),
    Veld("naam", Tekst(120), True, "Naam van de rol zoals die op de site staat."),
    Veld("omschrijving", Tekst(1000, True), False, "Wat deze rol doet in de routes."),
    Veld("bronnen", Lijst(BRONVERWIJZING), False, "Waar de beschrijving van deze rol vandaan komt.", []),
], model.Actor)

BEGRIP = Schema("begrip", [
    Veld("id", Id(), True, "Id waarmee routestappen naar dit begrip verwijzen."),
    Veld("term", Tekst(120), True, "Het begrip zoals het op de site staat."),
    Veld("afkorting", Tekst(30), False, "Afkorting; overal op de site wordt die bij aanwijzen uitgelegd."),
    Veld("uitleg", Tekst(3000, True), True, "Uitleg in eigen woorden."),
    *BEHEER,
], model.Begrip)

BERICHT_SCHEMA = Schema("bericht", [
    Veld("code", BERICHT, True, "iJw-berichtcode, bijvoorbeeld JW301."),
    Veld("naam", Tekst(120), True, "Naam van het bericht."),
    Veld("van", Tekst(120), True, "Wie het bericht verstuurt."),
    Veld("naar", Tekst(120), True, "Wie het bericht ontvangt."),
], model.Bericht)

CODEWAARDE = Schema("codewaarde", [
    Veld("id", Id(), True, "Id waarmee andere bestanden naar deze waarde verwijzen."),
    Veld("naam", Tekst(120), True, "Naam zoals op de site."),
    Veld("ijw_code", Tekst(10), False, "Code in de landelijke iJw-codelijst."),
], model.Codewaarde)

CODELIJSTEN = Schema("codelijsten", [
    Veld("berichten", Lijst(BERICHT_SCHEMA), True, "iJw-berichten die in routes genoemd mogen worden."),
    Veld("verwijzers", Lijst(CODEWAARDE), True, "Soorten verwijzers (iJw-codelijst COD327)."),
    Veld("eenheden", Lijst(CODEWAARDE), True, "Eenheden voor productcodes (iJw-codelijst WJ756)."),
], model.Codelijsten)

NOODCONTACT = Schema("noodcontact", [
    Veld("id", Id(), True, "Id van het noodcontact."),
    Veld("soort", Keuze(*NOOD_SOORTEN), True, "acuut (direct gevaar), crisis of advies-melden."),
    Veld("naam", Tekst(80), True, "Naam zoals in de noodbalk bovenaan elke pagina."),
    Veld("telefoon", TELEFOON, False, "Telefoonnummer; alleen als een bron het nummer geeft."),
    Veld("uitleg", Tekst(300), True, "Wanneer u dit contact gebruikt (één zin)."),
], model.Noodcontact)

TELLING = Schema("telling", [
    Veld("aantal", Getal(0, 10_000_000), True, "Het aantal."),
    Veld("periode", Tekst(80), True, "Waarover het cijfer gaat, zoals in de bron (bijvoorbeeld 'eerste kwartaal 2024')."),
    Veld("bron", Ref("bron"), True, "Id van het document uit content/bronnen.yaml waar het cijfer in staat."),
    Veld("sectie", Tekst(200), False, "Hoofdstuk, paragraaf of tabel in dat document."),
], model.Telling)

HERINDELING = Schema("herindeling", [
    Veld("naam", Tekst(80), True, "Naam van de gemeente waarin deze gemeente is opgegaan (zo zoeken lezers nu)."),
    Veld("datum", Datum(), False, "Datum van de herindeling."),
    Veld("toelichting", Tekst(300), False, "Bijvoorbeeld welk deel naar een andere gemeente ging."),
    Veld("bron", Ref("bron"), True, "Id van het document uit content/bronnen.yaml waar de herindeling in staat."),
    Veld("sectie", Tekst(200), False, "Hoofdstuk, paragraaf of tabel in dat document."),
], model.Herindeling)

FEEDBACK = Schema("feedback", [
    Veld("email", EMAIL, False, "E-mailadres voor meldingen van fouten ('Klopt dit niet?' op elke pagina); "
         "nooit verzinnen."),
    Veld("formulier", URL, False, "Webadres van een meldformulier, in plaats van of naast het e-mailadres. "
         "{titel}, {id} en {url} in het adres worden ingevuld met de pagina waar de lezer was."),
    Veld("naam", Tekst(120), False, "Wie de meldingen ontvangt, zoals op de site (standaard: de organisatie)."),
], model.Feedback)

GEMEENTE = Schema("gemeente", [
    Veld("id", Id(), True, "Id van de gemeente (wordt deel van het webadres)."),
    Veld("naam", Tekst(80), True, "Naam van de gemeente."),
    Veld("subregio", Tekst(120), False, "Samenwerkingsverband binnen de regio, als dat bekend is."),
    Veld("basisteam", Tekst(160), False, "Naam van het lokale team van de gemeente (basisteam, wijkteam, CJG), als "
         "die bekend is; op de site staat het onder de naam uit site.lokaal_team."),
    Veld("politie_basisteam", Tekst(120), False, "Basisteam van de politie waar de gemeente onder valt."),
    Veld("jeugdigen_met_jeugdhulp", TELLING, False,
         "Aantal jongeren met jeugdhulp in de gemeente, met de periode en de bron van het cijfer."),
    Veld("opgegaan_in", HERINDELING, False, "Als de gemeente bij een herindeling is opgegaan in een andere: "
         "de naam van die gemeente, met bron. Staat op de pagina en is vindbaar met de zoekfunctie."),
    *BEHEER,
], model.Gemeente)

SITE = Schema("site", [
    Veld("naam", Tekst(80), False, "Naam van de site, in de kop van elke pagina en het tabblad.", "Routewijzer jeugdhulp"),
    Veld("url", URL, False, "Webadres waar de site komt te staan (voor canonieke links en de sitemap), "
         "bijvoorbeeld https://www.example.nl/routewijzer/. Weglaten: de site werkt vanaf elke map."),
    Veld("omschrijving", Tekst(300), False, "Korte omschrijving van de site, voor zoekmachines."),
    Veld("voettekst", Tekst(300), False, "Tekst onderaan elke pagina. Weglaten: 'Uitgegeven door' met de organisatie."),
    Veld("lokaal_team", Tekst(60), False, "Hoe het lokale team van de gemeente heet in deze regio, in kleine "
         "letters, zo dat het past na 'het' en na 'een' (basisteam, wijkteam, CJG ...); zo staat het in de teksten "
         "van de site.", "jeugdteam"),
    Veld("lokale_teams", Tekst(60), False, "Het meervoud daarvan (basisteams, wijkteams ...).", "jeugdteams"),
], model.Site)

REGIO = Schema("regio", [
    Veld("naam", Tekst(120), True, "Naam van de jeugdregio."),
    Veld("provincie", Tekst(80), False, "Provincie van de regio (voor adressen in de open data)."),
    Veld("organisatie", Tekst(160), True, "Organisatie die de site uitgeeft."),
    Veld("omschrijving", Tekst(3000, True), True, "Korte uitleg over de regio, voor de startpagina."),
    Veld("noodcontacten", Lijst(NOODCONTACT), True, "Noodcontacten, bovenaan elke pagina."),
    Veld("gemeenten", Lijst(GEMEENTE), True, "De gemeenten van de regio."),
    Veld("site", SITE, False, "Instellingen van de site: naam, webadres, voettekst en hoe het lokale team heet."),
    Veld("feedback", FEEDBACK, False, "Waar lezers een fout melden: 'Klopt dit niet?' staat op elke inhoudspagina."),
    *BEHEER,
], model.Regio)

ZORGSOORT = Schema("zorgsoort", [
    Veld("id", Id(), True, "Id waarmee productcategorieën naar deze zorgsoort verwijzen."),
    Veld("naam", Tekst(120), True, "Naam van de zorgsoort."),
    Veld("omschrijving", Tekst(3000, True), True, "Wat onder deze zorgsoort valt."),
    *BEHEER,
], model.Zorgsoort)

ZORGSOORTEN_BESTAND = Schema("zorgsoorten", [
    Veld("zorgsoorten", Lijst(ZORGSOORT), True, "De zorgsoorten van de regio (zoveel als de regio gebruikt)."),
    Veld("toelichting", Tekst(3000, True), False, "Uitleg over de indeling van de regio (bijvoorbeeld hoe de eigen "
         "codes zich verhouden tot de landelijke categorieën); staat op de productcodes-pagina."),
])

PRODUCTCODE_SCHEMA = Schema("productcode", [
    Veld("code", PRODUCTCODE, True, "Productcode: 2 cijfers, een hoofdletter, 2 cijfers (45A48)."),
    Veld("naam", Tekst(200), True, "Naam van het product."),
    Veld("omschrijving", Tekst(3000, True), False, "Toelichting."),
    Veld("uitvoeringsvariant", Keuze("inspanningsgericht", "outputgericht"), False,
         "iJw-uitvoeringsvariant."),
    Veld("hulpvorm", Tekst(160), False, "iJw-dimensie hulpvorm, bijvoorbeeld 'Met verblijf: pleegzorg'."),
    Veld("eenheid", Ref("eenheid"), False, "Eenheid (id uit codelijsten.yaml), als die vastligt."),
    Veld("zorgsoort", Ref("zorgsoort"), False, "Alleen invullen als deze code afwijkt van zijn categorie."),
    Veld("vrij_toegankelijk", JaNee(), False, "Alleen invullen als deze code afwijkt van zijn categorie."),
    Veld("expertpool_advies_verplicht", JaNee(), False, "Alleen invullen als deze code afwijkt van zijn categorie."),
    Veld("verwijzers", Lijst(Ref("verwijzer")), False, "Alleen invullen als deze code afwijkt van zijn categorie."),
], model.Productcode)

PRODUCTCATEGORIE = Schema("productcategorie", [
    Veld("categorie", CATEGORIE, True, "Landelijke productcategorie (2 cijfers, tussen aanhalingstekens)."),
    Veld("naam", Tekst(160), True, "Naam van de categorie."),
    Veld("zorgsoort", Ref("zorgsoort"), True, "Zorgsoort waar de categorie onder valt."),
    Veld("omschrijving", Tekst(3000, True), False, "Toelichting op de categorie en de indeling."),
    Veld("vrij_toegankelijk", JaNee(), True, "ja: zonder beschikking te gebruiken; nee: zorgtoewijzing nodig."),
    Veld("expertpool_advies_verplicht", JaNee(), False, "Alleen voor een regio met een expertpool (regionaal team van "
         "specialisten): ja als hun advies verplicht is bij toewijzing. Zet geen enkele categorie dit op ja, dan "
         "noemt de site geen expertpool.", False),
    Veld("verwijzers", Lijst(Ref("verwijzer")), True, "Wie naar deze zorg mag verwijzen (ids uit codelijsten.yaml)."),
    Veld("productcodes", Lijst(PRODUCTCODE_SCHEMA, 2000), True, "De productcodes in deze categorie."),
    *BEHEER,
], model.Productcategorie)

LOCATIE = Schema("locatie", [
    Veld("naam", Tekst(160), True, "Naam van de vestiging."),
    Veld("adres", Tekst(200), False, "Straat en huisnummer; alleen uit een openbare bron."),
    Veld("postcode", Tekst(10), False, "Postcode."),
    Veld("plaats", Tekst(80), False, "Plaats."),
    Veld("gemeente", Ref("gemeente"), False, "Gemeente (id uit regio.yaml)."),
], model.Locatieadres)

DOELGROEP = Schema("doelgroep", [
    Veld("min_leeftijd", Getal(0, 27), False, "Jongste leeftijd in jaren."),
    Veld("max_leeftijd", Getal(0, 27), False, "Oudste leeftijd in jaren."),
    Veld("omschrijving", Tekst(1000, True), False, "Voor wie de hulp bedoeld is."),
], model.Doelgroep)

AANBIEDER = Schema("aanbieder", [
    Veld("id", Id(), True, "Id (wordt deel van het webadres)."),
    Veld("naam", Tekst(160), True, "Naam van de organisatie."),
    Veld("soort", Keuze(*AANBIEDER_SOORTEN), True, "Soort organisatie. 'basisteam' is het lokale team van de "
         "gemeente; op de site staat het zoals de regio het noemt (site.lokaal_team)."),
    Veld("financiering", Keuze(*FINANCIERING), False,
         "budget, tarief of landelijk; weglaten als de bronnen het niet zeggen."),
    Veld("omschrijving", Tekst(4000, True), True, "Wat de organisatie doet, in eigen woorden."),
    Veld("agb_code", AGB_CODE, False, "AGB-code (8 cijfers); nooit verzinnen."),
    Veld("website", URL, False, "Webadres; nooit verzinnen."),
    Veld("telefoon", TELEFOON, False, "Telefoonnummer; nooit verzinnen."),
    Veld("email", EMAIL, False, "E-mailadres; nooit verzinnen."),
    Veld("locaties", Lijst(LOCATIE), False, "Vestigingen.", []),
    Veld("werkgebied", Lijst(Ref("werkgebied")), False,
         "Gemeenten (ids) waar de organisatie werkt, of 'regio' voor de hele regio.", []),
    Veld("producten", Lijst(Ref("product", PRODUCT_OF_CATEGORIE)), False,
         "Productcodes (45A48) of hele categorieën (\"45\") die de organisatie levert.", []),
    Veld("doelgroep", DOELGROEP, False, "Leeftijd en omschrijving van de doelgroep."),
    Veld("ondersteuningsvormen", Lijst(Tekst(160)), False, "Vormen van hulp, in woorden.", []),
    *BEHEER,
], model.Aanbieder)


class OvergangType(FieldType):
    """A transition: either just a step id, or a block with stap and voorwaarde."""

    beschrijving = "stap-id, of een blok met 'stap' en 'voorwaarde'"

    def convert(self, value, ctx, veld, line):
        if isinstance(value, str):
            stap = Id().convert(value, ctx, veld, line)
            return INVALID if stap is INVALID else model.Overgang(stap=stap, loc=ctx.loc(line))
        return OVERGANG_BLOK.convert(value, ctx, veld, line)


OVERGANG_BLOK = Schema("overgang", [
    Veld("stap", Id(), True, "Id van de volgende stap in deze route."),
    Veld("voorwaarde", Tekst(120), False, "Wanneer deze overgang geldt; staat bij de pijl in het schema."),
], model.Overgang)

STAP = Schema("stap", [
    Veld("id", Id(), True, "Id van de stap, uniek binnen de route (wordt een anker op de pagina)."),
    Veld("titel", Tekst(150), True, "Korte titel; bij een beslissing de vraag."),
    Veld("soort", Keuze(*STAP_SOORTEN), False,
         "actie (standaard), beslissing (met ja/nee), einde, route (gaat verder in een andere route) "
         "of nood (nooduitgang).", "actie"),
    Veld("actor", Ref("actor"), False, "Wie deze stap zet (een van de actoren van de route)."),
    Veld("beschrijving", Tekst(6000, True), False,
         "Uitleg. Lege regel = nieuwe alinea; regels die met '- ' beginnen worden een opsomming."),
    Veld("berichten", Lijst(Ref("bericht", BERICHT)), False, "iJw-berichten bij deze stap (JW315 ...).", []),
    Veld("productcodes", Lijst(Ref("product", PRODUCT_OF_CATEGORIE)), False,
         "Productcodes of categorieën waar deze stap toe kan leiden.", []),
    Veld("aanbieders", Lijst(Ref("aanbieder")), False, "Organisaties die bij deze stap horen.", []),
    Veld("begrippen", Lijst(Ref("begrip")), False, "Begrippen uit de begrippenlijst.", []),
    Veld("routes", Lijst(Ref("route")), False, "Andere routes om naar te verwijzen.", []),
    Veld("naar", Lijst(OvergangType()), False, "Volgende stap(pen), eventueel met voorwaarde.", []),
    Veld("ja", Id(), False, "Bij een beslissing: de stap bij 'ja'."),
    Veld("nee", Id(), False, "Bij een beslissing: de stap bij 'nee'."),
    Veld("route", Ref("route"), False, "Bij soort route: de route waarin het verder gaat."),
    Veld("route_stap", Id(), False, "Bij soort route: de stap in die andere route (optioneel)."),
    Veld("nood", Keuze(*NOOD_SOORTEN), False, "Bij soort nood: acuut, crisis of advies-melden."),
    Veld("herkomst", Keuze(*HERKOMSTEN), False, "bron: de stap staat zo in de bronnen (noem ze bij 'bronnen'); "
         "model: een werkwijze die de site aanvult, bijvoorbeeld uit de landelijke meldcode (noem die bij "
         "'bronnen'). Op de site en in het schema zien gemodelleerde stappen er anders uit."),
    Veld("bronnen", Lijst(BRONVERWIJZING), False, "Waar deze stap vandaan komt (document en sectie).", []),
], model.Stap)

ZORGROUTE = Schema("zorgroute", [
    Veld("id", Id(), True, "Id van de route (wordt deel van het webadres)."),
    Veld("titel", Tekst(150), True, "Titel van de route."),
    Veld("soort", Keuze(*ROUTE_SOORTEN), False, "zorgroute (standaard) of veiligheidsroute.", "zorgroute"),
    Veld("volgorde", Getal(0, 10_000), False, "Plaats in het overzicht (laag = eerst).", 100),
    Veld("samenvatting", Tekst(1000, True), True, "Een of twee zinnen: waar gaat deze route over?"),
    Veld("doelgroep", Tekst(1000, True), True, "Voor wie de route is."),
    Veld("ingang", Lijst(Ref("actor")), True, "Wie de route start (actor-ids)."),
    Veld("actoren", Lijst(Ref("actor")), True, "Alle rollen die in de route een stap zetten."),
    Veld("start", Id(), True, "Id van de eerste stap."),
    Veld("stappen", Lijst(STAP, 500), True, "De stappen van de route."),
    Veld("open_punten", Lijst(Tekst(600, True)), False,
         "Wat de bronnen niet zeggen; staat als 'open punt' op de pagina.", []),
    *BEHEER,
], model.Zorgroute)

BRONNEN_BESTAND = Schema("bronnen", [Veld("bronnen", Lijst(BRON), True, "Brondocumenten.")])
ACTOREN_BESTAND = Schema("actoren", [Veld("actoren", Lijst(ACTOR), True, "Rollen in de routes.")])
BEGRIPPEN_BESTAND = Schema("begrippen", [Veld("begrippen", Lijst(BEGRIP, 2000), True, "Begrippen en afkortingen.")])

ALL_SCHEMAS = [ZORGROUTE, STAP, OVERGANG_BLOK, AANBIEDER, LOCATIE, DOELGROEP, PRODUCTCATEGORIE,
               PRODUCTCODE_SCHEMA, ZORGSOORT, REGIO, SITE, GEMEENTE, TELLING, NOODCONTACT, BEGRIP, BRON, ACTOR,
               CODELIJSTEN, BERICHT_SCHEMA, CODEWAARDE, BRONVERWIJZING]
