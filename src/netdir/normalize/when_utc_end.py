"""One event's end on the clock its start is shown at, where both were written in UTC.

``parse_when`` shows a UTC stamp on Berlin's clock, unless that would move it to another day
(``when_iso``). Each of a record's values is read alone, so an event of „"start":
"2026-08-25T20:30:00Z", "end": "2026-08-25T22:30:00Z"“ began at 22:30+02:00 and ended at
22:30+00:00: Berlin would put the end after midnight, so it kept its UTC clock, and a reader saw an
event begin and end at 22:30. The end is the same instant on the start's clock — 00:30+02:00 on
the next day. A start that kept its UTC clock, or an end with an offset of its own, stays.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from netdir import lazy_re

# A value written in UTC: „Z“ or „+00:00“ at its end.
_UTC_WRITTEN = lazy_re.compile(r"T\d{2}:\d{2}.*(?:Z|[+-]00:?00)\s*$")


def end_on_start_clock(start: str | None, end: str | None, written_end: str) -> str | None:
    """``end`` on ``start``'s clock where the end was written in UTC and kept at +00:00 while the
    start was shown at another offset; ``end`` itself otherwise."""
    if start is None or end is None or not _UTC_WRITTEN.search(written_end):
        return end
    try:
        first, last = datetime.fromisoformat(start), datetime.fromisoformat(end)
    except ValueError:
        return end
    if first.tzinfo is None or last.tzinfo is None or last.utcoffset() != timedelta(0):
        return end
    if first.utcoffset() == timedelta(0):
        return end
    return last.astimezone(first.tzinfo).isoformat()
