"""The local clock a JSON entry keeps beside the UTC stamp of the same moment.

A gig guide's scraper stores each event as ``{"start": "2026-08-25T18:30:00.000Z",
"displayDateTime24": "2026-08-25 19:30", "displayTime24": "19:30"}``: the stamp is the moment in
UTC, the display fields are the hour its page shows — the venue's clock, London's +01:00 in
summer. Read alone, the UTC stamp goes onto Berlin's clock (20:30), an hour off what every reader
of the guide sees. Where an entry states its local day and clock (or its clock alone) under a key
that says so — „local…“, „display…“ — beside a UTC stamp, and the two differ by whole quarter
hours within the world's offsets (−12 to +14 hours), that difference is the offset of the event's
own clock: ``2026-08-25T19:30+01:00``, the same moment on that clock.

A local reading equal to the UTC one (London in winter) says the event's clock is UTC itself;
the stamp stays and the caller marks the record's zone as UTC, since a bare UTC stamp would
otherwise be shown on Berlin's clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from netdir import lazy_re

# A UTC stamp as answers write it: „…T18:30:00.000Z“, „…T18:30Z“, „…T18:30:00+00:00“.
_UTC_STAMP = lazy_re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})[T ](?P<h>\d{2}):(?P<m>\d{2})(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]00:?00)$"
)
# The local reading: a day and a 24-hour clock („2026-08-25 19:30“), or the clock alone („19:30“).
_LOCAL_STAMP = lazy_re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})[T ](?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?$"
)
_LOCAL_CLOCK = lazy_re.compile(r"^(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)$")
# Key words that say a value is the clock the event is shown at, not a server's moment.
_LOCAL_KEY_WORDS = ("local", "display")
_MINUTES_A_DAY = 24 * 60
_EAST_MOST = 14 * 60  # Kiribati's +14:00
_WEST_MOST = -12 * 60  # the Baker Island line's −12:00
_QUARTER = 15


def local_offset(holder: dict[str, Any], stamp: str) -> int | None:
    """The offset in minutes of the local clock ``holder`` states for the UTC ``stamp``
    („displayDateTime24“ 19:30 beside 18:30Z → 60), None when the stamp is no UTC stamp, the
    holder states no local clock, its local fields disagree, or a local reading and the stamp
    cannot be one moment (no whole quarter hour apart, or further apart than any zone is)."""
    utc = _UTC_STAMP.match(stamp.strip())
    if utc is None:
        return None
    moment = _moment(utc["day"], utc["h"], utc["m"])
    offsets = {
        ahead
        for key, value in holder.items()
        if _is_local_key(key) and (ahead := _minutes_ahead(moment, value)) is not None
    }
    return offsets.pop() if len(offsets) == 1 else None


def offset_of(local: str, stamp: str) -> int | None:
    """The offset in minutes of the local day and clock ``local`` („2019-08-17T16:00“) that is
    the moment of the UTC ``stamp`` („2019-08-18T02:00:00Z“ → −600), None when ``stamp`` is no
    UTC stamp or the two cannot be one moment. A day with the clock leaves no doubt where a clock
    alone could be −10 or +14 hours ahead."""
    utc = _UTC_STAMP.match(stamp.strip())
    if utc is None:
        return None
    return _minutes_ahead(_moment(utc["day"], utc["h"], utc["m"]), local)


def at_offset(stamp: str, offset: int) -> str:
    """The UTC ``stamp`` as the wall clock ``offset`` minutes ahead of UTC, with that offset
    („2026-08-25T18:30:00.000Z“, 60 → „2026-08-25T19:30+01:00“); a stamp that is no UTC stamp
    stays as it is."""
    utc = _UTC_STAMP.match(stamp.strip())
    if utc is None:
        return stamp
    moment = _moment(utc["day"], utc["h"], utc["m"]) + timedelta(minutes=offset)
    sign = "+" if offset >= 0 else "-"
    hours, minutes = divmod(abs(offset), 60)
    return f"{moment.isoformat(timespec='minutes')}{sign}{hours:02d}:{minutes:02d}"


def _moment(day: str, hour: str, minute: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour}:{minute}")


def _is_local_key(key: str) -> bool:
    folded = key.casefold()
    return any(word in folded for word in _LOCAL_KEY_WORDS)


def _minutes_ahead(moment: datetime, value: object) -> int | None:
    """How many minutes ``value``'s local reading is ahead of the UTC ``moment`` (behind: below
    zero); None when ``value`` is no local reading that can be that moment. A clock alone may
    belong to the next or the previous day: its offset is taken within the world's range."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if (full := _LOCAL_STAMP.match(text)) is not None:
        local = _moment(full["day"], full["h"], full["m"])
        ahead = int((local - moment).total_seconds()) // 60
    elif (clock := _LOCAL_CLOCK.match(text)) is not None:
        minutes = int(clock["h"]) * 60 + int(clock["m"]) - moment.hour * 60 - moment.minute
        ahead = minutes % _MINUTES_A_DAY
        if ahead > _EAST_MOST:
            ahead -= _MINUTES_A_DAY  # a clock behind UTC (the Americas)
    else:
        return None
    return ahead if _WEST_MOST <= ahead <= _EAST_MOST and ahead % _QUARTER == 0 else None
