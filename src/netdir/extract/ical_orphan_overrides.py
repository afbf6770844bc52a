"""An occurrence of a series exported without its series: a single event on its own day.

A RECURRENCE-ID names which occurrence of a series an event replaces; the series itself is the
VEVENT of the same UID with the RRULE or RDATE. Calendar servers and aggregators also export
occurrences alone — Bedework's public feed of Duke University lists „Weekday Carillon Recital“
once per day with a RECURRENCE-ID and no series event anywhere in the file. Such an event
replaces nothing: a calendar shows it as what it says, one event at its DTSTART. It was handed to
the series expansion, which found no series and kept only what lay on or after the saving day,
so a recital of the day before vanished while single events of that day stayed.
"""

from __future__ import annotations

from typing import Any


def series_uids(calendar: Any) -> set[str]:
    """The UIDs of the calendar's series events (an RRULE or RDATE, no RECURRENCE-ID)."""
    return {
        str(event.get("UID", ""))
        for event in calendar.walk("VEVENT")
        if ("RRULE" in event or "RDATE" in event) and "RECURRENCE-ID" not in event
    }


def is_orphan_override(event: Any, series: set[str]) -> bool:
    """Whether ``event`` is an occurrence (RECURRENCE-ID) of a series the calendar lacks."""
    return "RECURRENCE-ID" in event and str(event.get("UID", "")) not in series
