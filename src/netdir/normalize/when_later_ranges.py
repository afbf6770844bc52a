"""A day's timetable of several clock ranges: „Samstag, 07.11.2026 ZEITPLAN: 09.30 - 11.30 Uhr
Annahme 13.00 - 14.30 Uhr Verkauf 14.30 - 15.00 Uhr Abholung“ runs from the first range's start to
the last one's end (as rounds 136 and 173 read „von 11 bis 14 Uhr sowie von 17 bis 20 Uhr“ across
days): the reader's day ends at 15:00, not when the first range ends.

Only ranges that follow each other on the one day the text gives (each starting when or after the
one before it ends, no other day or weekday between them) count; a range crossing midnight, or
counts without a clock's minutes or „Uhr“ („6-10 jährige“), and hours in brackets after each of
several places (a tour's stops, round 14), do not; nor do the ranges of a list's separate items
(„Di, 19.05.2020 | - Chemie Unterricht: 08:30 bis 09:30 Uhr - Softwareentwicklung Unterricht:
09:40 bis 12:30 Uhr“, round 285: each lesson is an item of its own, the first one the row's).
"""

from __future__ import annotations

from dataclasses import replace

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WEEKDAY_FULL_ALT
from netdir.normalize.when_value import When

_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
_RANGE = lazy_re.compile(
    rf"(?<![\d.:])(?P<a>{_CLOCK})\s*(?:uhr\s*)?(?:-|–|—|bis)\s*(?P<b>{_CLOCK})\s*(?P<uhr>uhr|h\b)?"
    r"(?![\d.:])",
    FLAGS,
)
# „… Uhr - Softwareentwicklung Unterricht: 09:40 …“: a list's next item (a dash or bullet before a
# word) between two ranges — separate items, not one timetable
_NEXT_ITEM = lazy_re.compile(r"(?:^|\s)[-–•]\s+[^\W\d]")
# another day or weekday between two ranges: a second day's hours, not one timetable
_OTHER_DAY = lazy_re.compile(
    rf"\d{{1,2}}\.\s*(?:\d{{1,2}}\.|{MONTH_ALT})|\b(?:{WEEKDAY_FULL_ALT})\b", FLAGS
)


def _minutes(clock: str) -> int:
    hours, _, minutes = clock.replace(".", ":").partition(":")
    return int(hours) * 60 + int(minutes or 0)


def _ranges(text: str) -> list[tuple[int, int, int, int]]:
    """(start minute, end minute, span start, span end) of each clock range in the text."""
    found = []
    for match in _RANGE.finditer(text):
        has_minutes = ":" in match["a"] + match["b"] or "." in match["a"] + match["b"]
        if not (has_minutes or match["uhr"]):
            continue
        found.append((_minutes(match["a"]), _minutes(match["b"]), match.start(), match.end()))
    return found


def with_later_ranges(text: str, found: When) -> When:
    """``found`` ending at the last of the day's following clock ranges (see the docstring)."""
    start, end = found.start or "", found.end or ""
    if len(start) < 16 or len(end) < 16 or start[:10] != end[:10] or found.recurrence:
        return found
    if text.count("-") + text.count("–") + text.count("bis") < 2:
        return found
    ranges = _ranges(text)
    if len(ranges) < 2 or (ranges[0][0], ranges[0][1]) != (
        _minutes(start[11:16]),
        _minutes(end[11:16]),
    ):
        return found
    last = ranges[0]
    for this in ranges[1:]:
        if this[0] < last[1] or this[1] <= this[0]:
            break
        between = text[last[3] : this[2]]
        if (
            "(" in between
            or ")" in between
            or _OTHER_DAY.search(between) is not None
            or _NEXT_ITEM.search(between) is not None
        ):
            # "Seckach (Parkplatz …, 8 bis 9 Uhr), Adelsheim (…, 9:45 bis 10:45 Uhr)": each
            # bracketed stop's own hours, the tour's first stop is the day's
            break
        last = this
    if last is ranges[0]:
        return found
    clock = f"{last[1] // 60:02d}:{last[1] % 60:02d}"
    return replace(found, end=f"{end[:11]}{clock}{end[16:]}")
