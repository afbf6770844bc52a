"""A day an answer about events writes in words, the way its page shows it.

A site's own export does not always keep ISO dates: an inn's app data says ``"date": "01.
September 2016"``, a community's event list ``"dateStart": "Dec 4, 2022"`` or
``"28-May-2022"``. In a body that is all data about events (a JSON answer, an XML export) such a
value under a start or end key is that day, read by the date grammar behind ``netdir parse
when``; only a day or a moment counts (``"Jan-2022"``, a month, or ``"TBD 2022"`` is none).
Scripts in a page are not read this way: there a worded date beside a title is as often the
day a post was written.

A value may write a whole run: a wine-events file's ``"dateRange": "19. Februar – 8. März 2026"``
or ``"9. – 26. Juli 2026"`` (a Besen open for weeks) — its first day the start, its last day the
end (:func:`worded_run`).

A day or run in numbers that leaves out the year is read the same way: a town's swimming-course
list keeps ``"datum": "08.06. - 27.07."`` (and ``"31.08 - 04.09."``, ``"09.06.-28.07.2026"``, the
year only at the run's end) — the strict readers of whole numeric days want a year on each day;
the date grammar gives a yearless day the year the document's day implies, as it does for pages.
Only a value that is nothing but such days and a dash counts (:data:`_YEARLESS_DOTS`).
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when

_MAX_CHARS = 60  # a day with weekday, clock and zone; a sentence is no date value
_WORD = lazy_re.compile(r"[^\W\d_]{3}")
# „Sa. 26.09.2026“, „So, 14.06.2026, 19.00 Uhr“: a day in numbers after its weekday's short name.
_WEEKDAY_FIRST = lazy_re.compile(
    r"^\s*(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+\d{1,2}\.\d{1,2}\.", re.I
)
_DIGIT = lazy_re.compile(r"\d")
# „08.06.“, „08.06. - 27.07.“, „31.08 - 04.09.“, „09.06.-28.07.2026“: dotted days, the year left
# out (on one side at least), nothing else in the value.
# A lone day ends with its dot („1.5“ is no day); a run's first day may drop it.
_YEARLESS_DOTS = lazy_re.compile(
    r"\s*(?:\d{1,2}\.\d{1,2}(?:\.(?:\d{4})?)?\s*[-–]\s*)?\d{1,2}\.\d{1,2}\.(?:\d{4})?\s*"
)
_EXACT = ("day", "minute")


def worded_day(value: str, today: date) -> str | None:
    """The ISO day (or moment) a short value naming a month in words states; None otherwise."""
    worded = (
        _WORD.search(value) is not None
        or _WEEKDAY_FIRST.match(value) is not None
        or _YEARLESS_DOTS.fullmatch(value) is not None
    )
    if len(value) > _MAX_CHARS or not _DIGIT.search(value) or not worded:
        return None
    found = parse_when(value, today=today)
    if found.start is None or found.recurrence is not None or found.precision not in _EXACT:
        return None
    return found.start


def worded_run(value: str, today: date) -> tuple[str, str] | None:
    """The first and the last day of a short value naming a run of days with a month in words
    („9. – 26. Juli 2026“); None for one day, a moment, a recurrence or no run."""
    worded = _WORD.search(value) is not None or _YEARLESS_DOTS.fullmatch(value) is not None
    if len(value) > _MAX_CHARS or not _DIGIT.search(value) or not worded:
        return None
    found = parse_when(value, today=today)
    if found.start is None or found.end is None or found.recurrence is not None:
        return None
    if found.precision != "day" or found.end[:10] <= found.start[:10]:
        return None
    return found.start[:10], found.end[:10]
