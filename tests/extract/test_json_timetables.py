"""The occurrences an event object lists as a timetable: one record each."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.json_timetables import timetable
from tests.extract.conftest import page_from_text


def test_an_opendatasoft_timetable_string() -> None:
    node = {
        "title": "BOOM SHOT",
        "timetable": "2012-03-09T20:30:00 2012-03-09T23:30:00;2012-04-13T20:30:00 2012-04-13T23:30:00",
    }
    assert timetable(node) == (
        "timetable",
        [("2012-03-09T20:30", "2012-03-09T23:30"), ("2012-04-13T20:30", "2012-04-13T23:30")],
    )


def test_a_nights_end_and_an_end_equal_to_its_start() -> None:
    night = {"timetable": "2012-06-02T23:00:00 2012-06-02T04:30:00"}
    assert timetable(night) == ("timetable", [("2012-06-02T23:00", "2012-06-03T04:30")])
    instant = {"timetable": "2015-04-01T12:00:00 2015-04-01T12:00:00"}
    assert timetable(instant) == ("timetable", [("2015-04-01T12:00", None)])


def test_openagenda_timings_objects() -> None:
    node = {
        "timings": [
            {"begin": "2025-01-06T11:00:00.000+01:00", "end": "2025-01-06T15:00:00.000+01:00"},
            {"begin": "2025-01-07T11:00:00.000+01:00"},
        ]
    }
    assert timetable(node) == (
        "timings",
        [("2025-01-06T11:00+01:00", "2025-01-06T15:00+01:00"), ("2025-01-07T11:00+01:00", None)],
    )


def test_no_timetable_in_prose_or_other_values() -> None:
    assert timetable({"timetable": "Mo–Fr 9–17 Uhr"}) is None
    assert timetable({"timetable": "2012-03-09T20:30:00 2012-03-09T23:30:00; bis Mai"}) is None
    assert timetable({"timings": [{"begin": "morgens"}]}) is None
    assert timetable({"timings": ["2025-01-06"]}) is None
    assert timetable({"title": "x"}) is None


def test_each_occurrence_is_a_record_with_its_hours_and_place() -> None:
    answer = {
        "records": [
            {
                "fields": {
                    "title": "Permanence d'écrivain public",
                    "date_start": "2016-03-17",
                    "date_end": "2016-04-07",
                    "timetable": "2016-03-17T14:30:00 2016-03-17T16:30:00;"
                    "2016-04-07T19:30:00 2016-04-07T20:30:00",
                    "placename": "BPI niveau 2",
                }
            }
        ]
    }
    page = page_from_text(json.dumps(answer), "https://opendata.paris.fr/api/records/1.0/search/")
    records = extract_page(page).records
    assert [(r.title, r.start, r.end, r.location_text) for r in records] == [
        ("Permanence d'écrivain public", "2016-03-17T14:30", "2016-03-17T16:30", "BPI niveau 2"),
        ("Permanence d'écrivain public", "2016-04-07T19:30", "2016-04-07T20:30", "BPI niveau 2"),
    ]
    assert records[1].field_sources["start"] == "embedded_json:timetable"
    assert records[1].field_sources["location_text"] == "embedded_json:placename"


def test_a_record_without_a_timetable_runs_from_its_date_start_to_its_date_end() -> None:
    # Structured batch AU's leftover: Opendatasoft's "date_start" was no start key, so a record
    # without a timetable gave nothing.
    answer = {
        "records": [
            {
                "fields": {
                    "title": "Exposition « Paris libéré »",
                    "date_start": "2016-04-01",
                    "date_end": "2016-06-30",
                    "placename": "Musée Carnavalet",
                }
            },
            {
                "fields": {
                    "title": "Lecture publique",
                    "date_start": "2016-05-12T19:00:00+02:00",
                    "date_end": "2016-05-12T21:00:00+02:00",
                }
            },
        ]
    }
    page = page_from_text(json.dumps(answer), "https://opendata.paris.fr/api/records/1.0/search/")
    records = extract_page(page).records
    assert [(r.title, r.start, r.end) for r in records] == [
        ("Exposition « Paris libéré »", "2016-04-01", "2016-06-30"),
        ("Lecture publique", "2016-05-12T19:00:00+02:00", "2016-05-12T21:00:00+02:00"),
    ]
    assert records[0].field_sources["start"] == "embedded_json:date_start"


def test_mobilize_timeslots_of_epoch_seconds_in_the_events_zone() -> None:
    # Structured batch AZ: Mobilize's "timeslots" of epoch seconds beside "timezone".
    node = {
        "title": "Monthly Meeting",
        "timezone": "America/New_York",
        "timeslots": [
            {"start_date": 1627513200, "end_date": 1627520400},
            {"start_date": 1629932400, "end_date": 1629932400},
        ],
    }
    assert timetable(node) == (
        "timeslots",
        [("2021-07-28T19:00-04:00", "2021-07-28T21:00-04:00"), ("2021-08-25T19:00-04:00", None)],
    )


def test_no_timeslots_without_a_zone_or_with_other_values() -> None:
    slots = [{"start_date": 1627513200, "end_date": 1627520400}]
    assert timetable({"timeslots": slots}) is None  # the wall clock would be a guess
    assert timetable({"timeslots": slots, "timezone": "Mars/Olympus"}) is None
    assert timetable({"timeslots": [{"start_date": 42}], "timezone": "UTC"}) is None  # an id
    assert timetable({"timeslots": [{"start_date": True}], "timezone": "UTC"}) is None
    assert timetable({"timeslots": ["2021-07-28"], "timezone": "UTC"}) is None


def test_facebooks_event_times_are_the_occurrences() -> None:
    # Structured batch BA: the Graph API's recurring event lists its dates under "event_times"
    # (offsets without a colon); its own start_time/end_time span them all.
    node = {
        "name": "Meet up",
        "start_time": "2020-09-02T22:00:00+0200",
        "end_time": "2021-01-21T01:00:00+0100",
        "event_times": [
            {
                "id": "1",
                "start_time": "2021-01-20T22:00:00+0100",
                "end_time": "2021-01-21T01:00:00+0100",
            },
            {
                "id": "2",
                "start_time": "2020-09-02T22:00:00+0200",
                "end_time": "2020-09-03T01:00:00+0200",
            },
        ],
    }
    assert timetable(node) == (
        "event_times",
        [
            ("2021-01-20T22:00+01:00", "2021-01-21T01:00+01:00"),
            ("2020-09-02T22:00+02:00", "2020-09-03T01:00+02:00"),
        ],
    )


def test_afeefas_occurences_of_php_datetimes_and_their_flags() -> None:
    # Structured batch BA: a Leipzig offer's dates (the key spelt „occurences“), each start and
    # end a PHP DateTime object; "hasEndTime": 0 leaves the end out, "isAllDay": 1 the clock.
    def php(stamp: str) -> dict[str, object]:
        return {"date": f"{stamp}.000000", "timezone_type": 3, "timezone": "Europe/Berlin"}

    node = {
        "title": "Beratungsangebot Ehrenamt",
        "occurences": [
            {
                "start": php("2023-05-08 10:00:00"),
                "end": php("2023-05-08 16:00:00"),
                "hasStartTime": 1,
                "hasEndTime": 1,
                "isAllDay": 0,
            },
            {"start": php("2023-05-11 17:00:00"), "end": None, "hasStartTime": 1, "hasEndTime": 0},
            {"start": php("2023-05-12 00:00:00"), "end": php("2023-05-13 00:00:00"), "isAllDay": 1},
        ],
    }
    assert timetable(node) == (
        "occurences",
        [
            ("2023-05-08T10:00+02:00", "2023-05-08T16:00+02:00"),
            ("2023-05-11T17:00+02:00", None),
            ("2023-05-12", None),
        ],
    )
