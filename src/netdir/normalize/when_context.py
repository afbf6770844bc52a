"""The year a page's context states for a date text ("Programm 2024" above a list of days).

``parse_when(…, year=2024)`` passes it down as the reference day: a :class:`PageYear` is the
middle of that year (for comparisons that need a day) and carries the stated year, which every
place that fills in a missing year (``when.infer_year``, holidays, calendar weeks, half-years,
months) takes as it is instead of the year nearest the page's day.
"""

from __future__ import annotations

from datetime import date


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
