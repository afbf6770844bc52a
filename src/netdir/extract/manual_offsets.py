"""The zone of an event whose site names no IANA zone.

WordPress lets a site pick a manual UTC offset instead of a city; The Events Calendar's REST
answer then names the zone by it: ``"timezone": "UTC-3"`` (Buenos Aires), ``"UTC+5.5"``
(India, the fraction in hours), with an empty ``timezone_abbr``. ``ZoneInfo`` knows no such
name, and a time read without its zone is read as Berlin's, five hours off. The offset is the
zone. Where the name says nothing readable, the answer's own pair of clocks still does: the
local ``start_date`` "2017-04-22 17:00:00" beside ``utc_start_date`` "2017-04-22 20:00:00"
is three hours behind UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo

from netdir import lazy_re

# "UTC", "UTC-3", "UTC+5.5", "UTC+5:30", "UTC+05:45"
_MANUAL = lazy_re.compile(r"^UTC(?:([+-])(\d{1,2})(?:([.:])(\d{1,2}))?)?$")
_LONGEST = timedelta(hours=14)
_STEP = timedelta(minutes=15)


def manual_offset_zone(name: str | None) -> tzinfo | None:
    """The fixed zone a manual offset names ("UTC-3" → UTC−03:00); None for anything else."""
    match = _MANUAL.match((name or "").strip())
    if match is None:
        return None
    if match[1] is None:
        return UTC
    minutes = 0
    if match[4] is not None:
        minutes = round(float("0." + match[4]) * 60) if match[3] == "." else int(match[4])
    offset = timedelta(hours=int(match[2]), minutes=minutes)
    return _fixed(-offset if match[1] == "-" else offset)


def offset_between(local: str | None, utc: str | None) -> tzinfo | None:
    """The fixed zone in which the wall clock ``local`` is the UTC clock ``utc``."""
    try:
        moment = datetime.fromisoformat((local or "").strip())
        universal = datetime.fromisoformat((utc or "").strip())
    except ValueError:
        return None
    if moment.tzinfo is not None or universal.tzinfo is not None:
        return None
    return _fixed(moment - universal)


def _fixed(offset: timedelta) -> tzinfo | None:
    if abs(offset) > _LONGEST or offset % _STEP:
        return None
    return UTC if not offset else timezone(offset)
