"""An iCalendar event's own time zone, named in a property of its writer's where nothing else does.

Calendar servers that write every time in UTC without a VTIMEZONE or X-WR-TIMEZONE may still
say, on each event, which zone it is local to: LiveWhale (university calendars such as
events.iu.edu) writes ``X-LIVEWHALE-TIMEZONE:America/New_York`` under ``DTSTART:20260824T120000Z``
— an 8 AM session in Bloomington, Indiana, that read without it was shown at 14:00 Berlin time.
A property ``X-…-TIMEZONE`` (or ``X-…-TZID``) on the VEVENT that holds an IANA zone name is that
event's zone: its UTC instants are shown at that zone's wall clock. UTC itself names no place.
"""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo

from netdir import lazy_re
from netdir.zone_names import named_zone

# "X-LIVEWHALE-TIMEZONE", "X-TIMEZONE", "X-WR-TIMEZONE", "X-EVENT-TZID" (upper-cased by icalendar)
_ZONE_PROPERTY = lazy_re.compile(r"^X-(?:[A-Z0-9]+-)*(?:TIMEZONE|TZID)$", re.I)
_UTC_NAMES = frozenset({"UTC", "ETC/UTC", "GMT", "ETC/GMT", "Z", "ZULU", "UNIVERSAL"})


def event_zone(event: Any) -> ZoneInfo | None:
    """The IANA zone a VEVENT names in an ``X-…-TIMEZONE`` property of its own; None when it
    names none, only UTC, or no zone the database knows."""
    for key in event:
        if not _ZONE_PROPERTY.match(str(key)):
            continue
        name = str(event.get(key) or "").strip()
        if name and "/" in name and name.upper() not in _UTC_NAMES:
            zone = named_zone(name)
            if zone is not None:
                return zone
    return None
