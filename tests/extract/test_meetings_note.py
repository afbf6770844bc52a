"""The hour and the place a note beside a list states for all its meetings
(extract.meetings_note)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.all_meetings import place_for_all
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

_NOTE = (
    "<p><i>* All meetings are held at 7:30pm at Pacifica Fire Station #72 (Linda Mar), 1100 Linda"
    " Mar Boulevard, Pacifica, CA 94044, unless otherwise stated.</i></p>"
)
_TABLE = (
    "<table><caption><b>2024 CARC MEETING / EVENT SCHEDULE</b></caption>"
    "<tr><th>DATE</th><th>EVENT</th></tr>"
    "<tr><td>Jan 10th</td><td>Firehouse Meeting ~ 2024 Agenda/Planning</td></tr>"
    "<tr><td>Jan 27th-28th</td><td>Winter Field Day</td></tr>"
    "<tr><td>Mar 13th</td><td>Firehouse Meeting</td></tr>"
    "<tr><td>Apr 10th</td><td>Pizza Meeting ~ Location TBD</td></tr>"
    "<tr><td>Sep 28th-29th</td><td>Pacifica Fog Fest</td></tr>"
    "</table>"
)


def _records(html: str) -> dict[str, tuple[str | None, str | None]]:
    page = page_from_text(f"<html><body><main>{html}</main></body></html>", "https://example.org/")
    records = extract_page(page).records
    return {
        r.title: (normalize_record(r, today=date(2024, 6, 6)).start, r.location_text)
        for r in records
    }


def test_the_meetings_take_the_hour_and_place_of_the_note_under_the_table() -> None:
    rows = _records(_TABLE + _NOTE)
    start, place = rows["Firehouse Meeting ~ 2024 Agenda/Planning"]
    assert start is not None and start.startswith("2024-01-10T19:30")
    assert place is not None and place.startswith("Pacifica Fire Station #72 (Linda Mar)")
    # „unless otherwise stated“: the row says its place is still open — the hour stays.
    start, place = rows["Pizza Meeting ~ Location TBD"]
    assert start is not None and start.startswith("2024-04-10T19:30")
    assert place is None
    # The field day and the festival are no meetings: neither the hour nor the place.
    assert rows["Winter Field Day"] == ("2024-01-27", None)
    assert rows["Pacifica Fog Fest"][1] is None


def test_without_the_note_the_meetings_keep_their_bare_days() -> None:
    rows = _records(_TABLE)
    assert rows["Firehouse Meeting"] == ("2024-03-13", None)


def test_a_note_of_one_kind_of_meeting_leaves_the_others_to_their_own_hours() -> None:
    # „All Planning meetings …“ is extract.kind_hours' note; this reader wants all meetings.
    note = "<p>All Planning meetings will take place at 7.15 p.m.</p>"
    rows = _records(_TABLE + note)
    assert rows["Firehouse Meeting"] == ("2024-03-13", None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "* All meetings are held at 7:30pm at Pacifica Fire Station #72 (Linda Mar), 1100 Linda"
            " Mar Boulevard, Pacifica, CA 94044, unless otherwise stated.",
            "Pacifica Fire Station #72 (Linda Mar), 1100 Linda Mar Boulevard, Pacifica, CA 94044",
        ),
        ("All meetings are held at the Town Hall (Room 2).", "Town Hall (Room 2)"),
    ],
)
def test_a_short_aside_in_brackets_belongs_to_the_place(text: str, place: str) -> None:
    assert place_for_all(text) == place


def test_a_long_bracket_is_read_quickly() -> None:
    text = "All meetings are held at Fire Station (" + "x" * 5000 + " and more"
    assert place_for_all(text) is None
