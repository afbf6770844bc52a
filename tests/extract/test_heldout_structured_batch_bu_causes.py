"""Held-out structured batch BU: the general causes it showed, minimal snippets and the real files."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.api_event_times import clock_range
from netdir.extract.clock_zone_letters import without_zone_letters
from netdir.extract.json_answer_zones import stated_zone_key, zone_of_clock_letters
from netdir.extract.json_midnight_days import midnight_day
from netdir.extract.json_untitled import name_by_label
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

KOBLENZ = "json-buendnis-goldgrube-termine-2026-05"
BALLARD = "json-ballard-food-trucks-2026-08"


def _json(data: object, today: str = "2026-05-13T10:00:00+00:00") -> list[RawRecord]:
    page = page_from_text(json.dumps(data), "https://example.org/termine.json", "application/json")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


def _minute(stamp: str | None) -> str | None:
    return stamp[:16] if stamp is not None else None


# --- 1. A data file's entry named by its „label“ ---------------------------------------------


def test_the_label_of_a_dated_entry_is_its_name() -> None:
    entry = {"datum": "28.05.2026", "uhrzeit": "15:00", "label": "Beschlussfassung Stadtrat"}
    assert name_by_label(entry) == ("Beschlussfassung Stadtrat", "label")
    # a row of facts („label“ beside its value) names the fact, not an event
    assert name_by_label({"label": "Ort", "wert": "Rathaus"}) is None
    assert name_by_label({"label": "Einlass", "value": "19:00"}) is None


def test_an_entry_with_a_label_and_no_title_is_read() -> None:
    # Before: no record — „label“ is no title key and the entry has no other name.
    data = {
        "termine": {
            "ueberschrift": "Termine bis zur Entscheidung",
            "events": [
                {
                    "datum": "18.05.2026",
                    "uhrzeit": "",
                    "label": "Vorberatung Haupt- und Finanzausschuss",
                    "ort": "Sitzungssaal 101, Rathausgebäude I",
                },
                {"datum": "28.05.2026", "uhrzeit": "15:00", "label": "Beschlussfassung Stadtrat"},
            ],
        }
    }
    records = _json(data)
    assert [(r.title, _minute(r.start), r.location_text) for r in records] == [
        (
            "Vorberatung Haupt- und Finanzausschuss",
            "2026-05-18",
            "Sitzungssaal 101, Rathausgebäude I",
        ),
        ("Beschlussfassung Stadtrat", "2026-05-28T15:00", None),
    ]


def test_a_titled_entry_keeps_its_title_over_its_label() -> None:
    records = _json([{"title": "Stadtrat", "label": "Wichtig", "datum": "28.05.2026"}])
    assert [r.title for r in records] == ["Stadtrat"]


def test_the_initiatives_council_dates_are_read(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, KOBLENZ)
    assert [(r["title"], r["start"][:16]) for r in records] == [
        (
            "Vorberatung Schulträgerausschuss + Ausschuss für Stadtentwicklung und Mobilität",
            "2026-04-21T15:00",
        ),
        ("Bürgerversammlung der Stadt Koblenz", "2026-05-12T18:00"),
        ("Vorberatung Haupt- und Finanzausschuss", "2026-05-18"),
        ("Beschlussfassung Stadtrat", "2026-05-28T15:00"),
    ]
    assert records[1]["location"] == "Turnhalle der Pestalozzi-Grundschule"


# --- 2. A clock followed by the letters of its zone ------------------------------------------


def test_the_zone_letters_after_a_clock_are_dropped() -> None:
    assert without_zone_letters("1:00 PM PT") == "1:00 PM"
    assert without_zone_letters("1:00 PM PT - 7:00 PM PT") == "1:00 PM - 7:00 PM"
    assert without_zone_letters("10 am ET") == "10 am"
    assert without_zone_letters("19:00 MEZ") == "19:00"
    # not after a clock, a UTC hour (no wall clock) and an offset stay
    assert without_zone_letters("Meeting PT") == "Meeting PT"
    assert without_zone_letters("18:00 UTC") == "18:00 UTC"
    assert without_zone_letters("19:00 EST+1") == "19:00 EST+1"


def test_a_clock_with_its_zone_letters_is_that_clock() -> None:
    # Before: None — „PT“ after „PM“ is no clock the reader knew.
    assert clock_range("1:00 PM PT") == ("13:00", None)
    assert clock_range("8:00 AM PT") == ("08:00", None)
    records = _json(
        [
            {
                "date": "2026-08-22",
                "start_time": "1:00 PM PT",
                "end_time": "7:00 PM PT",
                "title": "Tat's",
            }
        ]
    )
    assert [(r.start, r.end) for r in records] == [("2026-08-22T13:00", "2026-08-22T19:00")]


# --- 3. A day stored as a stamp at midnight beside its clock ---------------------------------


def test_a_zoneless_midnight_is_a_day() -> None:
    assert midnight_day("2026-08-22T00:00:00") == "2026-08-22"
    assert midnight_day("2026-08-22T00:00") == "2026-08-22"
    assert midnight_day("2026-08-22 00:00:00.000") == "2026-08-22"
    assert midnight_day("2026-08-22T00:00:00+02:00") is None
    assert midnight_day("2026-08-22T13:00:00") is None


def test_a_midnight_beside_a_clock_apart_takes_that_clock() -> None:
    # Before: the truck at midnight, its start_time and end_time unread.
    truck = {
        "date": "2026-08-22T00:00:00",
        "start_time": "1:00 PM",
        "end_time": "7:00 PM",
        "title": "Tat's Truck",
        "location": "Stoup Brewing - Ballard",
    }
    records = _json({"events": [truck]}, "2026-08-22T20:00:00+00:00")
    assert [(r.start, r.end) for r in records] == [("2026-08-22T13:00", "2026-08-22T19:00")]
    # without a clock apart the midnight stays as written; a real hour is the object's own
    alone = _json([{"date": "2026-08-22T00:00:00", "title": "Late show"}])
    assert [r.start for r in alone] == ["2026-08-22T00:00:00"]
    timed = _json([{"date": "2026-08-22T16:00:00", "start_time": "5:00 PM", "title": "Truck"}])
    assert [r.start for r in timed] == ["2026-08-22T16:00:00"]


def test_the_food_truck_week_is_read_at_its_hours(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, BALLARD)
    assert len(records) == 44
    by_title_place = {(r["title"], r["location"]): r for r in records}
    first = by_title_place[("Tat's Truck", "Stoup Brewing - Ballard")]
    assert (first["start"][:16], first["end"][:16]) == ("2026-08-22T13:00", "2026-08-22T19:00")
    brunch = by_title_place[("9th and Hennepin", "Urban Family Brewing")]
    assert (brunch["start"][:16], brunch["end"][:16]) == ("2026-08-23T08:00", "2026-08-23T12:00")
    # a truck the data gives no hours stays at its day
    assert by_title_place[("Heart In Seoul", "Channel Marker Cider")]["start"][:10] == "2026-08-26"


# --- 4. The zone an answer states for its entries' local clocks (session 55) -----------------


def test_the_zone_an_answer_or_its_clocks_name() -> None:
    assert stated_zone_key({"timezone": "America/Los_Angeles"}) == "America/Los_Angeles"
    assert stated_zone_key({"timeZone": "europe/berlin"}) == "Europe/Berlin"
    assert stated_zone_key({"time_zone": "America/New_York"}) == "America/New_York"
    # an offset, a word or no zone key names no place
    assert stated_zone_key({"timezone": "+02:00"}) is None
    assert stated_zone_key({"tz": "local"}) is None
    assert stated_zone_key({"zone": "America/Chicago"}) is None
    assert zone_of_clock_letters({"start_time": "1:00 PM PT"}) == "America/Los_Angeles"
    assert zone_of_clock_letters({"time": "10 am EDT"}) == "America/New_York"
    assert zone_of_clock_letters({"time": "19:00 MEZ"}) == "Europe/Berlin"
    # letters not after a clock, and clocks of two zones, name none
    assert zone_of_clock_letters({"title": "Meeting PT"}) is None
    assert zone_of_clock_letters({"a": "1:00 PM PT", "b": "4:00 PM ET"}) is None


def _normalized(data: object, today: str) -> list[tuple[str | None, str | None]]:
    records = _json(data, today)
    day = datetime.fromisoformat(today).date()
    return [
        (found.start, found.end)
        for found in (normalize_record(record, today=day) for record in records)
    ]


def test_the_answers_zone_gives_its_local_clocks_their_offset() -> None:
    # Before: 13:00+02:00 — Berlin's offset on Seattle's clock, nine hours off.
    data = {
        "events": [
            {"date": "2026-08-22", "start_time": "1:00 PM", "end_time": "7:00 PM", "title": "A"},
            {"date": "2026-12-05", "start_time": "11:30 PM", "title": "B"},
        ],
        "timezone": "America/Los_Angeles",
    }
    assert _normalized(data, "2026-08-22T20:00:00+00:00") == [
        ("2026-08-22T13:00:00-07:00", "2026-08-22T19:00:00-07:00"),
        # winter time on its own date; a late clock stays on its day
        ("2026-12-05T23:30:00-08:00", None),
    ]
    # an entry's own zone, and a clock's zone letters, without any zone at the top
    entry = [{"date": "2026-08-22", "time": "7:00 PM", "tz": "America/New_York", "title": "C"}]
    assert _normalized(entry, "2026-08-22T20:00:00+00:00") == [("2026-08-22T19:00:00-04:00", None)]
    lettered = [{"date": "2026-08-22", "start_time": "1:00 PM PT", "title": "D"}]
    assert _normalized(lettered, "2026-08-22T20:00:00+00:00") == [
        ("2026-08-22T13:00:00-07:00", None)
    ]
    # a stamp with its own offset stays as written; a German answer keeps Berlin's offset
    offset = {"events": [{"start": "2026-08-22T13:00:00+01:00", "title": "E"}], "tz": "Asia/Tokyo"}
    assert _normalized(offset, "2026-08-22T20:00:00+00:00")[0][0] == "2026-08-22T13:00:00+01:00"
    berlin = {"termine": [{"datum": "2026-08-22", "uhrzeit": "19:00", "titel": "F"}]}
    assert _normalized(berlin, "2026-08-22T20:00:00+00:00") == [("2026-08-22T19:00:00+02:00", None)]


def test_the_food_trucks_keep_pacific_time(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: every truck at its Pacific hour with Berlin's +02:00.
    records = inspect_corpus_page(capsys, BALLARD)
    timed = [r for r in records if r["start"][11:16] != "00:00"]
    assert len(timed) == 34
    assert all(r["start"].endswith("-07:00") for r in timed)
    assert all(r["end"] is None or r["end"].endswith("-07:00") for r in timed)
    by_title_place = {(r["title"], r["location"]): r for r in records}
    first = by_title_place[("Tat's Truck", "Stoup Brewing - Ballard")]
    assert (first["start"], first["end"]) == (
        "2026-08-22T13:00:00-07:00",
        "2026-08-22T19:00:00-07:00",
    )
    # the day of each truck stays the day written
    assert by_title_place[("Heart In Seoul", "Channel Marker Cider")]["start"][:10] == "2026-08-26"
