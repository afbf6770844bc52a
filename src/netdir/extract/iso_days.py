"""The day an ISO date or stamp opens with, as the exchange formats of events write it.

A schema.org Schedule's „startDate“: „2024-01-08“; a frab day's „date“: „2019-12-27“; a stamp
„2019-12-27T11:00:00+01:00“ opens with its day. Readers of these formats take the day from the
first ten characters and nothing that only looks like it („27.12.2019“, „20191227“).
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re

_OPENS_WITH_A_DAY = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}")


def iso_day(value: object) -> date | None:
    """The day ``value`` opens with („2019-12-27“ of „2019-12-27T11:00“); None for any other
    value and for a day the calendar does not have („2019-02-30“)."""
    if not isinstance(value, str) or not _OPENS_WITH_A_DAY.match(value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
