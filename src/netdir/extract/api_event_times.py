"""When an event object of an API answer happens, where it writes no plain ISO start.

Meetup's API answers, which sites keep as JSON for their talks pages, give an event's start as
epoch milliseconds beside the offset of its place (``"time": 1522859400000, "utc_offset":
7200000``: 4 April 2018, 18:30 in Oslo) and, from its version 3 on, also as the local day and
clock apart (``"local_date": "2018-02-24", "local_time": "15:00"``); the end only as a
``"duration"`` in milliseconds. The stamp made of them keeps the stated offset: the event's own
wall clock, never moved into another zone (issue #11, cause 4). Eventbrite's answers give each
time as an object of the local clock and its zone; a site script's export keeps the clock (or
a range of clocks) apart from the day.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeGuard

from netdir import lazy_re
from netdir.extract.clock_notes import clock_after, clock_and_length, labelled_clock_text
from netdir.extract.clock_zone_letters import without_zone_letters
from netdir.extract.iso_moments import iso_moment
from netdir.normalize.when_grammar import AM_PM
from netdir.zone_names import named_zone, wall_clock_in

_LOCAL_DATE = lazy_re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LOCAL_TIME = lazy_re.compile(r"^\d{2}:\d{2}$")
# Epoch milliseconds of a plausible event (2001 to 2286): a count of seconds or an id is no stamp.
_MIN_MILLIS = 10**12
_MAX_MILLIS = 10**13
_MAX_OFFSET_MILLIS = 14 * 3_600_000
_MAX_DURATION_MILLIS = 366 * 86_400_000


def api_start(node: dict[str, Any]) -> tuple[str, str] | None:
    """The event's start as an ISO stamp with its offset, and the keys it was read from."""
    offset = _offset(node.get("utc_offset"))
    day, clock = node.get("local_date"), node.get("local_time")
    if _is(day, _LOCAL_DATE) and _is(clock, _LOCAL_TIME):
        local = datetime.fromisoformat(f"{day}T{clock}")
        if offset is not None:
            local = local.replace(tzinfo=timezone(offset))
        return local.isoformat(timespec="minutes"), "local_date+local_time"
    moment = _moment(node.get("time"), offset)
    if moment is None:
        return None
    return moment.isoformat(timespec="minutes"), "time+utc_offset"


def api_end(node: dict[str, Any], start: str) -> str | None:
    """The end ``"duration"`` milliseconds after ``start`` (a stamp from :func:`api_start`)."""
    duration = node.get("duration")
    if not _is_int(duration) or not 0 < duration <= _MAX_DURATION_MILLIS:
        return None
    begins = datetime.fromisoformat(start)
    return (begins + timedelta(milliseconds=duration)).isoformat(timespec="minutes")


def _moment(millis: object, offset: timedelta | None) -> datetime | None:
    """Epoch milliseconds at the stated offset; without one the moment's zone is unknown."""
    if offset is None or not _is_int(millis) or not _MIN_MILLIS <= millis < _MAX_MILLIS:
        return None
    return datetime.fromtimestamp(millis / 1000, tz=UTC).astimezone(timezone(offset))


def _offset(millis: object) -> timedelta | None:
    """The offset in whole minutes, as a stamp writes it („+05:30“, never seconds)."""
    if not _is_int(millis) or abs(millis) > _MAX_OFFSET_MILLIS:
        return None
    return timedelta(minutes=millis // 60_000)


def _is(value: object, pattern: re.Pattern[str]) -> TypeGuard[str]:
    return isinstance(value, str) and pattern.match(value) is not None


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


# „18:00 Uhr“, „19:00 - 21:00 Uhr“: a German clock keeps its „Uhr“ in the data too.
# „von 18:00 bis 23:00 Uhr“, „from 9:00 to 12:00“: a range may open with its own word.
_CLOCK_RANGE = lazy_re.compile(
    r"^\s*(?:(?:von|from)\s+)?(\d{1,2}):(\d{2})(?:\s*(?:Uhr|h))?"
    r"(?:\s*(?:[-–—]|to|bis)\s*(\d{1,2}):(\d{2}))?(?:\s*(?:Uhr|h))?\s*$"
)
# „10 am–4 pm“, „7:00 PM“: an English clock with its half of the day (each end its own).
_MERIDIEM_RANGE = lazy_re.compile(
    rf"^\s*(\d{{1,2}})(?::(\d{{2}}))?\s*({AM_PM})"
    rf"(?:\s*(?:[-–—]|to)\s*(\d{{1,2}})(?::(\d{{2}}))?\s*({AM_PM}))?\s*$",
    re.IGNORECASE,
)
# The clock of a day-only start, apart from it: a range under one key, or from and to apart.
CLOCK_KEYS = ("time", "zeit", "uhrzeit")
# „Einlass“ (doors) last: the clock an object keeps for its doors is its start when it has no other.
_FROM_CLOCK_KEYS = ("zeit_von", "time_from", "start_time", "startTime", "starttime", "beginn", "begin", "von", "from", "einlass")  # fmt: skip
_TO_CLOCK_KEYS = ("zeit_bis", "time_to", "end_time", "endTime", "endtime", "ende", "end", "bis", "to")  # fmt: skip


def clock_range(value: object) -> tuple[str, str | None] | None:
    """A clock or a range of clocks kept apart from the day (``"time": "13:00–14:30"``, a site
    script's events): the start and end as ``HH:MM``; also with a lead word, a remark in brackets
    or a length after it („ab 19:00 Uhr“, „20:30 Uhr, 3 Std.“)."""
    if not isinstance(value, str):
        return None
    # „1:00 PM PT“: the wall clock without the letters of its zone.
    value = _colon_clocks(without_zone_letters(value))
    if (clocks := _bare_clock_range(value)) is not None:
        return clocks
    labelled = labelled_clock_text(value)
    if labelled is not None and labelled != value.strip():
        # „Einlass: 14:00 Uhr Beginn: 15:00 Uhr“: the clock the start label names.
        return clock_range(labelled)
    if (noted := clock_and_length(value)) is None:
        return None
    bare, length = noted
    if (clocks := _bare_clock_range(bare)) is None:
        return None
    start, end = clocks
    if length is not None and end is None:
        end = clock_after(start, length)
    return start, end


# „19.30 Uhr“, „17.30 bis 19.00 Uhr“: German clocks written with a dot, as the page prints them.
_DOTTED_CLOCK = lazy_re.compile(r"(?<![\d.])(\d{1,2})\.([0-5]\d)(?![\d.])")
_UHR = lazy_re.compile(r"\d\s*Uhr\b", re.IGNORECASE)


# „13h00 - 19h00“, „19h30“: clocks as French and Québec pages write them (hour, „h“, minutes).
_H_CLOCK = lazy_re.compile(r"(?<![\w.:])([01]?\d|2[0-3])\s?h\s?([0-5]\d)(?![\w.:])", re.IGNORECASE)


def _colon_clocks(value: str) -> str:
    """``value`` with its dotted clocks written with a colon, when it says „Uhr“ (a clock text;
    without it „14.06“ may be a day), and its „19h30“ clocks too."""
    if "h" in value or "H" in value:
        value = _H_CLOCK.sub(r"\1:\2", value)
    if "." not in value or _UHR.search(value) is None:
        return value
    return _DOTTED_CLOCK.sub(r"\1:\2", value)


def _bare_clock_range(value: str) -> tuple[str, str | None] | None:
    if (match := _CLOCK_RANGE.match(value)) is None:
        return _meridiem_range(value)
    hour, minute, end_hour, end_minute = match.groups()
    if int(hour) > 23 or int(minute) > 59:
        return None
    start = f"{int(hour):02d}:{minute}"
    if end_hour is None or int(end_hour) > 24 or int(end_minute) > 59:
        return start, None
    return start, f"{int(end_hour):02d}:{end_minute}"


def zoned_local(value: object) -> str | None:
    """A time object of the local clock and its zone (Eventbrite's ``{"timezone":
    "America/Chicago", "local": "2017-12-02T12:00:00", "utc": …}``) as an ISO stamp with the
    zone's offset at that moment; without a zone, the local clock alone."""
    if not isinstance(value, dict):
        return None
    local = value.get("local")
    if not isinstance(local, str):
        return None
    return clock_in_zone(local, value.get("timezone"))


# PHP's DateTime as json_encode writes it: ``{"date": "2023-05-11 17:00:00.000000",
# "timezone_type": 3, "timezone": "Europe/Berlin"}`` (type 1 names an offset, „+02:00“; type 2 an
# abbreviation, „CEST“, whose offset is not known here: the clock alone).
_PHP_DATE = lazy_re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_PHP_OFFSET = lazy_re.compile(r"^[+-]\d{2}:\d{2}$")


def php_datetime(value: object) -> str | None:
    """A PHP DateTime object as an ISO stamp of its wall clock with the offset it names."""
    if not isinstance(value, dict) or not _is(value.get("date"), _PHP_DATE):
        return None
    moment = iso_moment(value["date"].replace(" ", "T", 1))
    if moment is None:
        return None
    zone = value.get("timezone")
    if isinstance(zone, str) and _PHP_OFFSET.match(zone):
        return f"{moment.isoformat(timespec='minutes')}{zone}"
    named = named_zone(zone) if isinstance(zone, str) and "/" in zone else None
    return wall_clock_in(moment, named).isoformat(timespec="minutes")


def clock_in_zone(local: str, zone_name: object) -> str | None:
    """An ISO clock as a stamp: its own offset kept, else the named zone's at that moment, else
    the clock as written (an unknown zone)."""
    moment = iso_moment(local)
    if moment is None:
        return None
    zone = named_zone(zone_name) if isinstance(zone_name, str) else None
    return wall_clock_in(moment, zone).isoformat(timespec="minutes")


def clocks_apart(holder: dict[str, Any]) -> tuple[str, str | None, str] | None:
    """The start clock, the end clock (or None) and the keys they stand under, where an event
    object keeps them apart from its day: a range under one key (``"time": "13:00–14:30"``,
    ``"zeit": "18:00 Uhr"``) or its ends under two (``"zeit_von": "19:00", "zeit_bis":
    "21:00"``)."""
    if (whole := _first_clock(holder, CLOCK_KEYS)) is not None:
        key, (start_clock, end_clock) = whole
        return start_clock, end_clock, key
    if (start := _first_clock(holder, _FROM_CLOCK_KEYS)) is None:
        return None
    from_key, (start_clock, _) = start
    if (end := _first_clock(holder, _TO_CLOCK_KEYS)) is None:
        return start_clock, None, from_key
    to_key, (end_clock, _) = end
    return start_clock, end_clock, f"{from_key}+{to_key}"


def _first_clock(
    holder: dict[str, Any], keys: tuple[str, ...]
) -> tuple[str, tuple[str, str | None]] | None:
    """The first of ``keys`` whose value is a clock, with that clock (read once)."""
    for key in keys:
        if (clocks := clock_range(holder.get(key))) is not None:
            return key, clocks
    return None


def _meridiem_range(value: str) -> tuple[str, str | None] | None:
    """„10 am–4 pm“ → ``("10:00", "16:00")``, „7:00 PM“ → ``("19:00", None)``."""
    if (match := _MERIDIEM_RANGE.match(value)) is None:
        return None
    start = _day_clock(match[1], match[2], match[3])
    if start is None:
        return None
    return start, _day_clock(match[4], match[5], match[6]) if match[4] else None


def _day_clock(hour_text: str, minute_text: str | None, am_pm: str) -> str | None:
    hour, minute = int(hour_text), int(minute_text or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    hour = hour % 12 + (12 if am_pm[0].lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}"
