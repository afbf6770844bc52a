"""Hours that change with the season, given in brackets after the usual ones: „17:00 - 18:30 Uhr:
Anfängertraining ab 6 Jahren (Nov - Feb: 16:30 - 18 Uhr)“. In the bracket's months its hours are
the ones that hold, in the other months the usual ones — the bracket's months are no period of
the event's (read as one, they had left the row without any day)."""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT
from netdir.normalize.when_words import MONTHS

_HOURS = r"\d{1,2}(?:[:.]\d{2})?\s*(?:-|bis)\s*\d{1,2}(?:[:.]\d{2})?(?:\s*Uhr\b)?"
_SEASON_HOURS = lazy_re.compile(
    r"\s*\(\s*(?P<first>" + MONTH_ALT + r")\.?\s*(?:-|bis)\s*(?P<last>" + MONTH_ALT + r")\.?"
    r"\s*:\s*(?P<hours>" + _HOURS + r")\s*\)",
    FLAGS,
)
_USUAL_HOURS = lazy_re.compile(_HOURS, FLAGS)


def _in_months(month: int, first: int, last: int) -> bool:
    if first <= last:
        return first <= month <= last
    return month >= first or month <= last  # „Nov - Feb“: over the year's end


def with_season_hours(text: str, reference: date) -> str:
    """The text with the hours that hold in the reference's month (see the module)."""
    found = _SEASON_HOURS.search(text)
    if found is None:
        return text
    before, after = text[: found.start()], text[found.end() :]
    first, last = MONTHS[found["first"].lower()], MONTHS[found["last"].lower()]
    # the usual hours: the last ones before the bracket
    usual = max(_USUAL_HOURS.finditer(before), key=lambda hours: hours.start(), default=None)
    if usual is None or not _in_months(reference.month, first, last):
        return before + after
    return before[: usual.start()] + found["hours"] + before[usual.end() :] + after
