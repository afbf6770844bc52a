"""Days a calendar's writer stamped as midnight UTC.

Some writers turn a day without a clock into a UTC time instead of a DATE value: the Spearfish
Bulletin's aggregator (Python icalendar over scraped JSON) writes the chamber's „2026-03-19“ as
``DTSTART:20260319T000000Z`` and the campus calendar's one-day entries as
``DTSTART:20260408T000000Z`` / ``DTEND:20260408T000000Z``. Read at a reader's clock west of
Greenwich that is the evening before (18 March, 19:00 in Chicago), east of it a 01:00 start —
neither is what the calendar it came from said.

A stamp is read as its day only when nothing in the event says it is a time: DTSTART exactly at
00:00:00 UTC, no DURATION, and DTEND absent or itself at midnight UTC. An evening event at a
reader's 19:00 stamped 00:00Z (a church's service in Oshawa, a school's concert) has its end
at 01:30Z or a DURATION and stays a time. And the calendar must write days this way more than
once: at least ``MIN_DAYS`` different days so stamped, so one event at midnight UTC among
timed ones is not taken for a day.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

MIN_DAYS = 3  # different days stamped at midnight UTC before a calendar is read as writing days so
_MIDNIGHT = time(0, 0)


def writes_days_at_utc_midnight(calendar: Any) -> bool:
    """Whether the calendar's single events stamp at least ``MIN_DAYS`` different days at
    midnight UTC with no end or an end at midnight UTC (``stamped_day``)."""
    days: set[date] = set()
    for event in calendar.walk("VEVENT"):
        if "RRULE" in event or "RDATE" in event or "RECURRENCE-ID" in event:
            continue
        if (day := stamped_day(event)) is not None:
            days.add(day[0])
            if len(days) >= MIN_DAYS:
                return True
    return False


def stamped_day(event: Any) -> tuple[date, date | None] | None:
    """The day (and last day, when a later midnight-UTC DTEND gives one) of an event whose
    DTSTART is midnight UTC and whose end says nothing of a clock; None for any other event.
    The writer's DTEND is the last day itself, not the day after: the campus calendar's
    research symposium „April 1st through April 2nd“ ends ``DTEND:20260402T000000Z``."""
    if "DURATION" in event:
        return None
    start = _decoded(event, "DTSTART")
    if not _is_utc_midnight(start):
        return None
    end = _decoded(event, "DTEND")
    if end is not None and not _is_utc_midnight(end):
        return None
    assert isinstance(start, datetime)
    first = start.date()
    last = end.date() if isinstance(end, datetime) and end.date() > first else None
    return first, last


def _is_utc_midnight(value: object) -> bool:
    return (
        isinstance(value, datetime)
        and value.tzinfo is not None
        and value.utcoffset() == timedelta(0)
        and value.time() == _MIDNIGHT
        and getattr(value.tzinfo, "key", "UTC").upper() in {"UTC", "ETC/UTC", "Z"}
    )


def _decoded(event: Any, name: str) -> object:
    if name not in event:
        return None
    try:
        return event.decoded(name)
    except (ValueError, TypeError):
        return None
