"""Held-out batch AH (English public-meeting listings: a library board's agendas table, a school
board's BoardDocs archive and one of its meeting pages): each general cause it showed, on its real
page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_archive_rows_are_named_by_their_own_name_not_by_the_page_heading(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # a.meeting-row: div „December 10, 2025“, div „Regular Meeting“, div „34 agenda items“.
    # Before: the date divs were the list, each titled by the h1 „Board of Education Records“.
    rows = inspect_corpus_page(capsys, "static-bbhcsd-boarddocs-archive-meetings")
    assert len(rows) == 18
    assert [r["title"] for r in rows[:3]] == [
        "Regular Meeting",
        "Regular Meeting",
        "Board Policy Committee Meeting",
    ]
    assert rows[2]["start"].startswith("2025-11-03")


def test_the_hour_in_a_meeting_s_name_starts_it(capsys: pytest.CaptureFixture[str]) -> None:
    # „Special Meeting 5:30 p.m.“, „Work Session 6 p.m. and Regular Meeting 7 p.m.“ beside an
    # untimed day. Before: no hour, the hour kept in the name.
    rows = inspect_corpus_page(capsys, "static-bbhcsd-boarddocs-archive-meetings")
    by_day = {r["start"][:10]: r for r in rows}
    assert by_day["2019-04-10"]["title"] == "Special Meeting"
    assert by_day["2019-04-10"]["start"].startswith("2019-04-10T17:30")
    assert by_day["2018-09-24"]["title"] == "Work Session and Regular Meeting"
    assert by_day["2018-09-24"]["start"].startswith("2018-09-24T18:00")
    assert by_day["2018-10-22"]["start"].startswith("2018-10-22T19:00")


def test_a_meeting_page_s_heading_hour_starts_the_meeting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # <h1>Special Meeting 5 p.m.</h1> over „November 11, 2018“. Before: titled with its hour,
    # untimed.
    (row,) = inspect_corpus_page(capsys, "static-bbhcsd-boarddocs-special-meeting-2018-11-11")
    assert row["title"] == "Special Meeting"
    assert row["start"].startswith("2018-11-11T17:00")


def test_a_row_whose_links_are_its_files_is_named_by_its_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „July 15, 2020 | Regular Board Meeting (7 pm) | Agenda | Info Packet“, each link a PDF.
    # Before: each row titled by a file's link („Info Packet“, „Budget Draft“).
    rows = inspect_corpus_page(capsys, "php-warrenville-library-board-agendas-2020")
    assert len(rows) == 17
    assert rows[0]["title"] == "Regular Board Meeting"
    assert rows[0]["start"].startswith("2020-07-15T19:00")
    assert rows[3]["title"] == "Committee of the Whole Meeting"
    assert rows[3]["start"].startswith("2020-05-20T18:00")
    titles = {r["title"] for r in rows}
    assert not titles & {"Info Packet", "Budget Draft", "Auditor's Communication to the Board"}


def test_a_lead_for_all_meetings_with_their_day_and_hour_gives_the_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „All meetings of the Library Board of Trustees are open to the public and held on the third
    # Wednesday of each month at 7 p.m. at the Warrenville Public Library, 28W751 Stafford Place,
    # Warrenville, IL 60555 unless otherwise specified.“ Before: no place.
    rows = inspect_corpus_page(capsys, "php-warrenville-library-board-agendas-2020")
    assert {r["location"] for r in rows} == {
        "Warrenville Public Library, 28W751 Stafford Place, Warrenville, IL 60555"
    }
