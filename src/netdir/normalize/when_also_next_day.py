"""One more day after a span of days with their hours, told with „ebenso“: „Am Freitag, 8. und
Samstag, 9. August findet jeweils von 14 bis 17 Uhr ein Workshop statt, ebenso am Sonntag, den
10. August von 10 bis 13 Uhr.“ (round 288, a museum's workshops) runs from Friday 14:00 to Sunday
13:00 — before, the first two days were read and the third, joined by „ebenso“ („likewise“),
was lost.

Only a span of two days or more read with clocks counts, only a day after „ebenso“, „sowie“ or
„außerdem“ with its own month and its own clock range, and only when that day is the one right
after the span's last.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WEEKDAY_FULL_ALT
from netdir.normalize.when_value import BERLIN, When
from netdir.normalize.when_words import MONTHS

_ALSO_DAY = lazy_re.compile(
    r"\b(?:ebenso|sowie|außerdem)\s+am\s+(?:(?:" + WEEKDAY_FULL_ALT + r")\s*,?\s*(?:den\s+)?)?"
    r"(?P<d>[0-3]?\d)\.\s*(?P<mn>" + MONTH_ALT + r")\s+(?:von\s+)?"
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:uhr\s*)?(?:-|–|bis)\s*"
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*uhr\b",
    FLAGS,
)


def with_also_next_day(text: str, found: When) -> When:
    """``found`` ending on the further day told after „ebenso“ (see the module docstring)."""
    start, end = found.start or "", found.end or ""
    if len(start) < 16 or len(end) < 16 or start[:10] >= end[:10] or found.recurrence:
        return found
    if "ebenso" not in text and "sowie" not in text and "außerdem" not in text:
        return found
    also = _ALSO_DAY.search(text)
    if also is None:
        return found
    last = date.fromisoformat(end[:10])
    month = MONTHS.get(also["mn"].lower())
    if month is None or (last.month, last.day) != _before(last.year, month, int(also["d"])):
        return found
    day = last + timedelta(days=1)
    ending = datetime.combine(day, time(int(also["h"]), int(also["m"] or 0)), tzinfo=BERLIN)
    return replace(found, end=ending.isoformat(), all_day=False)


def _before(year: int, month: int, day: int) -> tuple[int, int] | None:
    """(month, day) of the day before ``day``. ``month`` in ``year`` (None for no such day)."""
    try:
        previous = date(year, month, day) - timedelta(days=1)
    except ValueError:
        return None
    return previous.month, previous.day
