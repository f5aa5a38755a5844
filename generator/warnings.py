"""Doubtful but valid content: reported as warnings, errors under --strict."""
from __future__ import annotations

import datetime as _dt

from .catalog import Catalog
from .diagnostics import Diagnostics

MAX_LEEFTIJD_CONTROLE = _dt.timedelta(days=365)


def check_warnings(catalog: Catalog, diagnostics: Diagnostics, today: _dt.date | None = None) -> None:
    today = today or _dt.date.today()
    content = catalog.content
    for item in [*content.routes, *content.aanbieders]:
        checked = item.laatst_gecontroleerd
        if checked is None:
            diagnostics.waarschuwing(item.loc, "laatst_gecontroleerd", "Er staat niet bij wanneer dit is nagekeken.",
                                     "Voeg 'laatst_gecontroleerd: JJJJ-MM-DD' toe.")
        elif today - checked > MAX_LEEFTIJD_CONTROLE:
            diagnostics.waarschuwing(item.at("laatst_gecontroleerd"), "laatst_gecontroleerd",
                                     f"Laatst gecontroleerd op {checked.isoformat()}: langer dan 12 maanden geleden.",
                                     "Controleer de inhoud en werk de datum bij.")
    for route in content.routes:
        for stap in route.stappen:
            if not stap.beschrijving and stap.soort in ("actie", "beslissing"):
                diagnostics.waarschuwing(stap.loc, "beschrijving", f"Stap '{stap.id}' heeft geen beschrijving.")
