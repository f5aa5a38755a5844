"""Source documents and their sections: what every citation points at."""
from __future__ import annotations

from ..declare import blok, veld
from ..fields import (
    URL,
    Id,
    JaNee,
    Lijst,
    Tekst,
)
from .common import Located


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
