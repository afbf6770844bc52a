"""A weekday's day told without its month: "at WIAS on Thursday 15th at 10:00", "am Donnerstag,
den 15. um 10 Uhr" (a weekday and a bare day of the month: the next day on or after the reference
that is both — the weekday tells which month is meant); "Wegen Faschingsdienstag eine Woche später,
am 4. Dienstag!" (the n-th such weekday of the month under way, or of the next when it is past)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, MONTH_ALT, WEEKDAY_FULL_ALT
from netdir.normalize.when_times import find_times
from netdir.normalize.when_value import When, blank, day_at_times, safe_date
from netdir.normalize.when_words import WEEKDAYS

_WEEKDAY_DAY = lazy_re.compile(
    r"\b(?P<wd>" + WEEKDAY_FULL_ALT + r")"
    # („on Friday night (17 th)“: the part of the day between, the day in brackets, spaced)
    r"(?:\s+(?:night|morning|afternoon|evening))?\s*,?\s+(?:\(\s*)?(?:den\s+|dem\s+|the\s+)?"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?:\.|\s?(?:st|nd|rd|th)\b)"
    # not a date's day ("Thursday 15th March", "Donnerstag, 15.3."), nor a clock ("Montag 19.30")
    r"(?!\s*(?:\d|(?:of\s+)?(?:" + MONTH_ALT + r")\b))",
    FLAGS,
)
# ("am 2. Sonntag nach Trinitatis", "am 3. Dienstag im Mai": a feast's or a named month's)
_NTH_WEEKDAY = lazy_re.compile(
    r"\bam\s+(?P<n>[1-5])\.\s+(?P<wd>" + WEEKDAY_FULL_ALT + r")\b"
    r"(?!\s*,?\s*(?:den\s+|dem\s+)?\d)(?!\s+(?:im|in|des|eines|jedes|nach|vor)\b)",
    FLAGS,
)
_MONTHS_AHEAD = 12  # how far the weekday is looked for (a year holds every such pairing)


def weekday_with_day(text: str, reference: date) -> When | None:
    """The day the weekday and the bare day of the month name together, with its clock; None
    without such a pair (or when no month in the coming year has it)."""
    pairs = list(_WEEKDAY_DAY.finditer(text))
    if not pairs:
        return None
    # "many thanks to those who helped on Saturday 10th, and … join in on Saturday 17th": a pair
    # that fits a day of the last fortnight is past (the next such pairing is months away); a
    # later pair that is still to come is the text's
    coming = [m for m in pairs if _just_past(m, reference) is None]
    match = coming[0] if coming else pairs[0]
    past = _just_past(match, reference)
    if past is not None:
        # „For our next social event we are off to … on Friday night (17 th).“ posted four days
        # later: a pairing of the fortnight just past is that day, not one months away.
        return _on(past, text, match)
    weekday = WEEKDAYS[match["wd"].lower()]
    number = int(match["d"])
    year, month = reference.year, reference.month
    for _ in range(_MONTHS_AHEAD):
        day = safe_date(year, month, number)
        if day is not None and day >= reference and day.weekday() == weekday:
            return _on(day, text, match)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _on(day: date, text: str, match: re.Match[str]) -> When:
    """``day`` with the clock the text names beside ``match`` (the pair, the n-th weekday)."""
    return day_at_times(day, find_times(blank(text, [match.span()])))


#: How far back a weekday's bare day may lie and still be read as the one just past.
_JUST_PAST = timedelta(days=14)


def _just_past(match: re.Match[str], reference: date) -> date | None:
    """The day of the fortnight before the reference the pair fits, if any."""
    weekday = WEEKDAYS[match["wd"].lower()]
    number = int(match["d"])
    for day in (
        safe_date(reference.year, reference.month, number),
        safe_date(reference.year - (reference.month == 1), (reference.month - 2) % 12 + 1, number),
    ):
        if (
            day is not None
            and day.weekday() == weekday
            and reference - _JUST_PAST <= day < reference
        ):
            return day
    return None


def nth_weekday_of_this_month(text: str, reference: date) -> When | None:
    """The n-th weekday of the reference's month ("am 4. Dienstag"), of the next month when that
    day is past; None without such a mention."""
    match = _NTH_WEEKDAY.search(text) if "am " in text else None
    if match is None:
        return None
    weekday = WEEKDAYS[match["wd"].lower()]
    nth = int(match["n"])
    year, month = reference.year, reference.month
    for _ in range(2):
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        if day.month == month and day >= reference:
            return _on(day, text, match)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None
