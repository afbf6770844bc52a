"""The day a calendar states only in a ``data-`` attribute of the block or of its day group.

Urania Berlin's calendar shows each day as "03" / "Do" and keeps its month and year in
``data-day="03-do-09-2026"`` on the day's box; its events sit inside that box with a time and
a name but no date of their own. A block that names no date is dated by such an attribute —
on itself or on one of its nearest ancestors — when the attribute holds a four-digit year and a
day and month, and the box shows that day's number (so the attribute is the day it displays)."""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborNode

from netdir import lazy_re

# data-date, data-day, data-datum, data-tag, data-event-date — not data-day-count or data-days.
_DAY_ATTRIBUTE = lazy_re.compile(r"^data-(?:[\w-]*-)?(?:date|day|datum|tag)$")
_NUMBERS = lazy_re.compile(r"\d+")
# A clock's hour and minutes („19:30“, „19.30 Uhr“, „19 Uhr“) are no day number the box shows.
_CLOCK = lazy_re.compile(r"\b\d{1,2}(?::\d{2}|\.\d{2}\s*Uhr|\s*Uhr)\b", re.IGNORECASE)
_ANCESTORS = 3  # the item, its list of the day's events, the day's box


def day_in_attributes(node: LexborNode) -> tuple[str, str] | None:
    """The day ("03.09.2026") and its source ("div@data-day") a ``data-`` attribute of ``node``
    or of its nearest ancestors states; None when none does."""
    current: LexborNode | None = node
    for _ in range(_ANCESTORS + 1):
        if current is None or not current.is_element_node:
            return None
        for name, value in current.attributes.items():
            if value is None or not _DAY_ATTRIBUTE.match(name):
                continue
            day = _shown_day(value, current)
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
