"""The review cycle: when each page an editor keeps current is due for its next check.

An item is due `controle_interval_maanden` after its `laatst_gecontroleerd` (its own interval,
else the region's from regio.yaml). Never checked means due now. `python -m generator onderhoud`
lists what is overdue and what comes due soon, per eigenaar; `check` only counts the overdue ones.
Pure functions of loaded content; "today" is always passed in.
"""
from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import dataclass

from .model import Content, Regio

BINNENKORT_DAGEN = 60
STANDAARD_INTERVAL = 12  # months, when there is no regio.yaml to say otherwise


@dataclass(frozen=True)
class Controlepunt:
    """One item in the review cycle, as the onderhoud list and the stale-page notice see it."""

    soort: str  # Dutch noun, as the list prints it
    naam: str
    bestand: str
    regel: int
    eigenaar: str | None
    laatst_gecontroleerd: _dt.date | None
    interval: int
    volgende: _dt.date | None  # None: never checked, so due now

    def te_laat(self, today: _dt.date) -> bool:
        return self.volgende is None or self.volgende < today

    def binnenkort(self, today: _dt.date, dagen: int = BINNENKORT_DAGEN) -> bool:
        return not self.te_laat(today) and self.volgende <= today + _dt.timedelta(days=dagen)


def plus_maanden(datum: _dt.date, maanden: int) -> _dt.date:
    """The same day `maanden` later (the last day of the month where that day does not exist)."""
    month0 = datum.month - 1 + maanden
    year, month = datum.year + month0 // 12, month0 % 12 + 1
    return datum.replace(year=year, month=month, day=min(datum.day, calendar.monthrange(year, month)[1]))


def interval_van(item, regio: Regio | None) -> int:
    own = getattr(item, "controle_interval_maanden", None)
    if own:
        return own
    return regio.controle_interval_maanden if regio else STANDAARD_INTERVAL


def volgende_controle(item, regio: Regio | None) -> _dt.date | None:
    checked = item.laatst_gecontroleerd
    return plus_maanden(checked, interval_van(item, regio)) if checked else None


def over_datum(item, regio: Regio | None, today: _dt.date) -> bool:
    """Past its next review date (or never checked): the page says 'Mogelijk verouderd'."""
    volgende = volgende_controle(item, regio)
    return volgende is None or volgende < today


def controlepunten(content: Content) -> list[Controlepunt]:
    """Every item in the review cycle: routes, aanbieders, productcategorieën and hand-written pages."""
    soorten = [("route", content.routes, lambda r: r.titel), ("aanbieder", content.aanbieders, lambda a: a.naam),
               ("productcategorie", content.categorieen, lambda c: f"{c.categorie} {c.naam}"),
               ("pagina", content.paginas, lambda p: p.titel)]
    return [Controlepunt(soort, naam(item), item.loc.bestand, item.at("laatst_gecontroleerd").regel, item.eigenaar,
                         item.laatst_gecontroleerd, interval_van(item, content.regio),
                         volgende_controle(item, content.regio))
            for soort, items, naam in soorten for item in items]


def aan_de_beurt(punten: list[Controlepunt], today: _dt.date) -> tuple[list[Controlepunt], list[Controlepunt]]:
    """(overdue, due within BINNENKORT_DAGEN), each soonest first."""
    def order(p: Controlepunt):
        return (p.volgende or _dt.date.min, p.bestand)

    te_laat = sorted((p for p in punten if p.te_laat(today)), key=order)
    binnenkort = sorted((p for p in punten if p.binnenkort(today)), key=order)
    return te_laat, binnenkort
