"""A date object that keeps the page's own date text beside the stamps its writer made of it.

A scraper of a city's event overview stores each event's date as ``{"start":
"2025-02-09T05:00:00.000Z", "end": "2025-02-09T05:00:00.000Z", "originalString": "08. und 09.
Februar 2025"}``: it knows only days, stamps each at a clock of its own choosing, and for „08. und
09. Februar“ stamps the second day alone. The text is what the page said; the stamps are one
writer's reading of it. Where the text names days the stamps leave out — its days include the
stamped day but begin earlier or end later — the event is the text's days, read by the date
grammar behind ``netdir parse when`` („08. und 09. Februar 2025“ is 8 to 9 February, as everywhere
else). A text that agrees with the stamps, holds a clock, or reads as no day leaves the stamps
alone: then they say no less than it does.

A text that names one day, the stamped start's, agrees with stamps that run on past midnight
for less than a day (a club night „22 August 2026“ from 21:30Z to 01:30Z) or end before they
begin (a scraper's end of 1 January 1970 where it found none): it names the day the event
begins, as the start does, and says nothing of the end — the stamps' clock stays.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from netdir.normalize.when import parse_when

#: Where a date object keeps the text its page showed, beside the stamps made of it.
TEXT_KEYS = (
    "originalString", "originalText", "original", "rawText", "raw", "dateText", "date_text",
    "displayDate", "display", "text",
)  # fmt: skip
_MAX_CHARS = 80  # a run of days with weekdays; a sentence is no date value
_DAY = 10  # len("2026-02-08"): a day without clock
_A_DAY = timedelta(days=1)


def text_days(
    holder: dict[str, Any], start: str, end: str | None, today: date | None
) -> tuple[str, str, str | None] | None:
    """The key of ``holder``'s own date text, and the first and last day it names (the last None
    for one day), where those days include the stamped start's day but are not the stamps' own
    days; None otherwise."""
    if today is None:
        return None
    for key in TEXT_KEYS:
        value = holder.get(key)
        if not isinstance(value, str) or not value.strip() or len(value) > _MAX_CHARS:
            continue
        found = parse_when(value, today=today)
        if (
            found.start is None
            or len(found.start) != _DAY
            or found.precision != "day"
            or found.recurrence is not None
        ):
            return None
        first, last = found.start, (found.end or found.start)[:_DAY]
        stamped_first = start[:_DAY]
        stamped_last = (end or start)[:_DAY]
        if not first <= stamped_first <= last or (first, last) == (stamped_first, stamped_last):
            return None
        if first == last == stamped_first and _night_or_no_end(start, end):
            return None
        return key, first, (last if last != first else None)
    return None


def _night_or_no_end(start: str, end: str | None) -> bool:
    """Whether the stamped ``end`` is less than a day after ``start`` or before it (no end the
    writer knew); False when either is no stamp with a clock."""
    if end is None or len(start) <= _DAY or len(end) <= _DAY:
        return False
    try:
        begins = datetime.fromisoformat(start.replace("Z", "+00:00"))
        ends = datetime.fromisoformat(end.replace("Z", "+00:00"))
        return ends - begins < _A_DAY
    except (ValueError, TypeError):
        return False  # a stamp the ISO reader does not know, or one with and one without offset
