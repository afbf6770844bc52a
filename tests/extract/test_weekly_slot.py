"""The weekly hour and room an English lead states for every session of the list below it
(extract.weekly_slot)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.weekly_slot import WeeklySlot, weekly_slot
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

_ROOM = "Room 164 of the Adel Mathematics Building"


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        (
            "The Colloquium takes place on Tuesdays at 4:00-5:00 pm in Room 164 of the Adel"
            " Mathematics Building. Refreshments are available from 3:45pm.",
            WeeklySlot("tuesday", "4:00-5:00 pm", _ROOM),
        ),
        (
            "The ACGT Seminar meets on Tuesdays at 1:00-1:50PM in Room 146 of the Adel"
            " Mathematics Building. If you are interested in giving a talk, please contact us.",
            WeeklySlot("tuesday", "1:00-1:50PM", "Room 146 of the Adel Mathematics Building"),
        ),
        (
            "FAMUS takes place most Fridays at 3:00-4:00pm in Room 164 of the Adel Mathematics"
            " Building.  Typically the first half of FAMUS consists of a talk.",
            WeeklySlot("friday", "3:00-4:00pm", _ROOM),
        ),
        (
            "The talks will typically take place on Tuesdays at 4:00-5:00pm in Adel Room 164.",
            WeeklySlot("tuesday", "4:00-5:00pm", "Adel Room 164"),
        ),
        (
            "The club meets every Wednesday at 7 p.m.",
            WeeklySlot("wednesday", "7 p.m.", None),
        ),
        # The room's number in brackets after the venue (a library's working group).
        (
            "Our group meets on most Mondays from 12:10 to 1:00 PM in the Training Room in the"
            " basement of the Eskind Biomedical Library (Room 010).  Here is the schedule of our"
            " fall 2018 meetings:",
            WeeklySlot(
                "monday",
                "12:10 to 1:00 PM",
                "Training Room in the basement of the Eskind Biomedical Library (Room 010)",
            ),
        ),
        # A place without a venue word is no room („in good company“).
        (
            "Our group meets on Mondays at 6pm in Good Company.",
            WeeklySlot("monday", "6pm", None),
        ),
    ],
)
def test_a_weekly_slot_is_read(text: str, slot: WeeklySlot) -> None:
    assert weekly_slot(text) == slot


@pytest.mark.parametrize(
    "text",
    [
        # One day, not a weekly slot.
        "The colloquium takes place on Tuesday, March 5 at 4 pm in Room 164.",
        # No hour.
        "The seminar meets on Tuesdays in Room 146 of the Adel Mathematics Building.",
        # A 24-hour clock without am/pm is not read here (the German leads have their own readers).
        "The seminar meets on Tuesdays at 16:00 in Room 146.",
    ],
)
def test_no_weekly_slot(text: str) -> None:
    assert weekly_slot(text) is None


_PAGE = (
    "<h1>Spring 2019 Department Colloquium</h1>"
    "<p>The Colloquium takes place on Tuesdays at 4:00-5:00 pm in Room 164 of the Adel"
    " Mathematics Building. Refreshments are available from 3:45pm in the same room.</p>"
    "<table><tr><td><b>Date</b></td><td><b>Speaker</b></td><td><b>Title</b></td></tr>"
    "<tr><td>January 22</td><td>Bertrand Cambou</td>"
    "<td><a href='/a.pdf'>Hash-based Cryptography against quantum computer attacks</a></td></tr>"
    "<tr><td>January 29</td><td>Nethali Fernando</td>"
    "<td><a href='/b.pdf'>New metrics on networks arising from modulus</a></td></tr>"
    "<tr><td>Thursday, February 7</td><td>Xiangming Wu</td>"
    "<td><a href='/c.pdf'>Persistence of Calculus I Students in STEM Disciplines</a></td></tr>"
    "<tr><td>February 12, 10:00 am</td><td>Stephen Wilson</td>"
    "<td><a href='/d.pdf'>The man who drowned irrationally</a></td></tr>"
    "</table>"
)


def test_the_rows_take_the_slots_hours_and_room() -> None:
    page = page_from_text(f"<html><body><main>{_PAGE}</main></body></html>", "https://example.org/")
    records = {r.title: r for r in extract_page(page).records}
    first = records["Hash-based Cryptography against quantum computer attacks"]
    normal = normalize_record(first, today=date(2019, 4, 29))
    assert (normal.start, normal.end) == ("2019-01-22T16:00:00+01:00", "2019-01-22T17:00:00+01:00")
    assert first.location_text == _ROOM
    assert "weekly slot" in first.field_sources["location_text"]
    # A row on another weekday keeps its own day; a row with its own hour keeps it.
    other = records["Persistence of Calculus I Students in STEM Disciplines"]
    assert other.location_text is None
    assert normalize_record(other, today=date(2019, 4, 29)).start == "2019-02-07"
    own = normalize_record(records["The man who drowned irrationally"], today=date(2019, 4, 29))
    assert own.start == "2019-02-12T10:00:00+01:00"
