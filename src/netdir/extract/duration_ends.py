"""An event object's end told as its length after the start.

A site script's .NET export of a tech hub's events writes each meeting's length as a TimeSpan
(``"Start": "2025-01-21T18:30:00+01:00", "Duration": "04:00:00"``: until 22:30); schema.org-like
data write it in ISO 8601 (``"duration": "PT2H30M"``). Either, added to a start with its clock, is
the end; an empty or zero length, or one longer than two weeks, says nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from netdir import lazy_re

# „04:00:00“, „1.02:00:00“ (a day and two hours), „01:30“: [days.]hours:minutes[:seconds[.fraction]]
_TIMESPAN = lazy_re.compile(
    r"^\s*(?:(?P<d>\d{1,2})\.)?(?P<h>\d{1,2}):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d)(?:\.\d{1,7})?)?\s*$"
)
# „PT2H30M“, „P1DT4H“, „PT90M“
_ISO_DURATION = lazy_re.compile(
    r"^\s*P(?:(?P<d>\d{1,2})D)?(?:T(?:(?P<h>\d{1,3})H)?(?:(?P<m>\d{1,4})M)?(?:(?P<s>\d{1,5})S)?)?\s*$"
)
_LONGEST = timedelta(days=14)


def length_of(value: object) -> timedelta | None:
    """The length a TimeSpan or ISO 8601 duration text states; None for anything else."""
    if not isinstance(value, str):
        return None
    match = _TIMESPAN.match(value) or _ISO_DURATION.match(value)
    if match is None:
        return None
    parts = {key: int(found) if found else 0 for key, found in match.groupdict().items()}
    length = timedelta(days=parts["d"], hours=parts["h"], minutes=parts["m"], seconds=parts["s"])
    return length if timedelta(0) < length <= _LONGEST else None


def worded_length(amount: str, unit: str) -> timedelta:
    """The length „1,5“ „Stunden“ or „90“ „min.“ state: a unit starting with „m“ counts minutes,
    any other (Stunden, Std., hours, h) hours; a decimal comma reads as a point. The caller
    bounds it, since how long an event may last depends on what the length is added to."""
    count = float(amount.replace(",", "."))
    minutes = count if unit.lower().startswith("m") else count * 60
    return timedelta(minutes=round(minutes))


def end_after(start: str, value: object) -> str | None:
    """The end ``value``'s length after ``start`` (an ISO stamp with its clock), None when the
    start has no clock or the value states no length."""
    length = length_of(value)
    if length is None or len(start) <= len("2025-01-21") or start[10:11] != "T":
        return None
    try:
        begins = datetime.fromisoformat(start)
    except ValueError:
        return None
    return (begins + length).isoformat(timespec="minutes")
