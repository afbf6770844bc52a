"""A feed item's event at its venue's own clock, where the feed states it beside a UTC instant.

The RSS event module's ``<ev:startdate>`` is often a server's UTC instant
(``2026-08-28T00:00:00.0000001Z``) with nothing saying where the event takes place, so it was
shown in Berlin time — a game at 8 PM in Ohio became 02:00 the next day. Athletics feeds
(SIDEARM Sports serves one for each of its college sites) put the venue's wall clock beside it in
an element of their own namespace, ``<s:localstartdate>2026-08-27T20:00:00.0000000</...>``: that
is the time the site lists and the item's title repeats („8/27 8:00 PM …“). The item's start is
that wall clock; where the UTC instant is also given, the two together state the venue's offset
(``2026-08-27T20:00:00-04:00``), so the instant stays right as well.

A start without an hour (``<ev:startdate>2026-08-29</ev:startdate>`` for a tournament day) is a
day; the same feeds give such an item an end at 03:00 of that very day — no end anybody states.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from netdir import lazy_re

# feedparser names a namespaced element "<prefix>_<local name>": s_localstartdate, x_local_end.
LOCAL_KEYS = {
    "start": lazy_re.compile(r"^[a-z][\w-]*?_local_?start(?:_?date(?:_?time)?)?$", re.I),
    "end": lazy_re.compile(r"^[a-z][\w-]*?_local_?end(?:_?date(?:_?time)?)?$", re.I),
}
# "2026-08-27T20:00:00.0000000" (seven fractional digits, .NET's) or a bare day; an offset after
# the clock means the stamp is not a wall clock alone.
_STAMP = lazy_re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})(?:[T ](?P<clock>\d{2}:\d{2})(?::\d{2})?(?:\.\d+)?(?P<zone>\S*))?$"
)
_UTC = ("Z", "+00:00", "+0000", "-00:00")
_LARGEST_OFFSET = timedelta(hours=14)
_OFFSET_STEP = timedelta(minutes=15)


def venue_clock(stated: str | None, local: str) -> str | None:
    """The value to keep for a start or end: ``local`` (the venue's wall clock) with the offset
    it differs from ``stated`` by when that is a UTC instant of the same moment; ``local`` as a
    wall clock alone otherwise; None when ``local`` is no stamp (the stated value stays)."""
    match = _STAMP.match(local.strip())
    if match is None or (match["zone"] or "") != "":
        return None
    if match["clock"] is None:
        return match["day"]
    wall = f"{match['day']}T{match['clock']}"
    offset = _offset(stated, datetime.fromisoformat(wall))
    return wall if offset is None else wall + offset


def _offset(stated: str | None, wall: datetime) -> str | None:
    """``+HH:MM`` by which the wall clock differs from the UTC instant ``stated``; None when
    ``stated`` is no UTC instant or the difference is no real zone's offset."""
    match = _STAMP.match((stated or "").strip())
    if match is None or match["clock"] is None or match["zone"] not in _UTC:
        return None
    instant = datetime.fromisoformat(f"{match['day']}T{match['clock']}")
    difference = wall - instant
    if abs(difference) > _LARGEST_OFFSET or difference % _OFFSET_STEP:
        return None
    sign = "-" if difference < timedelta(0) else "+"
    minutes = abs(difference) // timedelta(minutes=1)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def placeholder_end(start: str | None, end: str | None) -> bool:
    """Whether ``end`` is a clock on the very day of a ``start`` that has no hour: not an end
    the item states (a tournament day „ends“ at 03:00 of itself)."""
    if start is None or end is None or "T" in start:
        return False
    return end.startswith(start) and "T" in end
