"""A calendar's X-WR-TIMEZONE as the zone database spells it, or none when it names no zone.

The series of a calendar are unrolled by a library that reads X-WR-TIMEZONE itself and gives
up on the whole calendar when the name is no key of the zone database: the merged calendar of
the Freifunk communities writes „X-WR-TIMEZONE:EUROPE/Berlin“, and its 36 events were lost to
one ZoneInfoNotFoundError. A name that differs from a key only in its capitals is that zone
(zone_names.named_zone) and is written back as the key; a name of no zone („Europe“,
„Foo/Bar“) is dropped, as if the calendar named no zone — its stamps keep their own offsets.
"""

from __future__ import annotations

from typing import Any

from netdir.extract.context import clean_text
from netdir.zone_names import zone_key

_PROPERTY = "X-WR-TIMEZONE"


def with_zone_spelled(calendar: Any) -> None:
    """Rewrite the calendar's X-WR-TIMEZONE in place to the zone database's key it means, or
    remove it when it means none; a calendar without the property is left as it is."""
    if _PROPERTY not in calendar:
        return
    written = clean_text(calendar.get(_PROPERTY))
    key = zone_key(written) if written else None
    if key is None:
        del calendar[_PROPERTY]
    elif key != written:
        calendar[_PROPERTY] = key
