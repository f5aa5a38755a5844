"""The typed content model, and with it the YAML format: one declaration per field.

Every YAML key is declared once, in the module of its kind (this package), as a dataclass field
with `veld(type, uitleg, ...)`;
`@blok(naam)` derives the block's `FieldSchema` from those declarations (see content/declare.py).
content/format.py only names the derived schemas for the loader, FORMAAT.md and the JSON
Schemas, so the typed model and the editors' documentation cannot drift apart.

To add a field: add one line to the right class in this package, e.g.
    website: str | None = veld(URL, "Webadres; nooit verzinnen.")
(`verplicht=True` for a required key, `standaard=...` for a documented default), then
regenerate content/FORMAAT.md (`python -m generator formaat`) and the JSON Schemas
(`python -m generator schemas`); tests fail until both are in step.

Every object remembers where it came from (`loc`) and the line of each of its
fields (`regels`), so rules that run after loading can still point an editor at
file:line.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .aanbieders import AANBIEDER_SOORTEN, FINANCIERING, Aanbieder, Contract, Doelgroep, Locatie
from .bronnen import Bron, Sectie
from .common import HERKOMSTEN, SECTIE_UITLEG, Beheer, Bronverwijzing, Located, Onderhouden, Wijziging, Zoekbaar
from .lijsten import Actor, Begrip, Bericht, Codelijsten, Codewaarde
from .paginas import Pagina, Paginabeheer
from .productcodes import UITVOERINGSVARIANTEN, Productcategorie, Productcode, Zorgsoort
from .regio import (
    NALEVINGSSTATUS,
    NOOD_SOORTEN,
    ONDERZOEK_SOORTEN,
    Feedback,
    Gemeente,
    Herindeling,
    Noodcontact,
    Regio,
    Site,
    Telling,
    Toegankelijkheid,
)
from .routes import ROUTE_SOORTEN, STAP_SOORTEN, Overgang, OvergangType, Stap, Zorgroute


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


__all__ = [
    "AANBIEDER_SOORTEN", "Aanbieder", "Actor", "Begrip", "Beheer", "Bericht", "Bron", "Bronverwijzing",
    "Codelijsten", "Codewaarde", "Content", "Contract", "Doelgroep", "FINANCIERING", "Feedback", "Gemeente",
    "HERKOMSTEN", "Herindeling", "Located", "Locatie", "NOOD_SOORTEN", "Noodcontact", "Onderhouden",
    "Overgang", "OvergangType", "Pagina", "Paginabeheer", "Productcategorie", "Productcode", "ROUTE_SOORTEN",
    "Regio", "SECTIE_UITLEG", "STAP_SOORTEN", "Sectie", "Site", "Stap", "Telling", "UITVOERINGSVARIANTEN",
    "Wijziging", "Zoekbaar", "Zorgroute", "Zorgsoort", "NALEVINGSSTATUS", "ONDERZOEK_SOORTEN", "Toegankelijkheid",
]
