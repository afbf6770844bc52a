"""The year a page's context states for a date text ("Programm 2024" above a list of days).

``parse_when(…, year=2024)`` passes it down as the reference day: a :class:`PageYear` is the
middle of that year (for comparisons that need a day) and carries the stated year, which every
place that fills in a missing year (``when.infer_year``, holidays, calendar weeks, half-years,
months) takes as it is instead of the year nearest the page's day.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from netdir import lazy_re

#: ``RawRecord.extra`` key of the year the page states for a record's date text ("2024").
PAGE_YEAR = "page_year"


class PageYear(date):
    """A reference day standing for a whole stated year (1 July of it)."""

    stated: int

    def __new__(cls, year: int) -> PageYear:
        day = super().__new__(cls, year, 7, 1)
        day.stated = year
        return day


def stated_year(reference: date) -> int | None:
    """The year the page's context states, when the reference carries one."""
    return reference.stated if isinstance(reference, PageYear) else None


def record_year(extra: Mapping[str, str]) -> int | None:
    """The year an extractor found stated for a record's date text (``extra["page_year"]``)."""
    written = extra.get(PAGE_YEAR, "")
    return int(written) if written.isdigit() else None


# "Chronik aus dem Jahr 2011 | Am 26. Juni nahmen wir …", "Termine 2026 | 12. Dezember | …": a
# heading kept before " | " that names one year states the year of the days below it, as a
# year tab does. A year inside a date ("12.03.2005"), a span of years ("2005-2006", "Saison
# 2025/26") or a heading naming two years states none.
_HEADING = lazy_re.compile(r"^([^|]{1,80}?)\s\|\s")
_HEADING_YEAR = lazy_re.compile(r"(?<![\d./-])(?:19|20)\d{2}(?![\d./–-])")


def heading_year(text: str) -> int | None:
    """The one year a text's leading heading ("… 2011 | …") names, else None."""
    heading = _HEADING.match(text)
    if heading is None:
        return None
    years = _HEADING_YEAR.findall(heading[1])
    if len(years) != 1 or int(years[0]) < 1990:
        return None
    return int(years[0])


# "Termine zum Schuljahr 2024/2025 | 27.06. | Zeugnisse", "Saison 2025/26 | …": a heading naming
# one span of two following years (a school year, a season) above days written without a year.
_HEADING_SPAN = lazy_re.compile(
    r"(?<![\d./-])(?P<a>(?:19|20)\d{2})\s?/\s?(?P<b>(?:19|20)?\d{2})(?![\d./–-])"
)
#: How far ahead of the page's day the span's yearless days are looked for: from a month before
#: it to eleven months after (a plan for the year that begins now).
SPAN_AHEAD = 150


def heading_span(text: str) -> tuple[int, int] | None:
    """The span of two following years ("2024/2025", "2024/25") a text's leading heading names."""
    heading = _HEADING.match(text)
    if heading is None:
        return None
    spans = list(_HEADING_SPAN.finditer(heading[1]))
    if len(spans) != 1:
        return None
    first, second = int(spans[0]["a"]), spans[0]["b"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return (first, last) if last == first + 1 else None
