"""The reference lists: actoren, begrippen and the national iJw code lists."""
from __future__ import annotations

from ..declare import blok, veld
from ..fields import (
    BERICHT,
    Id,
    Lijst,
    Tekst,
)
from .common import Beheer, Bronverwijzing, Located, Zoekbaar


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
