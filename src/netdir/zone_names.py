"""The time zone a page, feed or API answer names, or None when the name is no zone here.

Sites write what their software lets them: „Europe/Berlin“, but also „Europe“ (a directory of
the zone database: ``ZoneInfo`` raises IsADirectoryError, an OSError), „Foo/Bar“ or a path
(ValueError). Every reader of a named zone treats all of these alike, as no zone, and goes on
with the stamps' own offsets or its other clues; none may lose the page to the exception.
A name written in other capitals than the database's („EUROPE/Berlin“ in a merged calendar of
German communities, „europe/berlin“) is still that zone: the database's keys are unique apart
from case, and a reader does not tell the two spellings apart.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


@lru_cache(maxsize=64)
def named_zone(name: str) -> ZoneInfo | None:
    """The IANA zone ``name`` (as written, or in other capitals), None when the zone database
    has none by it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    key = _keys_by_folded_name().get(name.casefold())
    return ZoneInfo(key) if key is not None else None


def zone_key(name: str) -> str | None:
    """The zone database's own spelling of the zone ``name`` means („Europe/Berlin“ for
    „EUROPE/Berlin“), None when it names no zone."""
    zone = named_zone(name)
    return zone.key if zone is not None else None


@lru_cache(maxsize=1)
def _keys_by_folded_name() -> dict[str, str]:
    """Every zone key by its case-folded spelling; read once, only when a name is not a key
    as written (the scan of the zone database is the slow part)."""
    return {key.casefold(): key for key in available_timezones()}


def stated_zone(value: object) -> ZoneInfo | None:
    """The zone a document's field names (a frab conference's „time_zone_name“, a Discourse
    event's „data-timezone“), the text stripped; None for no text or no zone by that name."""
    if not isinstance(value, str) or not value.strip():
        return None
    return named_zone(value.strip())


def wall_clock_in(moment: datetime, zone: tzinfo | None) -> datetime:
    """A clock written without an offset, as the wall-clock time of ``zone``; a stamp with its
    own offset (or no zone to read it in) as it is."""
    if zone is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=zone)
