"""Held-out batch AF (English school calendar and athletics listings): each general cause it
showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_month_grid_of_day_boxes_gives_each_entry_its_day_and_clock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Finalsite's month grid: „Mon, Nov 28“ over the day's entries (a title link, „9:45 AM -
    # 11:05 AM“ of two <time> elements, a location line). Before: two records of the page.
    rows = inspect_corpus_page(capsys, "finalsite-maret-school-calendar-2016-12")
    assert len(rows) == 47
    trip = next(r for r in rows if r["title"].startswith("4th Gr Service Learning"))
    assert trip["start"].startswith("2016-11-28T09:45")
    assert trip["end"].startswith("2016-11-28T11:05")
    assert trip["location"] == "Martha's Table, Inc."
    assert sum(r["title"] == "Hour of Code" for r in rows) == 5


def test_a_fixtures_row_is_named_by_team_and_opponent_at_its_clock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Team | Opponent | Date | Time“, the clock „2:45 PM“ read from spans as „2 : 45 PM“.
    rows = inspect_corpus_page(capsys, "finalsite-maret-athletics-games-2016-11")
    game = next(r for r in rows if r["title"] == "Boys' MS A Soccer vs. Georgetown Day School")
    assert game["start"].startswith("2016-10-31T14:45")


def test_a_practice_table_s_time_column_times_each_row(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, "finalsite-maret-athletics-practices-2017-01")
    assert rows[0]["start"].startswith("2016-12-26T09:00")
