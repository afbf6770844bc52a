"""The time zone a page, feed or API answer names, or None when the name is no zone here.

Sites write what their software lets them: „Europe/Berlin“, but also „Europe“ (a directory of
the zone database: ``ZoneInfo`` raises IsADirectoryError, an OSError), „Foo/Bar“ or a path
(ValueError). Every reader of a named zone treats all of these alike, as no zone, and goes on
with the stamps' own offsets or its other clues; none may lose the page to the exception.
"""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@lru_cache(maxsize=64)
def named_zone(name: str) -> ZoneInfo | None:
    """The IANA zone ``name`` (as written), None when the zone database has none by it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
