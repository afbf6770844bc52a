"""The year a weekday written beside a yearless day names („Sun, 5/20“ read on 8 November 2006:
20 May 2007 is a Sunday, 20 May 2006 was a Saturday).

The nearest such day (``infer_year``) is taken when the weekday fits it; else the neighbouring
year's day the weekday fits, if it lies within a year of the reference — a calendar's list runs
more than half a year ahead („Where 2.0 Conference 2007 · Tue, 6/19“ in November), while a
weekday that fits only a day further away is no date's („open 24/7 Sunday“: 24 July 2005 was a
Sunday, 16 months before).
"""

from __future__ import annotations

from datetime import date, timedelta

from netdir.normalize.when_context import stated_year
from netdir.normalize.when_value import infer_year, safe_date

_REACH = timedelta(days=365)


def year_the_weekday_names(month: int, day: int, weekday: int, reference: date) -> int | None:
    """The year of ``day``.``month`` that falls on ``weekday`` (0 = Monday) near ``reference``;
    None when no such year lies near."""
    nearest = infer_year(month, day, reference)
    found = safe_date(nearest, month, day)
    if found is not None and found.weekday() == weekday:
        return nearest
    if stated_year(reference) is not None:
        return None  # the page states the year: a weekday that does not fit it changes nothing
    fitting = [
        (abs(candidate - reference), year)
        for year in (nearest - 1, nearest + 1)
        if (candidate := safe_date(year, month, day)) is not None
        and candidate.weekday() == weekday
        and abs(candidate - reference) <= _REACH
    ]
    return min(fitting)[1] if fitting else None
