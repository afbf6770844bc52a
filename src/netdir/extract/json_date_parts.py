"""An event object of a site's JSON whose day is written in parts, not as one date.

Small sites keep their dates as data for a page to render, and split them the way the page
shows them: a church's events as ``{"dateno": "12", "datemonth": "SEP", "time": "18:00 Uhr"}``
(no year: the page shows the coming months), a scout troop's calendar nested as years → months
→ ``{"day": "27-29", "event": "Shooting Trip"}`` (the year two objects up, the month name one
up, a run of days in the event), an association's ``{"tag": "14", "monat": "08", "jahr":
"2015"}``. The parts are read from the object, a part it does not state from the objects
around it (:func:`stated_parts` collects them on the way down), and a missing year is the one
that puts the day nearest the page's day (as a yearless date on a page is read). A club's
programme groups its events by day — ``[{"date": "2025-10-08", "events": [{"title": …, "time":
"7:00 PM"}]}]`` —: the group's whole date is the day of each event listed under it that states
none of its own (:func:`grouped_day`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Final, TypedDict

from netdir import lazy_re
from netdir.extract.json_floating_seconds import utc_midnight_seconds
from netdir.normalize.when_value import infer_year, safe_date
from netdir.normalize.when_words import MONTHS

DAY_KEYS = ("day", "tag", "dateno", "date_day", "dayno", "day_of_month")
MONTH_KEYS = ("month", "monat", "datemonth", "date_month", "monthname", "month_name")
YEAR_KEYS = ("year", "jahr", "dateyear", "date_year")
# Where the event's name stands beside such parts: a calendar row's "event" is its name.
TITLE_KEYS = ("event", "veranstaltung", "termin", "anlass")
# A day or a run of days („27-29“, „5–6“), as a calendar row writes them.
_DAYS = lazy_re.compile(r"^\s*(\d{1,2})\.?(?:\s*[-–—]\s*(\d{1,2})\.?)?\s*$")
_YEAR = lazy_re.compile(r"^\s*(\d{4})\s*$")
_MONTH_NUMBER = lazy_re.compile(r"^\s*(\d{1,2})\.?\s*$")


class Parts(TypedDict, total=False):
    """What the objects around an object state for it, each only where one does."""

    year: int
    month: int
    group_day: int  # the ordinal of the whole day an untitled group states for its events
    group_clock: str  # the „HH:MM“ start a group states for all its events (json_day_lists)
    group_utc_midnight: int  # a group's day as Unix seconds at midnight UTC (json_floating_seconds)


GROUP_DAY: Final = "group_day"
GROUP_UTC_MIDNIGHT: Final = "group_utc_midnight"
# Where such a group keeps its day, and the lists it keeps its events in.
_GROUP_DAY_KEYS = ("date", "datum", "day", "tag")
_GROUP_DATE = lazy_re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
# Only a list named for what happens that day („events“, „termine“, „programm“) holds them: a
# dated object's „attachments“ or „rooms“ are no events of its day.
_GROUP_LIST = lazy_re.compile(
    r"^(?:events?|items|entries|termine?|veranstaltungen|eintr(?:ä|ae)ge|programm?e?|schedule)$",
    re.I,
)


def grouped_day(node: dict[str, Any], key: str, around: Parts) -> Parts:
    """The parts the items of ``node[key]`` (a list in an untitled object) inherit: with the
    group's whole ISO day when the object states one."""
    if _GROUP_LIST.match(key) is None:
        return around
    for day_key in _GROUP_DAY_KEYS:
        if day_key != key and (seconds := utc_midnight_seconds(node.get(day_key))) is not None:
            # „"day": 1566000000“: a day counted as UTC, whose events' seconds are its wall clock.
            return {**around, GROUP_UTC_MIDNIGHT: seconds}
        if day_key == key or (text := _text(node.get(day_key))) is None:
            continue
        if (match := _GROUP_DATE.match(text)) is None:
            continue
        day = safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day is not None:
            return {**around, GROUP_DAY: day.toordinal()}
    return around


def stated_parts(node: dict[str, Any], around: Parts) -> Parts:
    """The year and month ``node`` states, over those of the objects around it: what the
    objects inside it inherit."""
    parts = around.copy()
    if (year := _year(node)) is not None:
        parts["year"] = year
    if (month := _month(node)) is not None:
        parts["month"] = month
    return parts


def parted_days(
    node: dict[str, Any], around: Parts, today: date
) -> tuple[str, str | None, str] | None:
    """The first and last day (``YYYY-MM-DD``; the last only for a run of days) of an object
    whose day, month and year stand apart — in it or, month and year, in the objects around it
    — and the keys they were read from."""
    day_key = next((key for key in DAY_KEYS if _days(node.get(key)) is not None), None)
    if day_key is None:
        if (ordinal := around.get(GROUP_DAY)) is None:
            return None
        return date.fromordinal(ordinal).isoformat(), None, "group.date"
    first, last = _days(node[day_key]) or (0, None)
    parts = stated_parts(node, around)
    month = parts.get("month")
    if month is None:
        return None
    year = parts.get("year") or infer_year(month, first, today)
    start = safe_date(year, month, first)
    if start is None:
        return None
    end = None
    if last is not None and last != first:
        # A run past the month's end („30-2“) ends in the next month.
        end_month, end_year = (
            (month, year) if last > first else (month % 12 + 1, year + month // 12)
        )
        end = safe_date(end_year, end_month, last)
    source = "+".join(
        key for key in (day_key, _key_of(node, MONTH_KEYS), _key_of(node, YEAR_KEYS)) if key
    )
    return start.isoformat(), end.isoformat() if end is not None else None, source


def _days(value: object) -> tuple[int, int | None] | None:
    if (text := _text(value)) is None or (match := _DAYS.match(text)) is None:
        return None
    first, last = int(match[1]), int(match[2]) if match[2] else None
    if not 1 <= first <= 31 or (last is not None and not 1 <= last <= 31):
        return None
    return first, last


def _month(node: dict[str, Any]) -> int | None:
    for key in MONTH_KEYS:
        if (text := _text(node.get(key))) is None:
            continue
        if (match := _MONTH_NUMBER.match(text)) is not None:
            if 1 <= (number := int(match[1])) <= 12:
                return number
            continue
        word = text.strip().rstrip(".").casefold()
        if word in MONTHS:
            return MONTHS[word]
    return None


def _year(node: dict[str, Any]) -> int | None:
    for key in YEAR_KEYS:
        if (text := _text(node.get(key))) is not None and (match := _YEAR.match(text)) is not None:
            return int(match[1])
    return None


def _text(value: object) -> str | None:
    """A part as text: a site writes „14“ or 14 alike (never a bool)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) else None


def _key_of(node: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    return next((key for key in keys if key in node), None)
