"""Days with each day's own hours, told by weekday: „12.-14. November 2025 | Zeiten | Mi: 18:00 Uhr
- 21:30 Uhr Do: 9:30 Uhr - 13:00 Fr: 9:30 Uhr - 13:00“ (round 207) runs from the first day's
start to the last day's end, 13:00 on Friday — before, the first day's end closed the last day.

Only a list whose first weekday is the period's first day and whose last weekday is its last day
counts (two or more weekdays, each with a clock range, in the order of the days).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_value import When
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation

_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
# "Mi: 18:00 Uhr - 21:30 Uhr", "Fr 9:30-13:00": a weekday (or its German or English
# abbreviation, capitalised) and its clock range
_DAY_HOURS = lazy_re.compile(
    r"(?<![\w.])(?P<wd>"
    + alternation(WEEKDAYS)
    + r"|(?-i:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun))\.?\s*:?\s*"
    rf"(?P<a>{_CLOCK})\s*(?:uhr\s*)?(?:-|–|bis)\s*(?P<b>{_CLOCK})(?![\d.:])",
    FLAGS,
)


def with_last_weekday_hours(text: str, found: When) -> When:
    """``found`` ending at its last day's own hours (see the module docstring)."""
    start, end = found.start or "", found.end or ""
    if len(start) < 16 or len(end) < 16 or start[:10] == end[:10] or found.recurrence:
        return found
    if ":" not in text:
        return found
    listed = [
        (WEEKDAY_ABBREVIATIONS[match["wd"].lower()], match["b"])
        for match in _DAY_HOURS.finditer(text)
    ]
    if len(listed) < 2 or len({day for day, _ in listed}) != len(listed):
        return found
    first_day, last_day = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    if listed[0][0] != first_day.weekday() or listed[-1][0] != last_day.weekday():
        return found
    hours, _, minutes = listed[-1][1].replace(".", ":").partition(":")
    clock = f"{int(hours):02d}:{int(minutes or 0):02d}"
    return replace(found, end=f"{end[:11]}{clock}{end[16:]}")
