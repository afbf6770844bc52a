"""A weekday beside a yearless day picks the year it falls on, within a year of reading."""

from __future__ import annotations

from datetime import date

from netdir.normalize.weekday_years import year_the_weekday_names
from netdir.normalize.when import parse_when

NOV_8_2006 = date(2006, 11, 8)  # Upcoming.org's home page, saved on Wednesday 8 November 2006


def test_the_nearest_day_when_the_weekday_fits_it() -> None:
    assert year_the_weekday_names(11, 18, 5, NOV_8_2006) == 2006  # Sat, 11/18
    assert year_the_weekday_names(1, 8, 0, NOV_8_2006) == 2007  # Mon, 1/8


def test_next_years_day_when_only_it_falls_on_the_weekday() -> None:
    # 20 May 2006 was a Saturday; 20 May 2007 is the Sunday the page means ("Sun, 5/20").
    assert year_the_weekday_names(5, 20, 6, NOV_8_2006) == 2007
    assert year_the_weekday_names(6, 19, 1, NOV_8_2006) == 2007  # Tue, 6/19


def test_no_year_when_the_weekday_fits_only_a_day_more_than_a_year_away() -> None:
    # "open 24/7 Sunday": 24 July 2005 was a Sunday, 16 months before — no date.
    assert year_the_weekday_names(7, 24, 6, NOV_8_2006) is None


def test_parse_when_reads_a_listing_cell_months_ahead() -> None:
    assert parse_when("Sun, 5/20", today=NOV_8_2006).start == "2007-05-20"
    assert parse_when("Thu, 5/24", today=NOV_8_2006).start == "2007-05-24"
    assert parse_when("open 24/7 Sunday", today=NOV_8_2006).start is None
