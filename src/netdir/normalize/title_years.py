"""The next year a record's own name states, for a yearless day the nearest-year rule put behind.

A fire brigade's jubilee page names its fest „Die Freiwillige Feuerwehr Villenbach feiert 2025 ihr
150-jähriges Bestehen!“ and dates it „vom 05. - 06. Juli“, read on 15 December 2024: the nearest
July is the one five months back, but the name says whose year it is. When the date text names no
year, the name names exactly one, and that year is the one after the year the nearest-year rule
chose for a day already past, the day is read in the named year. Only forward by one year: a name's
year may also be the year a meeting looks back on („Jahreshauptversammlung 2025“ held in March
2026, read in February: its day ahead keeps 2026), and a name naming a year long gone („Chronik
2011“) says nothing of this year's day.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re

# a year standing alone: not inside a date („12.03.2005“), a span („2005-2006“, „2025/26“) or a
# longer number
_NAMED_YEAR = lazy_re.compile(r"(?<![\d./-])(?:19|20)\d{2}(?![\d./–-])")
_ANY_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def named_next_year(
    title: str, date_text: str | None, start: str | None, today: date
) -> int | None:
    """The year ``title`` names when ``date_text`` names none and the day ``start`` (read by the
    nearest-year rule) lies before ``today`` in the year before it; None otherwise."""
    if not date_text or start is None or _ANY_YEAR.search(date_text) is not None:
        return None
    years = set(_NAMED_YEAR.findall(title))
    if len(years) != 1:
        return None
    year = int(years.pop())
    try:
        day = date.fromisoformat(start[:10])
    except ValueError:
        return None
    return year if day < today and year == day.year + 1 else None
