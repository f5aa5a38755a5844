"""The kinds of content, one record each (Lektor's datamodel): the one table the rest reads.

Two tables, because a file is not a kind: `regio.yaml` holds the regio, its gemeenten and its
noodcontacten; `codelijsten.yaml` holds three code lists.

- `BESTANDEN`: every YAML file (or folder of one-item files) of a content root: where it lives,
  the block it holds (its schema, derived from content/model/), where the loaded data goes
  in `Content`, and how FORMAAT.md describes it. Loading, FORMAAT.md and the JSON Schemas read it.
- `SOORTEN`: every kind of item that has an id: where its ids are written (file, list key, id
  key, so that ids of a file that failed validation are still known), its Dutch nouns, how an
  unknown reference to it is worded, and which attribute names an item on a page. References,
  the uniqueness check, the loader's raw ids and the catalog's names read it.

The pages seam adds what is about pages (URL function, renderer, navigation entry, search kind)
in `pages/registry.py`, one row per kind, keyed by these records.

To add a kind of content: a dataclass with `veld()` declarations in the module of its kind in content/model/ (and its
list on `Content`), one `Bestand` and one `Soort` here, and one renderer row in pages/registry.py.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import format as cs
from .diagnostics import Vindplaats
from .fields import FieldSchema
from .model import Content


@dataclass(frozen=True)
class Bestand:
    """A content file, or a folder whose every `.yaml` file is one block (`map=True`)."""

    pad: str  # relative to the content root
    schema: FieldSchema
    bewaar: Callable[[Content, Any], None]  # puts the converted data (None if unusable) into Content
    verplicht: bool  # for FORMAAT.md; a missing single file is always an error, a missing folder too
    vorm: str  # FORMAAT.md: the file's shape
    inhoud: str  # FORMAAT.md: what it holds
    voorbeeld: str | None  # FORMAAT.md: the example file under landelijk/
    map: bool = False
    glob: str = "*.yaml"  # for a folder: the files the editors' JSON Schema applies to
    doc: str = ""  # how FORMAAT.md names a folder's files (default: pad/glob)

    @property
    def naam_in_docs(self) -> str:
        return self.pad if not self.map else self.doc or f"{self.pad}/{self.glob}"


def _lijst(attribuut: str) -> Callable[[Content, Any], None]:
    """A file that is one list under the key `attribuut`, kept in the Content attribute of that name."""

    def bewaar(content: Content, data: Any) -> None:
        setattr(content, attribuut, list(data.get(attribuut) or []) if isinstance(data, dict) else [])

    return bewaar


def _blok(attribuut: str) -> Callable[[Content, Any], None]:
    def bewaar(content: Content, data: Any) -> None:
        if data is not None:
            setattr(content, attribuut, data)

    return bewaar


def _items(attribuut: str) -> Callable[[Content, Any], None]:
    """A folder of one-item files: each file's block is appended to the Content list `attribuut`."""

    def bewaar(content: Content, data: Any) -> None:
        if data is not None:
            getattr(content, attribuut).append(data)

    return bewaar


def _zorgsoorten(content: Content, data: Any) -> None:
    _lijst("zorgsoorten")(content, data)
    if isinstance(data, dict):
        content.zorgsoorten_toelichting = data.get("toelichting")


def _regio(content: Content, data: Any) -> None:
    content.regio = data


# In the order of FORMAAT.md.
BESTANDEN = [
    Bestand("content/regio.yaml", cs.REGIO, _regio, True, "één blok; begint met `naam:`",
            "De regio: naam, organisatie, omschrijving, de instellingen van de site (`site:`), de noodcontacten en "
            "de gemeenten.", "sjabloon/content/regio.yaml"),
    Bestand("content/actoren.yaml", cs.ACTOREN_BESTAND, _lijst("actoren"), True, "een lijst onder `actoren:`",
            "De rollen die in de routes een stap zetten.", "sjabloon/content/actoren.yaml"),
    Bestand("content/begrippen.yaml", cs.BEGRIPPEN_BESTAND, _lijst("begrippen"), True, "een lijst onder `begrippen:`",
            "Begrippen en afkortingen.", "sjabloon/content/begrippen.yaml"),
    Bestand("content/bronnen.yaml", cs.BRONNEN_BESTAND, _lijst("bronnen"), True, "een lijst onder `bronnen:`",
            "De brondocumenten; alle andere bestanden verwijzen ernaar met `bron:`.", "bronnen.yaml"),
    Bestand("content/codelijsten.yaml", cs.CODELIJSTEN, _blok("codelijsten"), True,
            "één blok met `berichten:`, `verwijzers:` en `eenheden:` (elk een lijst)",
            "De landelijke iJw-codelijsten; voor elke regio gelijk.", "codelijsten.yaml"),
    Bestand("content/productcodes/zorgsoorten.yaml", cs.ZORGSOORTEN_BESTAND, _zorgsoorten, True,
            "een lijst onder `zorgsoorten:`", "De zorgsoorten van de regio (hoeveel en welke bepaalt de regio zelf).",
            "zorgsoorten.yaml"),
    Bestand("content/productcodes", cs.PRODUCTCATEGORIE, _items("categorieen"), False,
            "één blok per bestand (productcategorie); begint met `categorie:`",
            "Eén landelijke productcategorie met de productcodes. Maak ze met `import-productcodes` "
            "(zie `content/import/`).", "productcodes/categorie-51.yaml", map=True, glob="categorie-*.yaml",
            doc="content/productcodes/categorie-NN.yaml"),
    Bestand("content/aanbieders", cs.AANBIEDER, _items("aanbieders"), True,
            "één blok per bestand (aanbieder); de map moet er zijn", "Eén organisatie per bestand.",
            "sjabloon/content/aanbieders/veilig-thuis.yaml", map=True),
    Bestand("zorgroutes", cs.ZORGROUTE, _items("routes"), True, "één blok per bestand (zorgroute); de map moet er zijn",
            "Eén route per bestand; de veiligheidsroute is een route met `soort: veiligheidsroute`.",
            "sjabloon/zorgroutes/hulpvraag.yaml", map=True),
]
SINGLE_FILES = {b.pad: b for b in BESTANDEN if not b.map}
FOLDERS = {b.pad: b for b in BESTANDEN if b.map}


@dataclass(frozen=True)
class Soort:
    """A kind of item with an id; `naam` is also what `Ref(naam)` in content/model/ refers to.

    A kind without `items` only gathers the ids of others (`ook`): a `werkgebied` is a gemeente or
    'regio', a `product` reference a productcode or a productcategorie."""

    naam: str  # "aanbieder"
    enkelvoud: str = ""  # "Aanbieder": how a duplicate-id message names one
    meervoud: str = ""  # "aanbieders": lists the known ids in a hint ("": never listed)
    onbekend: str = ""  # "Onbekende aanbieder": an unknown reference ("": nothing refers to this kind itself)
    hint: str = ""  # how to add a missing one
    items: Callable[[Content], Iterable[Any]] | None = None  # the loaded items
    sleutel: str = "id"  # the id key, in YAML and on the item
    titel: str | None = "naam"  # the attribute that names an item on a page (None: not named by id)
    bestand: str | None = None  # where the ids are written: a `Bestand.pad`
    lijst: str | None = None  # the list key in that file (None: the file is the item)
    ook: tuple[str, ...] = ()  # other reference kinds whose ids include these
    extra: tuple[str, ...] = ()  # ids valid without an item ('regio' as a werkgebied)
    plek: Callable[[Any], Vindplaats] = lambda item: item.loc  # where a duplicate is reported

    def verwijzingen(self) -> tuple[str, ...]:
        """The reference kinds whose valid ids include this kind's ids."""
        return ((self.naam,) if self.onbekend else ()) + self.ook


def _codelijst(naam: str) -> Callable[[Content], list]:
    return lambda content: getattr(content.codelijsten, naam)


# Uniqueness is checked (and reported) in this order.
SOORTEN = [
    Soort("gemeente", "Gemeente", "gemeenten", "Onbekende gemeente", items=lambda c: c.gemeenten,
          bestand="content/regio.yaml", lijst="gemeenten", ook=("werkgebied",)),
    Soort("productcategorie", "Productcategorie", items=lambda c: c.categorieen, sleutel="categorie",
          bestand="content/productcodes", ook=("product",)),
    Soort("productcode", "Productcode", items=lambda c: c.productcodes, sleutel="code", titel=None,
          bestand="content/productcodes", lijst="productcodes", ook=("product",)),
    Soort("afkorting", "Afkorting", items=lambda c: [b for b in c.begrippen if b.afkorting], sleutel="afkorting",
          titel=None, plek=lambda b: b.at("afkorting")),
    Soort("noodcontact", "Noodcontact", items=lambda c: c.regio.noodcontacten if c.regio else [], titel=None),
    Soort("pagina", "Pagina", items=lambda c: c.paginas, titel="titel"),
    Soort("bron", "Bron", "bronnen", "Onbekende bron", "Voeg het document toe aan content/bronnen.yaml.",
          items=lambda c: c.bronnen, titel="titel", bestand="content/bronnen.yaml", lijst="bronnen"),
    Soort("actor", "Actor", "actoren", "Onbekende actor", "Voeg de rol toe aan content/actoren.yaml.",
          items=lambda c: c.actoren, bestand="content/actoren.yaml", lijst="actoren"),
    Soort("begrip", "Begrip", "begrippen", "Onbekend begrip", "Voeg het begrip toe aan content/begrippen.yaml.",
          items=lambda c: c.begrippen, titel="term", bestand="content/begrippen.yaml", lijst="begrippen"),
    Soort("route", "Route", "routes", "Onbekende route", items=lambda c: c.routes, titel="titel",
          bestand="zorgroutes"),
    Soort("aanbieder", "Aanbieder", "aanbieders", "Onbekende aanbieder", "Maak een bestand in content/aanbieders/.",
          items=lambda c: c.aanbieders, bestand="content/aanbieders"),
    Soort("zorgsoort", "Zorgsoort", "zorgsoorten", "Onbekende zorgsoort", items=lambda c: c.zorgsoorten,
          bestand="content/productcodes/zorgsoorten.yaml", lijst="zorgsoorten"),
    Soort("bericht", "Bericht", "iJw-berichten", "Onbekend iJw-bericht",
          "Voeg het bericht toe aan content/codelijsten.yaml.", items=_codelijst("berichten"), sleutel="code",
          bestand="content/codelijsten.yaml", lijst="berichten"),
    Soort("verwijzer", "Verwijzer", "verwijzers", "Onbekende verwijzer", items=_codelijst("verwijzers"),
          bestand="content/codelijsten.yaml", lijst="verwijzers"),
    Soort("eenheid", "Eenheid", "eenheden", "Onbekende eenheid", items=_codelijst("eenheden"),
          bestand="content/codelijsten.yaml", lijst="eenheden"),
    Soort("werkgebied", meervoud="gemeenten", onbekend="Onbekende gemeente",
          hint="Gebruik een gemeente-id uit content/regio.yaml, of 'regio'.", extra=("regio",)),
    Soort("product", onbekend="Onbekende productcode of productcategorie"),
]
SOORT = {s.naam: s for s in SOORTEN}
