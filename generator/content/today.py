"""The one notion of "today" for date rules: staleness is judged against it.

ROUTEWIJZER_VANDAAG=JJJJ-MM-DD fixes it, so tests and reproducible rebuilds do not change
with the calendar (a page becomes "mogelijk verouderd" a year after its last check).
"""
from __future__ import annotations

import datetime as _dt
import os

VEROUDERD_NA = _dt.timedelta(days=365)


def vandaag() -> _dt.date:
    fixed = os.environ.get("ROUTEWIJZER_VANDAAG", "")
    try:
        return _dt.date.fromisoformat(fixed) if fixed else _dt.date.today()
    except ValueError:
        return _dt.date.today()


def verouderd(laatst_gecontroleerd: _dt.date | None, today: _dt.date | None = None) -> bool:
    """Never checked, or checked longer ago than the threshold."""
    return laatst_gecontroleerd is None or (today or vandaag()) - laatst_gecontroleerd > VEROUDERD_NA
