"""Held-out structured batch BY: the general causes it showed, minimal snippets and the real files.

Batch BY: Eventbrite's search page for Linz (its JSON-LD) and the Linztermine XML export of the
city of Linz as a Linz event index recorded them, a fans' iCalendar of Union Berlin's games, a
Phoenix dance calendar's data file, and a Meetup and an Eventbrite API event of Berlin.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.json_place_text import place_text
from netdir.extract.json_timetables import timetable
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page
from tests.extract.structured_readings import Shown, shown

LINZTERMINE = "xml-linztermine-events-export-2026-07"
EVENTBRITE_API = "json-eventbrite-v3-celer-berlin-event-2018-11"
_TODAY = "2026-07-03T08:00:00+00:00"


def _xml_shown(xml: str) -> list[Shown]:
    """(title, start, end, place) of each record of an XML export, read on ``_TODAY``."""
    page = page_from_text(xml, "https://example.org/events.xml", "application/xml")
    page.fetched_at = datetime.fromisoformat(_TODAY)
    day = page.fetched_at.date()
    readings: list[Shown] = []
    for record in extract_page(page).records:
        offering = normalize_record(record, today=day)
        readings.append((record.title, offering.start, offering.end, record.location_text))
    return readings


# --- 1. An event's dates as objects of a from/to pair ------------------------------------------


_EXPORT = """<?xml version='1.0' encoding='utf-8'?>
<events><event id="701024" firstdate="2021-04-23 06:00:00" lastdate="2027-03-27 13:00:00">
<title>Grünmarkt Urfahr</title><location id="700017">Grünmarkt Urfahr</location>
<date dFrom="2026-07-03 06:00:00" dTo="2026-07-03 13:00:00" />
<date dFrom="2026-07-04 06:00:00" dTo="2026-07-04 13:00:00" /></event>
<event id="717205" firstdate="2025-07-05 00:00:00" lastdate="2026-08-30 23:59:59">
<title>Sommerbespielung im Schaufenster</title><location id="700116">Clubgalerie</location>
<date dFrom="2026-07-05 00:00:00" dTo="2026-07-05 23:59:59" /></event></events>"""


def test_each_date_object_of_an_export_is_one_occurrence() -> None:
    # Before: no record — the dates stood under "date" as objects of "dFrom"/"dTo" with a space
    # for the „T“, and the event's firstdate/lastdate (its whole run) are no start key.
    assert _xml_shown(_EXPORT) == [
        (
            "Grünmarkt Urfahr",
            "2026-07-03T06:00:00+02:00",
            "2026-07-03T13:00:00+02:00",
            "Grünmarkt Urfahr",
        ),
        (
            "Grünmarkt Urfahr",
            "2026-07-04T06:00:00+02:00",
            "2026-07-04T13:00:00+02:00",
            "Grünmarkt Urfahr",
        ),
        ("Sommerbespielung im Schaufenster", "2026-07-05", None, "Clubgalerie"),
    ]


def test_a_from_to_pair_of_any_prefix_is_a_start_and_its_end() -> None:
    node = {
        "title": "Kurs",
        "date": [{"dateFrom": "2026-07-03 18:00", "dateTo": "2026-07-03 20:00"}],
    }
    assert timetable(node) == ("date", [("2026-07-03T18:00", "2026-07-03T20:00")])
    one = {"title": "Kurs", "date": {"from": "2026-07-03T18:00:00"}}  # one date: no list
    assert timetable(one) == ("date", [("2026-07-03T18:00", None)])


def test_a_day_from_its_first_to_its_last_minute_is_the_day() -> None:
    node = {"timings": [{"begin": "2026-07-05T00:00:00+02:00", "end": "2026-07-05T23:59:00+02:00"}]}
    assert timetable(node) == ("timings", [("2026-07-05", None)])


def test_a_date_text_is_no_timetable() -> None:
    # "date" names one day as often: its text stays the start it was, read with its clock.
    assert timetable({"title": "Konzert", "date": "2026-07-03T19:00:00"}) is None
    answer = [{"title": "Konzert", "date": "2026-07-03", "time": "19:00"}]
    assert shown(answer, _TODAY) == [("Konzert", "2026-07-03T19:00:00+02:00", None, None)]


def test_the_linztermine_export_gives_each_occurrence(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, LINZTERMINE)
    assert len(records) == 21
    markets = [(r["start"], r["end"]) for r in records if r["title"] == "Südbahnhofmarkt"]
    assert markets == [
        (f"2026-07-{day:02d}T06:00:00+02:00", f"2026-07-{day:02d}T13:00:00+02:00")
        for day in (3, 4, 7, 10)
    ]
    screening = [r for r in records if r["title"].startswith("Sommerbespielung")]
    assert [(r["start"], r["end"]) for r in screening] == [
        (f"2026-07-{day:02d}", None) for day in range(3, 11)
    ]


# --- 2. A venue's address as an object of its parts --------------------------------------------


def test_a_venues_address_object_follows_its_name() -> None:
    # Before: „TECHCODE BERLIN“ — the address object was no text and its parts were not read.
    venue = {
        "name": "TECHCODE BERLIN",
        "address": {
            "address_1": "Karl-Liebknecht-Straße 5",
            "address_2": None,
            "city": "Berlin",
            "postal_code": "10178",
            "localized_address_display": "Karl-Liebknecht-Straße 5, 10178 Berlin",
        },
    }
    assert place_text(venue) == "TECHCODE BERLIN, Karl-Liebknecht-Straße 5"
    hall = {"name": "Stadthalle", "address": {"street": "Marktplatz 1", "city": "Celle"}}
    assert place_text(hall) == "Stadthalle, Marktplatz 1, Celle"


def test_the_eventbrite_event_is_at_its_venues_street(capsys: pytest.CaptureFixture[str]) -> None:
    [record] = inspect_corpus_page(capsys, EVENTBRITE_API)
    assert record["location"] == "TECHCODE BERLIN, Karl-Liebknecht-Straße 5"
    assert record["start"] == "2018-11-05T19:00:00+01:00"
