"""The month a page's weekday-and-day rows lie in, pinned by their weekdays.

A festival's page lists its concerts as „Sa / 18. / Nenad / 19:30 Uhr“ and its programme under
day headings „Fr 17.“: weekday and day number, no month, because the page says once, in prose or
a kicker, when the festival runs („17.–26. Juli 2026“). No caption is only that month, so the
calendar rows have no month to be read in. A reader takes the month the page names in which
every such day falls on its weekday: Saturday the 18th and Friday the 17th are July 2026, not
August. Only a month the page names counts, and only when exactly one of them fits all the
days: the weekdays confirm the month, they never pick one the page does not mention.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.calendar_days import PageMonth, bare_day, month_number
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.inline_text import visible_line
from netdir.extract.meta_line import line_parts
from netdir.extract.short_elements import texts_within
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS, alternation

# „Sa 18.“, „Fr, 17.“, „Mo 20“: only a weekday and a day number in a short element.
_WEEKDAY_DAY = lazy_re.compile(
    rf"^(?P<w>{alternation(WEEKDAY_ABBREVIATIONS)})\.?,?\s*(?P<d>\d{{1,2}})\.?$", re.IGNORECASE
)
_MONTH_NAME = (
    r"(?:januar|january|februar|february|märz|maerz|march|april|mai|may|juni|june|juli|july"
    r"|august|september|oktober|october|november|dezember|december)"
)
_MONTH_YEAR = lazy_re.compile(rf"\b({_MONTH_NAME})\s+(20\d\d)\b", re.IGNORECASE)
_MIN_DAYS = 2  # one weekday-and-day text could be a stray label
_PLACE_CHARS = 80
BY_WEEKDAYS = "weekdays"  # ``PageMonth.where`` of a month found so
_SHORT = 12  # „Mittwoch, 22.“ is the longest such text


def weekday_days(nodes: list[LexborNode]) -> set[tuple[int, int]]:
    """The (weekday, day) pairs of the page's short elements that are only a weekday and a
    day number."""
    found: set[tuple[int, int]] = set()
    for node, text in texts_within(nodes, _SHORT + 4):
        if not text or not text[0].isalpha():
            continue
        match = _WEEKDAY_DAY.match(visible_line(node))
        if match is None:
            continue
        weekday = WEEKDAY_ABBREVIATIONS.get(match["w"].lower())
        day = int(match["d"])
        if weekday is not None and 1 <= day <= 31:
            found.add((weekday, day))
    return found


def named_months(text: str) -> set[tuple[int, int]]:
    """The months of a year the page's text names („17.–26. Juli 2026“ names July 2026)."""
    found: set[tuple[int, int]] = set()
    for match in _MONTH_YEAR.finditer(text):
        month = month_number(match.group(1))
        if month is not None:
            found.add((int(match.group(2)), month))
    return found


def month_of_weekdays(days: set[tuple[int, int]], months: set[tuple[int, int]]) -> PageMonth | None:
    """The one named month in which every (weekday, day) falls on its weekday, if exactly one."""
    if len(days) < _MIN_DAYS:
        return None
    fitting = [
        (year, month)
        for year, month in months
        if all(
            day <= monthrange(year, month)[1] and date(year, month, day).weekday() == weekday
            for weekday, day in days
        )
    ]
    if len(fitting) != 1:
        return None
    year, month = fitting[0]
    return PageMonth(year, month, BY_WEEKDAYS)


def page_month_of_weekdays(body: LexborNode, nodes: list[LexborNode]) -> PageMonth | None:
    """The month of the page's weekday-and-day texts, when the page names just one that fits."""
    days = weekday_days(nodes)
    if len(days) < _MIN_DAYS:
        return None
    return month_of_weekdays(days, named_months(" ".join(body.text(separator=" ").split())))


# „Sa 18. Nenad 19:30 Uhr · König Pilsener Bühne“: a row's line that opens with its weekday and
# day number.
_LEADING = lazy_re.compile(
    rf"^(?P<w>{alternation(WEEKDAY_ABBREVIATIONS)})\.?,?\s+(?P<d>\d{{1,2}})\.(?=\s|$)",
    re.IGNORECASE,
)


def leading_weekday_day(chunk: str, month: PageMonth) -> tuple[int, str] | None:
    """The day a row's line opens with („Sa 18. …“) when it is that weekday in the page's
    month: a day that falls on another weekday there belongs to another month."""
    match = _LEADING.match(chunk)
    if match is None:
        return None
    weekday = WEEKDAY_ABBREVIATIONS.get(match["w"].lower())
    day = int(match["d"])
    if weekday is None or not 1 <= day <= monthrange(month.year, month.month)[1]:
        return None
    if date(month.year, month.month, day).weekday() != weekday:
        return None
    return day, match["w"]


def day_of_row(chunks: list[str], month: PageMonth) -> tuple[int, str | None] | None:
    """A calendar row's day: a bare day beside its weekday („Di | 1“), or a line opening with
    both that the page's month confirms („Sa 18. Nenad 19:30 Uhr“)."""
    found = bare_day(chunks)
    if found is None and chunks:
        return leading_weekday_day(chunks[0], month)
    return found


def clock_of_leading_line(chunks: list[str]) -> str | None:
    """The first clock after the weekday and day a row's line opens with („Sa 18. Nenad 19:30
    Uhr · …“ starts at 19:30): the row's time, when no cell of its own holds it."""
    match = _LEADING.match(chunks[0]) if chunks else None
    if match is None:
        return None
    clock = TIME_LIKE.search(chunks[0], match.end())
    return clock.group(0) if clock is not None else None


def day_in_month(text: str, month: PageMonth) -> str | None:
    """A short heading that is only a weekday and a day („Fr 17.“) as that day of the page's
    month („Fr, 17.07.2026“), when it is that weekday there."""
    match = _WEEKDAY_DAY.match(" ".join(text.split()))
    if match is None or month.where != BY_WEEKDAYS:
        return None  # a calendar with a month caption reads its day cells its own way
    found = leading_weekday_day(f"{match['w']} {match['d']}.", month)
    if found is None:
        return None
    return f"{found[1]}, {found[0]:02d}.{month.month:02d}.{month.year}"


def opens_with_a_clock(chunks: list[str]) -> bool:
    """A programme row that opens with its hours („14:00 –22:00 Baltic Beats DJ …“)."""
    return bool(chunks) and TIME_LIKE.match(chunks[0]) is not None


def place_after_the_clock(chunks: list[str]) -> str | None:
    """„Sa 18. Nenad 19:30 Uhr · König Pilsener Bühne“: the one part after the line's clock,
    set apart by „ · “ or „ | “, is where the row takes place (as in ``after_the_hours``)."""
    if not chunks or _LEADING.match(chunks[0]) is None:
        return None
    parts = line_parts(chunks[0])
    if len(parts) != 2 or TIME_LIKE.search(parts[0]) is None:
        return None
    place = parts[1]
    return place if not any(map(str.isdigit, place)) and len(place) <= _PLACE_CHARS else None
