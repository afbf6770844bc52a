"""A day stored as a stamp at midnight, beside the clock its object keeps apart.

A food-truck schedule's data writes each day as ``"date": "2026-08-22T00:00:00"`` and the hours
apart, ``"start_time": "1:00 PM PT", "end_time": "7:00 PM PT"``: the page groups the trucks by
that day and shows the hours. The midnight is no start hour — a day kept in a date-time column
comes out at 00:00 — so where the object states its clock apart, the stamp is read as its day
and the clock apart as its hour. A midnight with an offset („T00:00:00+02:00“) or a stamp at any
other hour is the object's own moment and stays.
"""

from __future__ import annotations

from netdir import lazy_re

# „2026-08-22T00:00:00“, „2026-08-22T00:00“, „2026-08-22 00:00:00.000“: midnight, no zone.
_LOCAL_MIDNIGHT = lazy_re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?$")


def midnight_day(stamp: str) -> str | None:
    """The day of a zoneless stamp at exactly midnight („2026-08-22T00:00:00“ → „2026-08-22“),
    None for any other stamp."""
    match = _LOCAL_MIDNIGHT.match(stamp.strip())
    return match[1] if match is not None else None
