"""A written year that its own weekday refuses, typed out of habit a year too early.

„Die diesjährige Jahreshauptversammlung findet am Freitag, den 25.01.2012 … statt“ written in
January 2013, „Zusätzlich wird im Januar ein weiterer Informationsabend am Mittwoch, den
20.01.20, … angeboten“ written in November 2020, „Kommenden Samstag, den 2.5.2025 findet keine
Andacht statt!“ written in April 2026: 25 January 2012 was a Wednesday, 25 January 2013 a
Friday — the year was copied from last year's notice. When the weekday written beside the
text's first day refuses its written year, that day lies before the reference, and the next
year's same day has that weekday and lies ahead within a year, the next year is meant. A report
of a past day whose weekday slipped („Samstag, 14.06.2015“, a Sunday) keeps its year: the year
after does not fit the weekday either.

A year a figure off, „Kinderprogramm am Freitag, 08.11.14“ in a notice of October 2024 (8
November 2014 was a Saturday, 2024 a Friday): when the weekday refuses the written year, the
text tells nothing in the past, and the same day in a year that differs from the written one in
one figure only has that weekday and lies ahead within a year, that year is meant — a slip of
one key, not a report of a day ten years gone (its weekday would fit its own year).

Without a weekday, the text itself may name the year meant: „GV 2025 | Es freut üs, d GV 2025
aazkünda. Am 05.03.2024 um 18:30 Uhr … findet d Präsentation statt“, written in February 2025:
a day written with last year, not told in the past, in a text that names the reference's year
(and not the year written), whose next year's same day lies a few weeks ahead, is that day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, PAST_TENSE, WEEKDAY_FULL_ALT
from netdir.normalize.when_mentions import first_day_and_weekday
from netdir.normalize.when_value import safe_date
from netdir.normalize.when_words import WEEKDAYS

#: How far ahead of the reference the next year's day may lie.
_YEAR = timedelta(days=366)
#: … when only the year the text names points to it (an invitation a few weeks ahead).
_WEEKS_AHEAD = timedelta(days=70)


def year_typed_early(text: str, start: str | None, reference: date) -> bool:
    """Whether ``start``, read from the text's first day and its written year, is a year early
    (see the module docstring)."""
    if start is None or len(start) < 10:
        return False
    written = date.fromisoformat(start[:10])
    if written >= reference:
        return False
    beside = first_day_and_weekday(text, reference)
    if beside is None:
        return False
    first, weekday = beside
    if first.year != written.year or (first.month, first.day) != (written.month, written.day):
        return False
    if written.weekday() == weekday:
        return False
    following = safe_date(written.year + 1, written.month, written.day)
    return (
        following is not None
        and following.weekday() == weekday
        and reference <= following <= reference + _YEAR
    )


def year_named_later(text: str, start: str | None, reference: date) -> bool:
    """Whether ``start``, written with last year, is meant in the reference's year that the
    text names elsewhere (see the module docstring)."""
    if start is None or len(start) < 10 or int(start[:4]) != reference.year - 1:
        return False
    if str(reference.year) not in text or text.count(start[:4]) != 1:
        return False
    written = date.fromisoformat(start[:10])
    if not re.search(
        rf"(?<![\d.])0?{written.day}\.\s*0?{written.month}\.\s*{written.year}\b", text
    ):
        return False  # "04.03.bis 24.04.2022": the year written is the end's, not the start's
    following = safe_date(written.year + 1, written.month, written.day)
    if following is None or not reference <= following <= reference + _WEEKS_AHEAD:
        return False
    return PAST_TENSE.search(text) is None


def _one_figure_apart(first: int, second: int) -> bool:
    """Whether two four-figure years differ in exactly one figure („2014“ and „2024“)."""
    return sum(a != b for a, b in zip(f"{first:04d}", f"{second:04d}", strict=True)) == 1


def years_slipped(text: str, start: str | None, reference: date) -> int:
    """How many years later ``start``, read from the text's first day and its written year, is
    meant when that year is a figure off (see the module docstring); 0 when it is not."""
    if start is None or len(start) < 10:
        return 0
    written = date.fromisoformat(start[:10])
    if written >= reference or PAST_TENSE.search(text) is not None:
        return 0
    beside = first_day_and_weekday(text, reference)
    if beside is None:
        return 0
    first, weekday = beside
    # (a span's first day may go without its year: „Donnerstag, der 5.1. bis zum Sonntag, dem
    # 8.1.2016“ written in November 2016, round 292 — the year written at its end is its year)
    if first.year is None and str(written.year) not in text:
        return 0  # a yearless day alone: no written year to have slipped
    if first.year not in (None, written.year) or (first.month, first.day) != (
        written.month,
        written.day,
    ):
        return 0
    if written.weekday() == weekday:
        return 0
    for year in (reference.year, reference.year + 1):
        meant = safe_date(year, written.month, written.day)
        if (
            meant is not None
            and meant.weekday() == weekday
            and reference <= meant <= reference + _YEAR
            and _one_figure_apart(written.year, year)
        ):
            return year - written.year
    return 0


# „Am Mittwochabend (18.6.26)“: a report's weekday (its part of the day too), then its dotted
# day with a two-figure year, in brackets or after a comma.
_REPORTED_WEEKDAY_DAY = lazy_re.compile(
    r"\b(?P<wd>" + WEEKDAY_FULL_ALT + r")(?:abend|nachmittag|vormittag|morgen|mittag)?"
    r",?\s*\(?\s*(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.\d{2}(?!\d)",
    FLAGS,
)


def years_slipped_ahead(text: str, start: str | None, reference: date) -> int:
    """How many years earlier ``start`` is meant when a report of a past day wrote its year a
    figure ahead: „Am Mittwochabend (18.6.26), kurz vor halb 6, wurden wir … alarmiert“ in a fire
    brigade's report of 18 June 2025 (round 294; 18 June 2026 is a Thursday). When the text tells
    its day in the past, the weekday beside it refuses the written year, and the same day in the
    reference's year — a figure apart from the written one — has that weekday and lies on or
    before the reference (within a year), that year is meant; a negative count, 0 when not."""
    if start is None or len(start) < 10 or PAST_TENSE.search(text) is None:
        return 0
    written = date.fromisoformat(start[:10])
    if written <= reference:
        return 0
    beside = _REPORTED_WEEKDAY_DAY.search(text)
    if beside is None:
        return 0
    weekday = WEEKDAYS[beside["wd"].lower()]
    if (int(beside["m"]), int(beside["d"])) != (written.month, written.day):
        return 0
    if written.weekday() == weekday:
        return 0
    for year in (reference.year, reference.year - 1):
        meant = safe_date(year, written.month, written.day)
        if (
            meant is not None
            and meant.weekday() == weekday
            and reference - _YEAR <= meant <= reference
            and _one_figure_apart(written.year, year)
        ):
            return year - written.year
    return 0
