"""The one notion of "today" for date rules: review dates and future dates are judged against it.

ROUTEWIJZER_VANDAAG=JJJJ-MM-DD fixes it, so tests and reproducible rebuilds do not change
with the calendar (a page becomes "mogelijk verouderd" once its review date has passed).
"""
from __future__ import annotations

import datetime as _dt
import os


def vandaag() -> _dt.date:
    fixed = os.environ.get("ROUTEWIJZER_VANDAAG", "")
    try:
        return _dt.date.fromisoformat(fixed) if fixed else _dt.date.today()
    except ValueError:
        return _dt.date.today()

