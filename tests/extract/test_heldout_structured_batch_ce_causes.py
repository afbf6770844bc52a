"""Held-out structured batch CE: the general causes it showed, minimal snippets and the real file.

Batch CE: a Leipzig music magazine's events JSON whose dates are nested arrays of numbers and
whose venues are named only by their id; a Swiss association's German iCalendar, an Austrian
user group's iCalendar and RSS feed, and a Bocholt event portal's feed (the last four read right
before).
"""

from __future__ import annotations

import pytest

from netdir.extract.json_date_arrays import array_stamp
from netdir.extract.json_place_ids import named_id, place_by_id
from tests.extract.realpage_inspect import inspect_corpus_page
from tests.extract.structured_readings import shown

LEIPZIG = "json-lautsprecher-leipzig-events-2022-11"
_TODAY = "2022-11-14T10:00:00+00:00"


def _event(start: object, end: object, **more: object) -> dict[str, object]:
    return {"name": "Talco", "start": start, "end": end, **more}


# --- 1. A date kept as arrays of numbers: [[day, month, year], [hour, minute]] -----------------


def test_a_pair_of_day_and_clock_arrays_is_the_start_and_end() -> None:
    # Before: no record — no reader knew a date in arrays.
    got = shown([_event([[15, 11, 2022], [18, 30]], [[15, 11, 2022], [21, 30]])], _TODAY)
    assert [(title, start[:16], end[:16]) for title, start, end, _ in got] == [
        ("Talco", "2022-11-15T18:30", "2022-11-15T21:30")
    ]


def test_an_empty_end_pair_gives_no_end_and_an_empty_clock_the_day_alone() -> None:
    got = shown([_event([[26, 12, 2022], []], [[], []])], _TODAY)
    assert [(start, end) for _, start, end, _ in got] == [("2022-12-26", None)]


def test_an_object_without_a_day_is_no_event() -> None:
    assert shown([_event([[], []], [[], []])], _TODAY) == []


@pytest.mark.parametrize(
    ("value", "stamp"),
    [
        ([[1, 12, 2022], [19, 0]], "2022-12-01T19:00"),
        ([[2022, 12, 1], [19, 0]], "2022-12-01T19:00"),  # the year first: year, month, day
        ([[25, 12, 2022], [0, 0]], "2022-12-25T00:00"),
        ([[26, 12, 2022], []], "2022-12-26"),
    ],
)
def test_array_stamp_reads_day_and_clock(value: object, stamp: str) -> None:
    assert array_stamp(value) == stamp


@pytest.mark.parametrize(
    "value",
    [
        [[], []],
        [2022, 11, 15],  # JavaScript's month counts from 0: no date of this shape is read
        [[2022, 11, 15]],
        [[51, 12], [12, 4]],  # no year
        [[31, 2, 2022], [20, 0]],  # no such day
        [[15, 11, 2022], [25, 0]],  # no such clock
        [[15, 11, 2022], [True, 0]],
        [["15", "11", "2022"], [20, 0]],
        "2022-11-15",
    ],
)
def test_what_is_no_date_array_reads_as_none(value: object) -> None:
    assert array_stamp(value) is None


# --- 2. A venue id that is the venue's name ------------------------------------------------------


def test_a_venue_id_that_is_a_name_is_the_place() -> None:
    # Before: no place — the id was looked up in the document's venues, which it lists nowhere.
    got = shown(
        [_event([[2, 12, 2022], [20, 0]], [[], []], venueId="Haus Auensee Leipzig")], _TODAY
    )
    assert [place for *_, place in got] == ["Haus Auensee Leipzig"]


@pytest.mark.parametrize(
    "name",
    [
        "Felsenkeller",
        "Alte Börse",
        "Tonelli's",
        "Musikschule Leipzig 'Johann Sebastian Bach', Kurt-Masur-Saal",
    ],
)
def test_named_id_keeps_a_name(name: str) -> None:
    assert named_id(name) == name


@pytest.mark.parametrize(
    "code", ["47112", "villa-keller", "venue_12", "a3f9c2e1", "ChIJN1t_tDeuEmsRUsoyG83frY4", ""]
)
def test_named_id_refuses_a_code(code: str) -> None:
    assert named_id(code) is None


def test_a_listed_venue_is_still_looked_up_by_its_id() -> None:
    names = {"venues": {"Felsenkeller": "Felsenkeller Leipzig, Karl-Heine-Str. 32"}}
    assert place_by_id({"venueId": "Felsenkeller"}, names) == (
        "Felsenkeller Leipzig, Karl-Heine-Str. 32",
        "venueId",
    )
    # The document lists its venues and this one is not among them: no name from the id.
    assert place_by_id({"venueId": "Tankbar"}, names) is None
    # A room id beside listed venues: rooms are listed nowhere, so the id's name is read.
    assert place_by_id({"roomId": "Kurt-Masur-Saal"}, names) == ("Kurt-Masur-Saal", "roomId")


# --- The real file -------------------------------------------------------------------------------


def test_the_leipzig_file_reads_every_dated_object_at_its_venue(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, LEIPZIG)
    assert len(records) == 28  # 31 objects: two without a day, one concert twice
    by_start = {(r["title"], r["start"][:16]): r for r in records}
    kwame = by_start[("Kwam.E", "2022-12-01T19:00")]
    assert (kwame["end"], kwame["location"]) == (None, "Felsenkeller")
    party = by_start[("TamTam (Open Stage)", "2022-12-28")]
    assert party["location"] == "Tankbar"
    carnival = by_start[("Karneval der Tiere", "2022-12-02T10:30")]
    assert carnival["end"][:16] == "2022-12-20T11:30"
    assert carnival["location"] == "Musikschule Leipzig 'Johann Sebastian Bach', Kurt-Masur-Saal"
