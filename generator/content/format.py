"""The YAML format of every content file, by name: the schemas derived from content/model/.

Each field is declared once, on its model dataclass (see content/model/ and
content/declare.py); this module names the derived block schemas, adds the whole-file
wrappers that have no model class of their own, and lists every `@blok` in `ALL_SCHEMAS`
(found, not typed: a new block is in it at once), which `python -m generator formaat`
(content/FORMAAT.md) and its tests read. To add a field, edit content/model/, not this module.
"""
from __future__ import annotations

from . import model
from .declare import blocks
from .fields import FieldSchema, Lijst, Tekst, Veld
from .model import (  # noqa: F401  (re-exported: the choices are part of the format)
    AANBIEDER_SOORTEN,
    FINANCIERING,
    HERKOMSTEN,
    NOOD_SOORTEN,
    ROUTE_SOORTEN,
    STAP_SOORTEN,
    OvergangType,
)

BRONVERWIJZING = model.Bronverwijzing.SCHEMA
BRON = model.Bron.SCHEMA
SECTIE = model.Sectie.SCHEMA
ACTOR = model.Actor.SCHEMA
BEGRIP = model.Begrip.SCHEMA
BERICHT_SCHEMA = model.Bericht.SCHEMA
CODEWAARDE = model.Codewaarde.SCHEMA
CODELIJSTEN = model.Codelijsten.SCHEMA
NOODCONTACT = model.Noodcontact.SCHEMA
TELLING = model.Telling.SCHEMA
HERINDELING = model.Herindeling.SCHEMA
FEEDBACK = model.Feedback.SCHEMA
GEMEENTE = model.Gemeente.SCHEMA
SITE = model.Site.SCHEMA
REGIO = model.Regio.SCHEMA
ZORGSOORT = model.Zorgsoort.SCHEMA
PRODUCTCODE_SCHEMA = model.Productcode.SCHEMA
PRODUCTCATEGORIE = model.Productcategorie.SCHEMA
LOCATIE = model.Locatie.SCHEMA
DOELGROEP = model.Doelgroep.SCHEMA
CONTRACT = model.Contract.SCHEMA
AANBIEDER = model.Aanbieder.SCHEMA
OVERGANG_BLOK = model.Overgang.SCHEMA
STAP = model.Stap.SCHEMA
ZORGROUTE = model.Zorgroute.SCHEMA
WIJZIGING = model.Wijziging.SCHEMA
PAGINABEHEER = model.Paginabeheer.SCHEMA

# Whole files that are one list (or a list plus a note): no model class of their own.
ZORGSOORTEN_BESTAND = FieldSchema("zorgsoorten", [
    Veld("zorgsoorten", Lijst(ZORGSOORT), True, "De zorgsoorten van de regio (zoveel als de regio gebruikt)."),
    Veld("toelichting", Tekst(3000, True), False, "Uitleg over de indeling van de regio (bijvoorbeeld hoe de eigen "
         "codes zich verhouden tot de landelijke categorieën); staat op de productcodes-pagina."),
])
BRONNEN_BESTAND = FieldSchema("bronnen", [Veld("bronnen", Lijst(BRON), True, "Brondocumenten.")])
ACTOREN_BESTAND = FieldSchema("actoren", [Veld("actoren", Lijst(ACTOR), True, "Rollen in de routes.")])
BEGRIPPEN_BESTAND = FieldSchema("begrippen", [Veld("begrippen", Lijst(BEGRIP, 2000), True, "Begrippen en afkortingen.")])

# Every @blok of the model, a block before the blocks it holds (the model declares them the other way round).
ALL_SCHEMAS = list(reversed(blocks(model)))
