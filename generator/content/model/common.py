"""Shared by the blocks of every kind: where a value came from, citations, maintenance and review, search words."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from ..declare import blok, veld
from ..diagnostics import Vindplaats
from ..fields import (
    Datum,
    Getal,
    JaNee,
    Keuze,
    Keuzes,
    Lijst,
    Optie,
    Ref,
    Tekst,
)

HERKOMSTEN = Keuzes(Optie("bron", "uit de bronnen"), Optie("model", "gemodelleerd (niet uit de bronnen)"))


_NOWHERE = Vindplaats("")


SECTIE_UITLEG = ("Sectie van dat document: het nummer uit 'secties' van de bron ('2.2.1b', 'Bijlage 5'), eventueel "
                 "gevolgd door een kop binnen die sectie ('5.6 Jeugdbescherming en jeugdreclassering'). Meer secties "
                 "scheiden met '; '.")


@dataclass(kw_only=True)
class Located:
    loc: Vindplaats = _NOWHERE
    regels: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def at(self, veld: str) -> Vindplaats:
        """The location of one field, falling back to the object itself."""
        return Vindplaats(self.loc.bestand, self.regels.get(veld, self.loc.regel))


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
