"""A start and an end that are both midnight UTC are an event's days (a server's dates)."""

from __future__ import annotations

from netdir.extract.utc_midnight_days import utc_midnight_days


def test_a_run_of_days_written_as_midnight_utc() -> None:
    # Sessionize's speaker profile: PHP Conference Brasil, 19 to 24 October.
    assert utc_midnight_days("2026-10-19T00:00:00Z", "2026-10-24T00:00:00Z") == (
        "2026-10-19",
        "2026-10-24",
    )


def test_one_day_is_the_same_stamp_twice() -> None:
    assert utc_midnight_days("2026-11-07T00:00:00Z", "2026-11-07T00:00:00Z") == (
        "2026-11-07",
        "2026-11-07",
    )
    assert utc_midnight_days("2026-11-07T00:00+00:00", "2026-11-07T00:00:00.000+0000") == (
        "2026-11-07",
        "2026-11-07",
    )


def test_a_clock_or_another_offset_stays() -> None:
    # Midnight in Berlin's offset may be a night's start; an end with an hour is a clock.
    assert utc_midnight_days("2026-11-07T00:00:00+01:00", "2026-11-08T00:00:00+01:00") is None
    assert utc_midnight_days("2026-11-07T00:00:00Z", "2026-11-07T03:00:00Z") is None
    assert utc_midnight_days("2026-11-07T00:00:00", "2026-11-08T00:00:00") is None  # no zone


def test_no_end_or_an_end_before_the_start_is_none() -> None:
    assert utc_midnight_days("2026-11-07T00:00:00Z", None) is None
    assert utc_midnight_days("2026-11-07T00:00:00Z", "2026-11-06T00:00:00Z") is None
