"""A programme's breaks among the events of a calendar's data: dropped only between sessions.

A camp's app keeps its day in calendar data — „Group time“ 12:00, „Lunch“ 13:00, „Bookstore“
13:30 —: the „Lunch“ is a gap in the day's programme, no offering (``notices.is_break``); so is
its half-hour „Breakfast“ after the morning devotion. A congregation's calendar keeps
„Mittagessen“ from 12:00 to 14:00 on the Sunday after the service, and nothing after it: the
shared two-hour lunch is an entry of its own that people come to. A break row of script data is
therefore read as a gap only where the day's programme goes on after it (another event of the
same day starts later) or where it is as short as a programme's meal slot (an hour at most).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from netdir.extract.notices import is_break
from netdir.records import RawRecord


def without_breaks(records: list[RawRecord], *, between_sessions: bool) -> list[RawRecord]:
    """``records`` without the rows named only by a break; with ``between_sessions``, only those
    another record of the same day starts after, or that last no longer than a meal slot."""
    breaks = [r for r in records if is_break(r.title, r.date_text or r.start)]
    if not breaks:
        return records
    dropped = {
        id(r) for r in breaks if not between_sessions or _followed(r, records) or _slot_long(r)
    }
    return [r for r in records if id(r) not in dropped]


def _followed(record: RawRecord, records: list[RawRecord]) -> bool:
    start = record.start or ""
    day = start[:10]
    return any(
        (other.start or "")[:10] == day and (other.start or "") > start
        for other in records
        if other is not record
    )


_SLOT = timedelta(hours=1)  # a programme's meal slot or coffee break lasts no longer


def _slot_long(record: RawRecord) -> bool:
    """Whether the break row lasts at most an hour (both ends stated, with clocks)."""
    if not record.start or not record.end or len(record.start) <= 10 or len(record.end) <= 10:
        return False
    try:
        length = datetime.fromisoformat(record.end) - datetime.fromisoformat(record.start)
    except (ValueError, TypeError):
        return False  # ends of different kinds (one with an offset, one without)
    return timedelta(0) < length <= _SLOT
