"""The typed content model. Field docstrings live in content_schema.py, next to the YAML keys.

Every object remembers where it came from (`loc`) and the line of each of its
fields (`regels`), so rules that run after loading can still point an editor at
file:line.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from .diagnostics import Locatie

_NOWHERE = Locatie("")


@dataclass(kw_only=True)
class Located:
    loc: Locatie = _NOWHERE
    regels: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def at(self, veld: str) -> Locatie:
        """The location of one field, falling back to the object itself."""
        return Locatie(self.loc.bestand, self.regels.get(veld, self.loc.regel))


@dataclass(kw_only=True)
class Bronverwijzing(Located):
    bron: str
    sectie: str | None = None


@dataclass(kw_only=True)
class Beheer(Located):
    """Shared by pages an editor maintains: sources, owner and date of last check."""

    bronnen: list[Bronverwijzing] = field(default_factory=list)
    eigenaar: str | None = None
    peildatum: _dt.date | None = None  # the date of the situation described, not of the last check
    laatst_gecontroleerd: _dt.date | None = None


@dataclass(kw_only=True)
class Bron(Located):
    id: str
    titel: str
    uitgever: str
    datum: str
    omschrijving: str | None = None
    website: str | None = None


@dataclass(kw_only=True)
class Actor(Located):
    id: str
    naam: str
    omschrijving: str | None = None
    bronnen: list[Bronverwijzing] = field(default_factory=list)


@dataclass(kw_only=True)
class Begrip(Beheer):
    id: str
    term: str
    afkorting: str | None = None
    uitleg: str


@dataclass(kw_only=True)
class Bericht(Located):
    code: str
    naam: str
    van: str
    naar: str


@dataclass(kw_only=True)
class Codewaarde(Located):
    id: str
    naam: str
    ijw_code: str | None = None


@dataclass(kw_only=True)
class Codelijsten(Located):
    berichten: list[Bericht] = field(default_factory=list)
    verwijzers: list[Codewaarde] = field(default_factory=list)
    eenheden: list[Codewaarde] = field(default_factory=list)


@dataclass(kw_only=True)
class Noodcontact(Located):
    id: str
    soort: str
    naam: str
    telefoon: str | None = None
    uitleg: str


@dataclass(kw_only=True)
class Telling(Located):
    """A count with its period and source, so no field is named after one report or one year."""

    aantal: int
    periode: str
    bron: str
    sectie: str | None = None


@dataclass(kw_only=True)
class Herindeling(Located):
    """The gemeente a former gemeente merged into: readers search for today's name."""

    naam: str
    datum: _dt.date | None = None
    toelichting: str | None = None
    bron: str
    sectie: str | None = None


@dataclass(kw_only=True)
class Feedback(Located):
    """Where readers report a mistake: an e-mail address or a form URL, both from the content."""

    email: str | None = None
    formulier: str | None = None
    naam: str | None = None


@dataclass(kw_only=True)
class Gemeente(Beheer):
    id: str
    naam: str
    subregio: str | None = None
    basisteam: str | None = None
    politie_basisteam: str | None = None
    jeugdigen_met_jeugdhulp: Telling | None = None
    opgegaan_in: Herindeling | None = None


@dataclass(kw_only=True)
class Site(Located):
    """Site settings of one region: they belong to the content, so a region is a content folder only."""

    naam: str = "Routewijzer jeugdhulp"
    url: str | None = None
    omschrijving: str | None = None
    voettekst: str | None = None
    lokaal_team: str = "jeugdteam"
    lokale_teams: str = "jeugdteams"


@dataclass(kw_only=True)
class Regio(Beheer):
    naam: str
    provincie: str | None = None
    organisatie: str
    omschrijving: str
    noodcontacten: list[Noodcontact] = field(default_factory=list)
    gemeenten: list[Gemeente] = field(default_factory=list)
    site: Site | None = None
    feedback: Feedback | None = None

    def __post_init__(self):
        if self.site is None:  # no site: block: every setting at its documented default
            self.site = Site()


@dataclass(kw_only=True)
class Zorgsoort(Beheer):
    id: str
    naam: str
    omschrijving: str


@dataclass(kw_only=True)
class Productcode(Located):
    code: str
    naam: str
    omschrijving: str | None = None
    uitvoeringsvariant: str | None = None
    hulpvorm: str | None = None
    eenheid: str | None = None
    # Optional overrides of the category defaults:
    zorgsoort: str | None = None
    vrij_toegankelijk: bool | None = None
    expertpool_advies_verplicht: bool | None = None
    verwijzers: list[str] | None = None
    # Filled in by the model stage from the enclosing category:
    categorie: str = ""


@dataclass(kw_only=True)
class Productcategorie(Beheer):
    categorie: str
    naam: str
    zorgsoort: str
    omschrijving: str | None = None
    vrij_toegankelijk: bool
    expertpool_advies_verplicht: bool = False
    verwijzers: list[str] = field(default_factory=list)
    productcodes: list[Productcode] = field(default_factory=list)


@dataclass(kw_only=True)
class Locatieadres(Located):
    naam: str
    adres: str | None = None
    postcode: str | None = None
    plaats: str | None = None
    gemeente: str | None = None


@dataclass(kw_only=True)
class Doelgroep(Located):
    min_leeftijd: int | None = None
    max_leeftijd: int | None = None
    omschrijving: str | None = None


@dataclass(kw_only=True)
class Aanbieder(Beheer):
    id: str
    naam: str
    soort: str
    financiering: str | None = None
    omschrijving: str
    agb_code: str | None = None
    website: str | None = None
    telefoon: str | None = None
    email: str | None = None
    locaties: list[Locatieadres] = field(default_factory=list)
    werkgebied: list[str] = field(default_factory=list)
    producten: list[str] = field(default_factory=list)
    doelgroep: Doelgroep | None = None
    ondersteuningsvormen: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Overgang(Located):
    stap: str
    voorwaarde: str | None = None


@dataclass(kw_only=True)
class Stap(Located):
    id: str
    titel: str
    soort: str = "actie"
    actor: str | None = None
    beschrijving: str | None = None
    berichten: list[str] = field(default_factory=list)
    productcodes: list[str] = field(default_factory=list)
    aanbieders: list[str] = field(default_factory=list)
    begrippen: list[str] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)
    naar: list[Overgang] = field(default_factory=list)
    ja: str | None = None
    nee: str | None = None
    route: str | None = None
    route_stap: str | None = None
    nood: str | None = None
    herkomst: str | None = None  # "bron" (in the sources) or "model" (a working method the site models)
    bronnen: list[Bronverwijzing] = field(default_factory=list)

    @property
    def gemodelleerd(self) -> bool:
        return self.herkomst == "model"


@dataclass(kw_only=True)
class Zorgroute(Beheer):
    id: str
    titel: str
    soort: str = "zorgroute"
    volgorde: int = 100
    samenvatting: str
    doelgroep: str
    ingang: list[str] = field(default_factory=list)
    actoren: list[str] = field(default_factory=list)
    start: str
    stappen: list[Stap] = field(default_factory=list)
    open_punten: list[str] = field(default_factory=list)

    def stap(self, stap_id: str) -> Stap | None:
        return next((s for s in self.stappen if s.id == stap_id), None)


@dataclass(kw_only=True)
class Pagina(Located):
    """A hand-written Markdown page from content/paginas/."""

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
