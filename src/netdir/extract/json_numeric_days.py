"""A day an event object of a site's JSON writes in numbers the way its page shows it.

Not every site keeps ISO dates: a German association's data says ``"datum": "14.08.2026"``,
a workflow that turns a Google Calendar into a Jekyll data file writes ``"date":
"05/25/2026"`` (month first, as in the US). Dots are always day first; for slashes the
document's dates decide together (:func:`netdir.normalize.when_order.infer_day_first`: a
first number above 12 can only be a day, a second one only a day), and without any such
evidence month first, as ``parse_when`` reads a bare ``09/07/23``. Dashes with the year last
(„02-07-2026“ in an association's list typed from a spreadsheet) are day first, as in Europe where
they are written, unless the document's dates prove month first (a „05-25-2026“ among them) or the
date's own second number is above 12.

A club's app writes a run in one value, both ends in full: ``"datum": "24.08.2019 12:00 -
27.08.2019 23:59"`` for its Schützenfest, „31.08.2019 18:00 - 31.08.2019 20:00“ for an evening.
Either side alone reads as above; together they are the start and the end
(:func:`numeric_range`). A side that is no whole date („24. - 27.08.“) leaves the value to the
other readers.

A run of days in one month writes the month and year once, after the last day: Hong Kong's
cultural programmes say „1-29/12/2025“ for an exhibition, a German list „1.-29.12.2025“. Days
before one month are day first whatever the document's other dates say (a month-first writer
puts the month before its days, „12/1-29/2025“); the run is its first day to its last.
"""

from __future__ import annotations

from collections.abc import Iterable

from netdir import lazy_re
from netdir.normalize.when_order import infer_day_first
from netdir.normalize.when_value import safe_date

# „07.04.16“: a flyer's screening days keep two digits of the year (this century's).
_DOTTED = lazy_re.compile(
    r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?:[ ,T]+(\d{1,2}):(\d{2})(?:\s*Uhr)?)?\s*$"
)
_SLASHED = lazy_re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2}))?\s*$")
_DASHED = lazy_re.compile(r"^\s*(\d{1,2})-(\d{1,2})-(\d{4})(?:[ ,T]+(\d{1,2}):(\d{2}))?\s*$")
# „1-29/12/2025“, „1.-29.12.2025“: days of one month, the month and the year after the last (a
# spaced „24. - 27.08.2019“ stays with the date grammar, as it was).
_DAY_RUN = lazy_re.compile(r"^\s*(\d{1,2})\.?[-–](\d{1,2})([./])(\d{1,2})\3(\d{4})\s*$")
# The spaced dash or „bis“ between a run's two ends (a dash inside „02-07-2026“ is unspaced).
_RUN_SEPARATOR = lazy_re.compile(r"\s+(?:[-–—]|bis)\s+")


def slashed_day_first(texts: Iterable[str]) -> bool:
    """Whether the slashed dates of these texts (one document's) are day first."""
    return infer_day_first(texts) is True


def dashed_day_first(texts: Iterable[str]) -> bool:
    """Whether the dashed dates of these texts (one document's) are day first: unless they
    prove month first."""
    return infer_day_first(texts) is not False


def numeric_day(value: str, day_first: bool) -> str | None:
    """``14.08.2026`` → ``2026-08-14``, ``05/25/2026 19:00`` → ``2026-05-25T19:00`` (slashes
    and dashes month first unless ``day_first``, or where a number above 12 says which is the
    day); None for anything else or a day no calendar has."""
    if (match := _DOTTED.match(value)) is not None:
        day, month = int(match[1]), int(match[2])
    elif (match := _SLASHED.match(value)) is not None:
        first, second = int(match[1]), int(match[2])
        day, month = (first, second) if day_first else (second, first)
    elif (match := _DASHED.match(value)) is not None:
        first, second = int(match[1]), int(match[2])
        month_first = second > 12 or (not day_first and first <= 12)
        day, month = (second, first) if month_first else (first, second)
    else:
        return None
    year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
    found = safe_date(year, month, day)
    if found is None:
        return None
    if match[4] is None:
        return found.isoformat()
    hour, minute = int(match[4]), int(match[5])
    if hour > 23 or minute > 59:
        return found.isoformat()
    return f"{found.isoformat()}T{hour:02d}:{minute:02d}"


def numeric_range(value: str, day_first: bool) -> tuple[str, str] | None:
    """``24.08.2019 12:00 - 27.08.2019 23:59`` → (``2019-08-24T12:00``, ``2019-08-27T23:59``):
    a run whose two ends are each a whole date (:func:`numeric_day`), the end not before the
    start, or days of one month (:func:`_day_run`); None for anything else."""
    if (days := _day_run(value)) is not None:
        return days
    parts = _RUN_SEPARATOR.split(value)
    if len(parts) != 2:
        return None
    start, end = (numeric_day(part, day_first) for part in parts)
    if start is None or end is None or end < start:
        return None
    return start, end


def _day_run(value: str) -> tuple[str, str] | None:
    """``1-29/12/2025`` → (``2025-12-01``, ``2025-12-29``): days of one month, day first."""
    match = _DAY_RUN.match(value)
    if match is None:
        return None
    month, year = int(match[4]), int(match[5])
    first, last = safe_date(year, month, int(match[1])), safe_date(year, month, int(match[2]))
    if first is None or last is None or last <= first:
        return None
    return first.isoformat(), last.isoformat()
