"""„📞 Reguläre Erreichbarkeit ab 5.1.2026: Mittwoch 10-11 Uhr“: hours that resume from a day on,
on a weekday named after it — they begin on the first such weekday on or after that day (5 January
2026 is a Monday: Wednesday the 7th), not on the day itself. A weekday right beside its own date
(„Mittwoch, 7.1.2026“) is no such case (``when_weekday_check`` reads that)."""

from __future__ import annotations

from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT
from netdir.normalize.when_value import When, shifted_by
from netdir.normalize.when_words import WEEKDAYS

_FROM_DAY_THEN_WEEKDAY = lazy_re.compile(
    r"\bab\s+(?:dem\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|[^\W\d]+)\s*(?:\d{2,4})?\s*:\s*"
    rf"(?P<wd>{WEEKDAY_FULL_ALT})\s+(?=\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[-–]|bis|uhr))",
    FLAGS,
)


def from_day_then_weekday(found: When, text: str) -> When:
    """``found`` moved to the first weekday named after its „ab <day>:“ (the end by as many days)."""
    if found.start is None or "ab " not in text.lower():
        return found
    match = _FROM_DAY_THEN_WEEKDAY.search(text)
    if match is None:
        return found
    first = date.fromisoformat(found.start[:10])
    ahead = (WEEKDAYS[match["wd"].lower()] - first.weekday()) % 7
    if ahead == 0:
        return found
    delta = timedelta(days=ahead)
    end = shifted_by(found.end, delta) if found.end else None
    return When(
        shifted_by(found.start, delta), end, found.all_day, found.precision, found.recurrence
    )
