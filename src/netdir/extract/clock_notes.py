"""A clock an event object keeps apart from its day, with what else its text says about it.

A band's dates keep the hour as a free text beside the day: „ab 19:00 Uhr“ (a lead word),
„19:30–23:30 Uhr (evtl. länger)“ (a remark in brackets), „20:30 Uhr, 3 Std.“ (a length for the
end) — the clock is still the start a reader sees, and a length is the end. A range whose end is
in the small hours after an evening start („19:30–00:30 Uhr“) ends the next morning.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from netdir import lazy_re
from netdir.normalize.when_value import ends_after_midnight

# „ab“, „um“, „from“, „at“ before the clock, or a label („Beginn:“, „Start:“).
_LEAD = lazy_re.compile(r"^\s*(?:ab|um|from|at|beginn:?|start:?)\s+(?=\d)", re.IGNORECASE)
# A remark in brackets after the clock („(evtl. länger)“, „(Einlass 18:30)“): read no further.
_REMARK = lazy_re.compile(r"\s*\([^()]{1,60}\)\s*$")
# „, 3 Std.“, „2,5 Stunden“, „3 h“, „2 hours“ after the clock: how long it lasts.
_LENGTH = lazy_re.compile(
    r"\s*,?\s*(\d{1,2})(?:[.,](5))?\s*(?:std\.?|stunden?|h|hrs?\.?|hours?)\s*$",
    re.IGNORECASE,
)
_MAX_HOURS = 24
# „Einlass: 14:00 Uhr Beginn: 15:00 Uhr“, „Ganztägig Start: 08:00 Uhr“: a start label after other
# words; the clock after it is the start (the doors' clock before it opens no event).
_START_LABEL = lazy_re.compile(
    r"(?:^|[\s,;/|])(?:beginn|start|anfang)\s*:?\s*(?:(?:ab|um)\s+)?(?=\d)", re.IGNORECASE
)
# „Einlass: ab 09:00“ with no start named: the doors' clock is all the text says of the hour.
_DOORS_LABEL = lazy_re.compile(
    r"^\s*(?:einlass|saalöffnung|doors?(?:\s+open)?)\s*:?\s*(?:(?:ab|um|from|at)\s+)?(?=\d)",
    re.IGNORECASE,
)


def clock_and_length(text: str) -> tuple[str, timedelta | None] | None:
    """The clock text without its lead word and remark, and the length it states (or None);
    None when nothing of that was there to take off (the text is read as it is)."""
    bare = _LEAD.sub("", text)
    bare = _REMARK.sub("", bare)
    length: timedelta | None = None
    if (match := _LENGTH.search(bare)) is not None:
        hours = int(match[1])
        if 0 < hours <= _MAX_HOURS:
            length = timedelta(hours=hours, minutes=30 if match[2] else 0)
            bare = bare[: match.start()]
    if bare == text:
        return None
    return bare.strip(), length


def labelled_clock_text(text: str) -> str | None:
    """The text from the clock a start label names on („Einlass: 14:00 Uhr Beginn: 15:00 Uhr“ →
    „15:00 Uhr“; „Ganztägig Start: 08:00 Uhr“ → „08:00 Uhr“), else from the doors' clock when the
    text names only that („Einlass: ab 09:00“ → „09:00“); None when it has neither label."""
    starts = list(_START_LABEL.finditer(text))
    if starts:
        return text[starts[-1].end() :].strip()
    if (doors := _DOORS_LABEL.match(text)) is not None:
        return text[doors.end() :].strip()
    return None


def clock_after(clock: str, length: timedelta) -> str:
    """``HH:MM`` ``length`` after ``clock`` (on a 24-hour dial: past midnight it wraps)."""
    hour, minute = (int(part) for part in clock.split(":"))
    minutes = (hour * 60 + minute + int(length.total_seconds()) // 60) % (24 * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


_MIDNIGHT_CLOCKS = frozenset({"24:00", "24:00:00"})


def end_on_day(day: str, start_clock: str, end_clock: str) -> str | None:
    """The end stamp of a range of clocks on ``day``: that day when it is later than the start,
    the next day when it is in the small hours after an afternoon or evening start, else None.
    „18:00 bis 24:00 Uhr“ ends at midnight: the next day's 00:00 (no clock reads 24:00)."""
    if end_clock in _MIDNIGHT_CLOCKS:
        return f"{date.fromisoformat(day) + timedelta(days=1)}T00:00"
    begin, finish = time.fromisoformat(start_clock), time.fromisoformat(end_clock)
    if finish > begin:
        return f"{day}T{end_clock}"
    if ends_after_midnight(begin, finish, same_day=True):
        return f"{date.fromisoformat(day) + timedelta(days=1)}T{end_clock}"
    return None
