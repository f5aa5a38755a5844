"""Zorgroutes (the veiligheidsroute too): steps and their transitions."""
from __future__ import annotations

from ..declare import blok, veld
from ..fields import (
    BERICHT,
    INVALID,
    PRODUCT_OF_CATEGORIE,
    FieldType,
    Getal,
    Id,
    Keuze,
    Keuzes,
    Lijst,
    Optie,
    Ref,
    Tekst,
)
from .common import HERKOMSTEN, Bronverwijzing, Located, Onderhouden
from .regio import NOOD_SOORTEN

# label: "Soort:" on the route page; kort: the step-through's heading word.
STAP_SOORTEN = Keuzes(Optie("actie", "stap", "Stap"), Optie("beslissing", "beslissing (ja/nee)", "Vraag"),
                      Optie("einde", "einde van de route", "Einde"),
                      Optie("route", "vervolg in een andere route", "Vervolg in een andere route"),
                      Optie("nood", "nooduitgang", "Nooduitgang"))


ROUTE_SOORTEN = Keuzes(Optie("zorgroute", "zorgroute"), Optie("veiligheidsroute", "veiligheidsroute"))


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
