"""Held-out batch AJ (English council meeting lists: a parish council's 2013 calendar table, a
parish council's diary and archive, a city council's video archive): each general cause it
showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page

_PAGE = "php-shere-parish-council-meeting-dates-2013"


def test_the_table_s_year_row_dates_the_yearless_days_below_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „2013 | | All commence at 8 p.m. | “ over „03 January | Planning Committee | | “.
    # Before: each day in 2015, the year nearest the day the page was read.
    rows = inspect_corpus_page(capsys, _PAGE)
    assert {r["start"][:4] for r in rows} == {"2013"}


def test_each_meeting_column_of_a_row_is_a_meeting_of_its_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „18 January | Planning Committee | Council meeting | “, „07 February | Planning Committee |
    # | Parish Maintenance Committee 8.15 p.m.“. Before: one record per row, its first meeting.
    rows = inspect_corpus_page(capsys, _PAGE)
    assert len(rows) == 39
    on = {(r["start"][:10], r["title"]): r for r in rows}
    assert on[("2013-01-18", "Council meeting")]["start"].startswith("2013-01-18T20:00")
    assert on[("2013-02-07", "Parish Maintenance Committee")]["start"].startswith(
        "2013-02-07T20:15"
    )
    assert ("2013-08-15", "Planning Committee") in on  # the August note beside it is none
    assert not any(r["title"].startswith("Further") for r in rows)


def test_the_note_under_the_table_times_its_kind_and_the_line_above_places_all(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „All Planning meetings will take place at 7.15 p.m.“ under the table, „All meetings to be
    # held at Tanyard Hall, 30 Station Road, Gomshall“ above it. Before: no hour, no place.
    rows = inspect_corpus_page(capsys, _PAGE)
    planning = [r for r in rows if r["title"].startswith("Planning")]
    assert len(planning) == 20
    assert all(r["start"][11:16] == "19:15" for r in planning)
    assert {r["location"] for r in rows} == {"Tanyard Hall, 30 Station Road, Gomshall"}
