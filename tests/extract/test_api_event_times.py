"""An API answer's event times that are no ISO start (Meetup's epoch stamps, split day and clock)."""

from __future__ import annotations

from netdir.extract.api_event_times import (
    api_end,
    api_start,
    clock_range,
    clocks_apart,
    php_datetime,
    zoned_local,
)


def test_epoch_milliseconds_at_the_stated_offset_are_the_local_wall_clock() -> None:
    # Oslo.pm's annual meeting: 16:30 UTC, 18:30 in Oslo's summer offset.
    event = {"name": "Annual meeting", "time": 1522859400000, "utc_offset": 7200000}
    assert api_start(event) == ("2018-04-04T18:30+02:00", "time+utc_offset")


def test_winter_and_negative_offsets() -> None:
    assert api_start({"time": 1483551000000, "utc_offset": 3600000}) == (
        "2017-01-04T18:30+01:00",
        "time+utc_offset",
    )
    assert api_start({"time": 1520901000000, "utc_offset": -14400000}) == (
        "2018-03-12T20:30-04:00",
        "time+utc_offset",
    )


def test_split_local_day_and_clock_win_and_keep_the_offset() -> None:
    event = {"local_date": "2018-02-24", "local_time": "15:00", "time": 1519464600000, "utc_offset": 19800000}  # fmt: skip
    assert api_start(event) == ("2018-02-24T15:00+05:30", "local_date+local_time")
    assert api_start({"local_date": "2018-02-24", "local_time": "15:00"}) == (
        "2018-02-24T15:00",
        "local_date+local_time",
    )


def test_an_offset_with_stray_seconds_is_written_in_whole_minutes_on_both_paths() -> None:
    # 5 h 30 min 30 s: a stamp's offset has no seconds („+05:30:30“ is no RFC 3339 offset).
    split = {"local_date": "2018-02-24", "local_time": "15:00", "utc_offset": 19830000}
    assert api_start(split) == ("2018-02-24T15:00+05:30", "local_date+local_time")
    moment = {"time": 1519464600000, "utc_offset": 19830000}
    assert api_start(moment) == ("2018-02-24T15:00+05:30", "time+utc_offset")


def test_no_stamp_without_an_offset_or_with_a_count_that_is_no_epoch_millisecond() -> None:
    assert api_start({"time": 1522859400000}) is None  # UTC moment, local clock unknown
    assert api_start({"time": 1522859400, "utc_offset": 7200000}) is None  # seconds
    assert api_start({"time": "1522859400000", "utc_offset": 7200000}) is None
    assert api_start({"time": True, "utc_offset": 0}) is None
    assert api_start({"time": 1522859400000, "utc_offset": 86_400_000}) is None
    assert api_start({"local_date": "24.02.2018", "local_time": "15:00"}) is None


def test_the_end_is_the_duration_after_the_start() -> None:
    assert api_end({"duration": 7200000}, "2018-02-24T15:00+05:30") == "2018-02-24T17:00+05:30"
    assert api_end({"duration": 3_600_000}, "2018-02-24T23:30") == "2018-02-25T00:30"
    assert api_end({}, "2018-02-24T15:00+05:30") is None
    assert api_end({"duration": 0}, "2018-02-24T15:00+05:30") is None
    assert api_end({"duration": "7200000"}, "2018-02-24T15:00+05:30") is None


def test_a_clock_or_a_range_of_clocks_kept_apart_from_the_day() -> None:
    assert clock_range("19:30") == ("19:30", None)
    assert clock_range("13:00–14:30") == ("13:00", "14:30")
    assert clock_range("8:30 - 10:30") == ("08:30", "10:30")
    assert clock_range("18:00 to 24:00") == ("18:00", "24:00")
    assert clock_range("25:00") is None
    assert clock_range("ab 19:30") == ("19:30", None)  # „from 19:30“: the start (clock_notes)
    assert clock_range("19:30 und 21:00") is None  # two showings, no range
    assert clock_range(1522859400000) is None


def test_a_local_clock_with_its_zone_takes_the_zones_offset_at_that_moment() -> None:
    chicago = {"timezone": "America/Chicago", "local": "2017-12-02T12:00:00", "utc": "2017-12-02T18:00:00Z"}  # fmt: skip
    assert zoned_local(chicago) == "2017-12-02T12:00-06:00"
    summer = {"timezone": "America/Chicago", "local": "2018-08-19T19:00:00"}
    assert zoned_local(summer) == "2018-08-19T19:00-05:00"
    assert zoned_local({"timezone": "Nowhere/City", "local": "2018-08-19T19:00:00"}) == (
        "2018-08-19T19:00"
    )
    assert zoned_local({"local": "not a time"}) is None
    assert zoned_local("2018-08-19T19:00:00") is None


def test_a_german_clock_keeps_its_uhr() -> None:
    assert clock_range("18:00 Uhr") == ("18:00", None)
    assert clock_range("19:00 - 21:00 Uhr") == ("19:00", "21:00")
    assert clock_range("19:00 Uhr bis 21:00 Uhr") == ("19:00", "21:00")
    # A clock field that says „Uhr“ writes its clocks with dots as the page prints them (a
    # restaurant's „Einlass“ „19.30 Uhr“, „Beginn“ „17.30 bis 19.00 Uhr“); without „Uhr“ a
    # dotted pair may be a day and month, and a day with its closing dot stays one.
    assert clock_range("18.00 Uhr") == ("18:00", None)
    assert clock_range("17.30 bis 19.00 Uhr") == ("17:30", "19:00")
    assert clock_range("18.00") is None
    assert clock_range("14.06. 19 Uhr") is None


def test_clocks_kept_apart_under_one_key_or_from_and_to() -> None:
    assert clocks_apart({"time": "13:00–14:30"}) == ("13:00", "14:30", "time")
    assert clocks_apart({"zeit": "18:00 Uhr"}) == ("18:00", None, "zeit")
    assert clocks_apart({"zeit_von": "19:00", "zeit_bis": "21:00"}) == (
        "19:00",
        "21:00",
        "zeit_von+zeit_bis",
    )
    assert clocks_apart({"start_time": "10:00"}) == ("10:00", None, "start_time")
    assert clocks_apart({"zeit_von": "", "zeit_bis": ""}) is None
    assert clocks_apart({"start_time": "2026-05-01T10:00"}) is None


def test_an_english_clock_with_its_half_of_the_day() -> None:
    assert clock_range("10 am–4 pm") == ("10:00", "16:00")
    assert clock_range("7:00 PM") == ("19:00", None)
    assert clock_range("9:30a.m. - 12 p.m.") == ("09:30", "12:00")
    assert clock_range("12 am") == ("00:00", None)
    assert clock_range("13 pm") is None
    assert clock_range("10 amazing") is None


def test_a_clock_range_opening_with_von_or_from() -> None:
    # Structured batch AY: "<time>von 18:00 bis 23:00 Uhr</time>" (before: the day alone).
    assert clock_range("von 18:00 bis 23:00 Uhr") == ("18:00", "23:00")
    assert clock_range("from 9:00 to 12:00") == ("09:00", "12:00")
    assert clock_range("vonn 18:00") is None


def test_a_php_datetime_object_is_its_wall_clock_in_its_zone() -> None:
    # Structured batch BA: Afeefa's export, PHP's DateTime as json_encode writes it.
    berlin = {"date": "2023-05-11 17:00:00.000000", "timezone_type": 3, "timezone": "Europe/Berlin"}
    assert php_datetime(berlin) == "2023-05-11T17:00+02:00"
    winter = {"date": "2023-12-11 17:00:00.000000", "timezone_type": 3, "timezone": "Europe/Berlin"}
    assert php_datetime(winter) == "2023-12-11T17:00+01:00"
    offset = {"date": "2023-05-11 17:00:00.000000", "timezone_type": 1, "timezone": "+03:00"}
    assert php_datetime(offset) == "2023-05-11T17:00+03:00"
    abbreviated = {"date": "2023-05-11 17:00:00.000000", "timezone_type": 2, "timezone": "CEST"}
    assert php_datetime(abbreviated) == "2023-05-11T17:00"  # the clock alone
    assert php_datetime({"date": "11.05.2023"}) is None
    assert php_datetime("2023-05-11 17:00:00") is None
