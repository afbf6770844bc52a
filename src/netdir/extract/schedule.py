"""schema.org ``eventSchedule`` (a ``Schedule``) → an RFC 5545 RRULE and the next occurrence.

A weekly class or a monthly meetup states its rhythm instead of dates: ``repeatFrequency``
(an ISO 8601 duration such as ``P1W``), ``byDay``/``byMonthDay``/``byMonth``/``byMonthWeek``,
``repeatCount``, ``startDate``/``endDate`` of the whole series and the wall-clock
``startTime``/``endTime`` of each occurrence. The record carries the rule in ``recurrence``
and its next occurrence (on or after the day the page was read) as start, like an iCalendar
RRULE series.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from netdir import lazy_re
from netdir.extract.iso_days import iso_day
from netdir.normalize.when_recurrence import next_occurrence

_DURATION = lazy_re.compile(
    r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$", re.I
)
_FREQ_WORDS = {
    "daily": "DAILY", "weekly": "WEEKLY", "monthly": "MONTHLY", "yearly": "YEARLY",
    "annually": "YEARLY", "hourly": "HOURLY",
}  # fmt: skip
_WEEKDAYS = {
    "monday": "MO", "tuesday": "TU", "wednesday": "WE", "thursday": "TH", "friday": "FR",
    "saturday": "SA", "sunday": "SU",
}  # fmt: skip
_RRULE_DAY = lazy_re.compile(r"^[+-]?\d{0,2}(?:MO|TU|WE|TH|FR|SA|SU)$")
_TIME = lazy_re.compile(r"^(\d{1,2}):(\d{2})")


@dataclass(frozen=True, slots=True)
class Occurrence:
    rule: str
    start: str  # ISO date or date-time (wall clock, no offset: the schedule's own time zone)
    end: str | None


def schedule_occurrence(schedule: object, today: date) -> Occurrence | None:
    """The rule of ``schedule`` and its next occurrence on or after ``today`` (the first one
    when the series has ended); None when it states no rhythm netdir can write as RRULE."""
    if isinstance(schedule, list):
        schedule = next((item for item in schedule if isinstance(item, dict)), None)
    if not isinstance(schedule, dict):
        return None
    rule = schedule_rule(schedule)
    if rule is None:
        return None
    first = iso_day(schedule.get("startDate")) or today
    day = next_occurrence(rule, first, max(first, today)) or next_occurrence(rule, first, first)
    if day is None:
        return None
    start_time, end_time = _time(schedule.get("startTime")), _time(schedule.get("endTime"))
    start = f"{day.isoformat()}T{start_time}" if start_time else day.isoformat()
    end = f"{day.isoformat()}T{end_time}" if start_time and end_time else None
    return Occurrence(rule, start, end)


def schedule_rule(schedule: dict[str, Any]) -> str | None:
    frequency = _frequency(schedule.get("repeatFrequency"))
    days = [code for value in as_list(schedule.get("byDay")) if (code := _weekday(value))]
    weeks = [str(week) for week in as_list(schedule.get("byMonthWeek")) if _is_int(week)]
    if frequency is None:
        if not days:
            return None
        frequency = ("MONTHLY", 1) if weeks else ("WEEKLY", 1)
    freq, interval = frequency
    parts = [f"FREQ={freq}"]
    if interval > 1:
        parts.append(f"INTERVAL={interval}")
    if days:
        if weeks and freq == "MONTHLY":
            days = [f"{week}{day}" for week in weeks for day in days if day.isalpha()]
        parts.append("BYDAY=" + ",".join(days))
    month_days = [str(v) for v in as_list(schedule.get("byMonthDay")) if _is_int(v)]
    if month_days:
        parts.append("BYMONTHDAY=" + ",".join(month_days))
    months = [str(v) for v in as_list(schedule.get("byMonth")) if _is_int(v)]
    if months:
        parts.append("BYMONTH=" + ",".join(months))
    if _is_int(schedule.get("repeatCount")):
        parts.append(f"COUNT={int(str(schedule['repeatCount']))}")
    elif (until := iso_day(schedule.get("endDate"))) is not None:
        parts.append(f"UNTIL={until.strftime('%Y%m%d')}")
    return ";".join(parts)


def _frequency(value: object) -> tuple[str, int] | None:
    text = str(value).strip() if isinstance(value, str | int) else ""
    if text.casefold() in _FREQ_WORDS:
        return _FREQ_WORDS[text.casefold()], 1
    match = _DURATION.match(text)
    if match is None:
        return None
    years, months, weeks, days, hours = (int(part) if part else 0 for part in match.groups())
    for amount, freq in ((years, "YEARLY"), (months, "MONTHLY"), (weeks, "WEEKLY"), (days, "DAILY"), (hours, "HOURLY")):  # fmt: skip
        if amount:
            return freq, amount
    return None


def _weekday(value: object) -> str | None:
    """``https://schema.org/Wednesday``, ``Wednesday`` or an RRULE day (``2MO``) → ``WE``/``2MO``."""
    if not isinstance(value, str):
        return None
    name = value.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].strip()
    if name.casefold() in _WEEKDAYS:
        return _WEEKDAYS[name.casefold()]
    return name.upper() if _RRULE_DAY.match(name.upper()) else None


def _time(value: object) -> str | None:
    match = _TIME.match(value.strip()) if isinstance(value, str) else None
    return f"{int(match[1]):02d}:{match[2]}" if match else None


def _is_int(value: object) -> bool:
    return isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit())


def as_list(value: object) -> list[Any]:
    """A schema.org property's values: JSON-LD writes one value bare, several as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
