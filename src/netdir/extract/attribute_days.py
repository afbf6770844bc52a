"""The day a calendar states only in a ``data-`` attribute of the block or of its day group.

Urania Berlin's calendar shows each day as "03" / "Do" and keeps its month and year in
``data-day="03-do-09-2026"`` on the day's box; its events sit inside that box with a time and
a name but no date of their own. A block that names no date is dated by such an attribute —
on itself or on one of its nearest ancestors — when the attribute holds a four-digit year and a
day and month, and the box shows that day's number (so the attribute is the day it displays).

A conference programme keeps each day in a section of its own, ``<article id="day_2022-08-29">``,
shown through a tab bar „Mon, 29 Aug | Tue, 30 Aug | …“ whose links point at these ids: the
sessions inside name their hour and nothing of their day. An ``id`` holding an ISO day dates them
the same way when the id is that day and no more (a post's slug „…-2015-09-30-festkolloquium“
names the day it was written, „post-1234“ no day at all)."""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import iter_date_like
from netdir.normalize.when import parse_when

# data-date, data-day, data-datum, data-tag, data-event-date — not data-day-count or data-days.
_DAY_ATTRIBUTE = lazy_re.compile(r"^data-(?:[\w-]*-)?(?:date|day|datum|tag)$")
_NUMBERS = lazy_re.compile(r"\d+")
# A clock's hour and minutes („19:30“, „19.30 Uhr“, „19 Uhr“) are no day number the box shows.
_CLOCK = lazy_re.compile(r"\b\d{1,2}(?::\d{2}|\.\d{2}\s*Uhr|\s*Uhr)\b", re.IGNORECASE)
_ANCESTORS = 3  # the item, its list of the day's events, the day's box
# „day_2022-08-29“, „2022-08-29“, „date-2022-08-29“: an id that is a day's name — not a post's
# slug with its publication day amid words („special-veranstaltungen-2015-09-30-festkolloquium“)
_ISO_DAY = lazy_re.compile(r"^(?:[a-z]+[-_])?\d{4}-\d{2}-\d{2}$", re.IGNORECASE)


def day_in_attributes(node: LexborNode) -> tuple[str, str] | None:
    """The day ("03.09.2026") and its source ("div@data-day") a ``data-`` attribute of ``node``
    or of its nearest ancestors states; None when none does."""
    current: LexborNode | None = node
    for _ in range(_ANCESTORS + 1):
        if current is None or not current.is_element_node:
            return None
        for name, value in current.attributes.items():
            if value is None:
                continue
            # A day's section known by its id („<article id="day_2022-08-29">“, the anchor its
            # tab „Mon, 29 Aug“ links to): an id that is only an ISO day, with at most a word
            # before it, not any number an id may hold.
            if not _DAY_ATTRIBUTE.match(name) and not (name == "id" and _ISO_DAY.match(value)):
                continue
            day = _shown_day(value, current)
            if day is not None and name == "id" and _written_out(day, current):
                # „<div id="datum-2026-12-01"><h2>Di 01.12.2026</h2>“: the box writes its day in
                # full, and its heading dates the rows as the reader sees it.
                return None
            if day is not None:
                return f"{day:%d.%m.%Y}", f"{current.tag}@{name}"
        current = current.parent
    return None


def _shown_day(value: str, box: LexborNode) -> date | None:
    """The day ``value`` states ("03-do-09-2026", "2026-09-03", "20260903") when ``box`` shows
    its day number; None otherwise."""
    numbers = [int(n) for n in _NUMBERS.findall(value)]
    if len(numbers) == 1 and len(str(numbers[0])) == 8:  # "20260903"
        packed = str(numbers[0])
        numbers = [int(packed[:4]), int(packed[4:6]), int(packed[6:])]
    if len(numbers) != 3:
        return None
    years = [n for n in numbers if 1900 <= n <= 2100]
    if len(years) != 1:
        return None
    year = years[0]
    first, second = (n for n in numbers if n != year) if numbers.count(year) == 1 else (0, 0)
    # A year first reads year-month-day (ISO); a year last reads day-month-year, as in German.
    day, month = (second, first) if numbers[0] == year else (first, second)
    try:
        stated = date(year, month, day)
    except ValueError:
        return None
    shown_text = _CLOCK.sub(" ", box.text(separator=" ", strip=True))
    shown = {int(n) for n in _NUMBERS.findall(shown_text) if len(n) <= 2}
    return stated if stated.day in shown else None


_YEAR = lazy_re.compile(r"\b\d{4}\b")


def _written_out(day: date, box: LexborNode) -> bool:
    """Whether ``box`` shows ``day`` as a date with its year („Di 01.12.2026“) — not only as the
    tab „Mon, 29 Aug“ among the other days of a programme."""
    text = box.text(separator=" ", strip=True)
    for match in iter_date_like(text):
        phrase = match.group(0)
        if not _YEAR.search(phrase):
            continue
        start = parse_when(phrase, today=day).start
        if start is not None and start[:10] == day.isoformat():
            return True
    return False
