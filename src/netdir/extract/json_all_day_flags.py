"""An event object flagged all-day whose day is written as a stamp at midnight.

A Brussels neighbourhood agenda's data file writes a venue's events as ``"start":
"2026-09-15T00:00:00+02:00", "end": "2026-09-15T00:00:00+02:00", "all_day": true``: its
scraper found a day and no clock, and stored the day as midnight in the city's offset. The flag
says what the midnight is — no start hour but the day itself — so the stamp is read as its day,
the same way a midnight with no zone beside a clock kept apart is (json_midnight_days). An end
at that same midnight adds nothing; an end at a later midnight names the day after the event,
as an all-day end does in iCalendar and FullCalendar, so its last day is the day before. Without
the flag a midnight with an offset stays the object's own moment (a party that starts at 0:00).
"""

from __future__ import annotations

from typing import Any

from netdir import lazy_re
from netdir.extract.calendar_api_times import day_before

# The keys an answer flags a whole-day event with; only a JSON true counts (a text „true“ or a
# 1 may be a count or a label). „ganztags“: a family excursion map's dates file writes its
# holiday programmes as „"beginn": "2026-10-06T00:00:00+02:00", "ganztags": true“.
ALL_DAY_KEYS = ("all_day", "allDay", "allday", "isAllDay", "is_all_day", "ganztaegig", "ganztägig", "ganztags")  # fmt: skip
# „2026-09-15T00:00:00+02:00“, „2026-09-15T00:00Z“, „2026-09-15 00:00:00“: midnight, any zone.
_MIDNIGHT = lazy_re.compile(
    r"^(\d{4}-\d{2}-\d{2})[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:?\d{2})?$"
)


def all_day_flag(holder: dict[str, Any]) -> str | None:
    """The key that flags ``holder`` as a whole-day event (its value a JSON true), or None."""
    return next((key for key in ALL_DAY_KEYS if holder.get(key) is True), None)


def flagged_days(start: str, end: str | None) -> tuple[str, str | None] | None:
    """The first and last day (None for a one-day event) of an all-day event written as the
    stamps ``start`` and ``end`` at midnight; None when the start is no midnight (its clock is
    the event's, whatever the flag says)."""
    first = _MIDNIGHT.match(start.strip())
    if first is None:
        return None
    after = _MIDNIGHT.match(end.strip()) if end is not None else None
    if after is None or after[1] <= first[1]:
        return first[1], None
    last = day_before(after[1])
    return first[1], (last if last != first[1] else None)
