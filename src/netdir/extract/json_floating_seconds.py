"""Unix seconds whose UTC clock is the programme's wall clock: events under a day at midnight UTC.

A church youth site's programme of its Kirchentagswoche nests its events under their days as
Unix seconds: ``{"day": 1566000000, "events": [{"startDate": 1566055800, "endDate": -1,
"name": "Gesamtjugendtagung"}, …]}``. The day is midnight UTC of 17 August 2019. Read in
Berlin, the events' stamps put each day's evening prayer at 00:00 and „Abschluss des Tages“ at
01:00 of the next day, the morning „Wort zum Tage“ at noon — the writer turned the programme's
wall clock into seconds as if it were UTC (as a script does that counts „17.08.2019 22:00“ with
``timegm``), and counted the day the same way. So where the group's day is a midnight UTC stamp
and an event's stamp falls inside that UTC day (or the night after it), the stamp's UTC clock is
the event's own. Without such a day the seconds name a moment whose wall clock only a zone tells,
and they are left to the readers that know one (json_timetables, api_event_times). An end of -1
(a writer's „none“), or any end before the start, is no end.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeGuard

# Unix seconds of a plausible event (2001 to 2286): smaller counts are ids, flags or durations.
_MIN_SECONDS = 10**9
_MAX_SECONDS = 10**10
_DAY = 86_400
# A group's day keeps the events of its evening that run past midnight (a night until 04:00).
_NIGHT_AFTER = 6 * 3_600


def utc_midnight_seconds(value: object) -> int | None:
    """``value`` when it is Unix seconds at exactly midnight UTC (a day counted as UTC), else None."""
    if _is_seconds(value) and value % _DAY == 0:
        return value
    return None


def floating_start(
    node: dict[str, Any], keys: tuple[str, ...], group_midnight: int | None
) -> tuple[str, str] | None:
    """The wall clock (``YYYY-MM-DDTHH:MM``, no offset) of the first of ``keys`` in ``node`` that
    holds Unix seconds inside the UTC day ``group_midnight`` opens, and that key; None when the
    group has no such day or no key holds such a stamp."""
    if group_midnight is None:
        return None
    for key in keys:
        value = node.get(key)
        if _is_seconds(value) and group_midnight <= value < group_midnight + _DAY + _NIGHT_AFTER:
            return _clock(value), key
    return None


def floating_end(node: dict[str, Any], keys: tuple[str, ...], start: str) -> tuple[str, str] | None:
    """The end of an event whose start :func:`floating_start` read: the first of ``keys`` holding
    Unix seconds not before ``start``, as the same wall clock, and that key; None for -1 or none."""
    for key in keys:
        value = node.get(key)
        if _is_seconds(value) and (end := _clock(value)) >= start:
            return end, key
    return None


def _clock(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m-%dT%H:%M")


def _is_seconds(value: object) -> TypeGuard[int]:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and _MIN_SECONDS <= value < _MAX_SECONDS
    )
