"""What changed for readers: the `wijzigingen` of routes, aanbieders, productcategorieën and pages.

An entry is a promise to a professional ("since this date, do this differently"), so the rules are
strict: newest first (the page shows the first one at the top), never dated in the future, never
without text (the field types already refuse empty text and impossible dates).
"""
from __future__ import annotations

import datetime as _dt

from .diagnostics import Diagnostics
from .model import Content, Onderhouden
from .today import vandaag


def onderhouden_items(content: Content) -> list[Onderhouden]:
    """Every item that can carry wijzigingen, in a fixed order."""
    return [*content.routes, *content.aanbieders, *content.categorieen, *content.paginas]


def check_wijzigingen(content: Content, diagnostics: Diagnostics, today: _dt.date | None = None) -> None:
    today = today or vandaag()
    for item in onderhouden_items(content):
        vorige = None
        for wijziging in item.wijzigingen:
            veld = "wijzigingen.datum"  # no [N]: entries that failed their own checks are not in the list
            plek = wijziging.at("datum")
            if wijziging.datum > today:
                diagnostics.fout(plek, veld, f"De wijziging is gedateerd op {wijziging.datum.isoformat()}, na vandaag "
                                 f"({today.isoformat()}).", "Zet een wijziging pas in de inhoud op de dag dat ze op "
                                 "de site komt, met de datum van die dag.")
            if vorige is not None and wijziging.datum > vorige.datum:
                diagnostics.fout(plek, veld, f"De wijzigingen staan niet op volgorde: {wijziging.datum.isoformat()} "
                                 f"staat onder {vorige.datum.isoformat()}.",
                                 "Zet de nieuwste wijziging bovenaan de lijst.")
            vorige = wijziging
