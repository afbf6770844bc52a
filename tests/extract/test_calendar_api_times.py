"""Google Calendar's (and Microsoft Graph's) time objects (calendar_api_times)."""

from __future__ import annotations

from netdir.extract.calendar_api_times import calendar_time, last_day


def test_a_stated_offset_is_the_wall_clock_whatever_zone_stands_beside_it() -> None:
    helsinki = {"dateTime": "2015-07-06T17:50:00+02:00", "timeZone": "Europe/Helsinki"}
    assert calendar_time(helsinki) == "2015-07-06T17:50+02:00"
    assert calendar_time({"dateTime": "2026-03-15T10:00:00Z"}) == "2026-03-15T10:00+00:00"


def test_a_clock_without_offset_takes_its_zone() -> None:
    graph = {"dateTime": "2026-10-01T18:00:00.0000000", "timeZone": "Europe/Berlin"}
    assert calendar_time(graph) == "2026-10-01T18:00+02:00"
    assert calendar_time({"dateTime": "2026-10-01T18:00:00", "timeZone": "Mars/Base"}) == (
        "2026-10-01T18:00"
    )


def test_an_all_day_event_is_its_day_and_ends_the_day_before_its_end_object() -> None:
    assert calendar_time({"date": "2015-07-06"}) == "2015-07-06"
    assert last_day("2015-07-07", {"date": "2015-07-07"}) == "2015-07-06"
    assert last_day("2015-07-07T10:00+02:00", {"dateTime": "2015-07-07T10:00:00+02:00"}) == (
        "2015-07-07T10:00+02:00"
    )


def test_other_objects_are_no_time() -> None:
    assert calendar_time({"local": "2017-12-02T12:00:00"}) is None
    assert calendar_time({"dateTime": "soon"}) is None
    assert calendar_time("2015-07-06") is None


def test_indicos_day_and_clock_apart_in_the_zone_beside_them() -> None:
    start = {"date": "2019-08-30", "tz": "Europe/Zurich", "time": "17:00:00"}
    assert calendar_time(start) == "2019-08-30T17:00+02:00"
    created = {"date": "2019-08-30", "tz": "Europe/Zurich", "time": "16:27:13.211866"}
    assert calendar_time(created) == "2019-08-30T16:27+02:00"
    assert calendar_time({"date": "2019-08-30", "time": "ganztags"}) == "2019-08-30"
    assert last_day("2019-08-30T19:00+02:00", {"date": "2019-08-30", "time": "19:00:00"}) == (
        "2019-08-30T19:00+02:00"
    )  # a timed end is no exclusive day
