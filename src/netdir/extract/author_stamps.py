"""A post's stamp beside its author, as Jekyll's ``date_to_string`` filter writes the day.

A makerspace's Jekyll posts set „<p>{{ page.date | date_to_string }} - {{ page.author }}</p>“
under the h1: „12 Jun 2021 - Lukas“, the day the post went up (a two-digit day, the English
month's abbreviation without a dot, the year) and who wrote it. Read as a date line with its
place after the dash, the post announcing the Making Hours' return („Los geht’s am Mittwoch ab
18 Uhr“) became an event on the day it was posted, held at „Lukas“, and an event report
(„Veranstaltungsbericht: CodeWeek“) an event on its stamp. The line is the post's stamp; the
event's day, if any, stands in the post's text.

Only the filter's exact shape beside one to three capitalised words counts: an event's own date
line („Samstag, 12. Juni 2021 – Stadthalle“, „12.06.2021 - Rathaus“) is never written so.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re

# „12 Jun 2021 - Lukas“, „01 Nov 2021 – Martin Vogel“: the stamp, a dash and the author's name.
_STAMP_BY_AUTHOR = lazy_re.compile(
    r"^\s*(?P<day>(?:0[1-9]|[12]\d|3[01])\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"\s(?:19|20)\d\d)\s+[-–]\s+[A-ZÄÖÜ][^\W\d_]*\.?(?:\s[A-ZÄÖÜ][^\W\d_]*\.?){0,2}\s*$"
)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def is_stamp_by_author(line: str | None) -> bool:
    """Whether ``line`` is only a post's ``date_to_string`` stamp and its author's name."""
    return bool(line) and _STAMP_BY_AUTHOR.match(line or "") is not None


def stamp_by_author_day(line: str | None) -> date | None:
    """The day of such a stamp line („12 Jun 2021 - Lukas“ → 2021-06-12), else None."""
    match = _STAMP_BY_AUTHOR.match(line or "")
    if match is None:
        return None
    day, month, year = match["day"].split()
    try:
        return date(int(year), _MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None  # „31 Jun 2021“: no such day
