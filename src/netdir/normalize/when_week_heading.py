"""A week's heading over a bare weekday: „14.10.2024 bis 18.10.2024 | Am Donnerstag fahren die
Sozialkundekurse … nach Berlin“ — a weekly preview names the week, then its days by weekday. The
weekday is the one inside that week, not the whole week (the heading alone) and not the next such
day after the page's date (the preview may be written weeks ahead, before the holidays).

Only a heading that is a span of at most a week, alone before the first " | ", is such a week;
the text after it must name its day by a weekday only (a date of its own wins)."""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# "14.10.2024 bis 18.10.2024 | …", "_24.03.2025 - 28.03.2025_ | …", "(22.01.-28.01.2024) | …"
_WEEK_HEADING = lazy_re.compile(
    r"^\s*[_(*]*(?P<span>\d{1,2}\.\d{1,2}\.(?:\d{2,4})?\s*(?:-|–|bis)\s*\d{1,2}\.\d{1,2}\.\d{2,4})"
    r"[_)*]*\s*\|\s*(?P<rest>\S.*)$",
    FLAGS,
)
_LONGEST_WEEK = 6  # Monday to Sunday
_DATE_IN_REST = lazy_re.compile(r"\d{1,2}\.\d{1,2}\.|\d{1,2}\.\s*[A-ZÄÖÜ]")


def week_heading(text: str) -> re.Match[str] | None:
    """The heading and its text when ``text`` opens with a span of days before " | " and the text
    after it has no date of its own."""
    if not text[:3].lstrip("_(* ")[:1].isdigit():
        return None
    found = _WEEK_HEADING.match(text)
    if found is None or _DATE_IN_REST.search(found["rest"]) is not None:
        return None
    return found


def within_week(first: date, last: date, day: date | None) -> bool:
    """Whether ``day`` lies in the heading's week (a span of at most a week)."""
    if day is None or not 0 <= (last - first).days <= _LONGEST_WEEK:
        return False
    return first <= day <= last
