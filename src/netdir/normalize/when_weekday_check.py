"""Whether the weekday a text writes beside its first day fits that day.

„Datum: Samstag, 14.06.2015, 14:00 Uhr“ — 14 June 2015 was a Sunday: one of the two is wrong, and
a reader who finds „Am Samstag den 20. Juni 2015 um 14 Uhr …“ in the same post knows which. A
list's yearless „Sat 19th November“ fits one year and not the next. Both questions are one: does
the weekday written beside the text's first day name that day's weekday in a given year?
"""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when
from netdir.normalize.when_mentions import first_day_and_weekday
from netdir.normalize.when_value import safe_date


def weekday_refuses(text: str, year: int, today: date) -> bool:
    """Whether the text writes a weekday beside its first day that the day has not in ``year``."""
    written = first_day_and_weekday(text, today)
    if written is None:
        return False
    first, weekday = written
    found = safe_date(year, first.month, first.day)
    return found is None or found.weekday() != weekday


def weekday_contradicts(text: str, today: date) -> bool:
    """Whether the weekday beside the text's first day is not that day's, in the year the text
    is read in („Samstag, 14.06.2015“: a Sunday)."""
    start = parse_when(text, today=today).start
    if not start or len(start) < len("2015-06-14"):
        return False
    return weekday_refuses(text, int(start[:4]), today)
