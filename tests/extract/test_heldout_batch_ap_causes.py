"""Held-out English listing batch AP (a museum guide's events table, a ColdFusion user group's
meetings, a research group's seminar cards, a radio club's schedule): each general cause it
showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page

_FIRE_STATION = (
    "Pacifica Fire Station #72 (Linda Mar), 1100 Linda Mar Boulevard, Pacifica, CA 94044"
)


def test_the_note_under_the_schedule_times_and_places_its_meetings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „* All meetings are held at 7:30pm at Pacifica Fire Station #72 (Linda Mar), 1100 Linda
    # Mar Boulevard, Pacifica, CA 94044, unless otherwise stated.“ under the table. Before: every
    # meeting on its bare day, without a place.
    rows = inspect_corpus_page(capsys, "php-coastside-arc-coming-events-2024")
    on = {(r["title"], r["start"][:10]): r for r in rows}
    meeting = on[("Firehouse Meeting ~ 2024 Agenda/Planning", "2024-01-10")]
    assert meeting["start"] == "2024-01-10T19:30:00-08:00"
    assert meeting["location"] == _FIRE_STATION
    assert on[("Pizza Meeting ~ Location TBD", "2024-04-10")]["location"] is None
    assert on[("Winter Field Day", "2024-01-27")]["start"] == "2024-01-27"


def test_the_schedules_calendar_marks_are_no_offerings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Mar 10th | Daylight Savings Time Starts“, „Jun 14th | Flag Day“, „Nov 3rd | Daylight
    # Savings Time Ends“. Before: three records.
    rows = inspect_corpus_page(capsys, "php-coastside-arc-coming-events-2024")
    titles = {r["title"] for r in rows}
    assert not titles & {"Daylight Savings Time Starts", "Flag Day", "Daylight Savings Time Ends"}
    assert len(rows) == 15


def test_the_column_headed_museum_is_each_rows_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Museum: | Event: | Date:“ over rows „UMMA | UMMA After Hours … | 3/20/2015“. Before: the
    # museum cell taken only where it holds a venue word; „UMMA“ rows had no place.
    rows = inspect_corpus_page(capsys, "php-annarbor-museums-events-2015")
    places = {r["title"]: r["location"] for r in rows}
    assert places["UMMA After Hours"] == "UMMA"
    assert places["Journey to Freedom: Underground Railroad Bus Tour"] == (
        "African American Cultural and Historical Museum"
    )
