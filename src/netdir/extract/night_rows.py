"""A night's programme: its rows after midnight are on the next day.

A science night's page says „<h1>Nacht der Wissenschaft<br>28. Oktober 2016</h1>“ and lists its
talks in panels „20:00 HS B. · Computersimulationen …“, „21:00 HS D. · …“ up to „23:00“, then
„00:00“, „01:00“, „03:00“: each row takes the day of the heading above, and the talks in the
small hours after the evening's talks are on the day after. Only rows that borrow one and the
same day from outside themselves (a heading, a header row, a tab) move; a row that states its
own day („So 14.05. 01:00“) keeps it.
"""

from __future__ import annotations

from datetime import date, timedelta

from netdir import lazy_re
from netdir.extract.date_cues import has_year
from netdir.normalize.when import parse_when

_REFERENCE = date(2000, 1, 1)  # the day text states its year; nothing resolves against this
_CLOCK = lazy_re.compile(r"^\s*(?:ab\s+|um\s+)?(?P<h>[01]?\d|2[0-3])[:.][0-5]\d(?!\d)", flags=0)
_EVENING = 18  # a row from this hour on is the evening of the night
_SMALL_HOURS = 8  # a row before this hour, after the evening's rows, is in the next morning


def _borrowed_day(date_text: str | None) -> tuple[str, int] | None:
    """The day part and the hour of a date text the row's hours were joined to („Nacht der
    Wissenschaft 28. Oktober 2016, 20:00 HS B.“ → the day text and 20)."""
    if not date_text:
        return None
    day, separator, hours = date_text.rpartition(", ")
    clock = _CLOCK.match(hours)
    if not separator or clock is None or not has_year(day):
        return None
    return day, int(clock.group("h"))


def past_midnight(date_texts: list[str | None]) -> list[str | None]:
    """The date texts of one list's rows that borrow their day, those in the small hours after
    an evening's row moved to the next day („…, 00:00 HS B.“ after „…, 23:00 HS R.“ of 28
    October 2016 → „29.10.2016, 00:00 HS B.“). Rows that borrow different days stay as read."""
    borrowed = [_borrowed_day(text) for text in date_texts]
    days = {found[0] for found in borrowed if found is not None}
    if len(days) != 1:
        return date_texts
    start = parse_when(days.pop(), today=_REFERENCE).start
    if start is None:
        return date_texts
    next_day = date.fromisoformat(start[:10]) + timedelta(days=1)
    evening = False
    moved: list[str | None] = []
    for text, found in zip(date_texts, borrowed, strict=True):
        if found is None:
            moved.append(text)
            continue
        hour = found[1]
        if evening and hour < _SMALL_HOURS and text is not None:
            moved.append(f"{next_day:%d.%m.%Y}, {text.rpartition(', ')[2]}")
            continue
        evening = evening or hour >= _EVENING
        moved.append(text)
    return moved
