"""A month's two-digit year before a period's end with its full year (when_short_years)."""

from __future__ import annotations

import pytest

from netdir.normalize.when_short_years import with_full_short_years


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Nov. 09 - März 2010 | Spinning", "Nov. 2009 - März 2010 | Spinning"),
        ("Oktober 25 bis April 2026", "Oktober 2025 bis April 2026"),
        ("Nov. 23 - März 2010", "Nov. 23 - März 2010"),  # no year of the period: a day
        ("Nov. 09 - 12:30 Uhr", "Nov. 09 - 12:30 Uhr"),  # no month after the dash
    ],
)
def test_a_short_year_is_written_out_only_before_its_periods_end(text: str, written: str) -> None:
    assert with_full_short_years(text) == written


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a British venue's run, both days with a two-digit year
        ("17 Oct 12 - 17 Dec 13", "17 Oct 2012 - 17 Dec 2013"),
        ("20 Dec 12 - 20 Dec 13", "20 Dec 2012 - 20 Dec 2013"),
        ("1 Jan 99 - 3 Jan 00", "1 Jan 1999 - 3 Jan 2000"),
        ("17 Oct 12 - 17 Dec 15", "17 Oct 12 - 17 Dec 15"),  # years apart: not read as years
        ("03 Aug - 29 Sep 13", "03 Aug - 29 Sep 13"),  # one year only: read as before
    ],
)
def test_both_short_years_of_a_run_are_written_out(text: str, written: str) -> None:
    assert with_full_short_years(text) == written
