"""An RRULE's UNTIL in UTC, read on the wall clock of the series' start (``rule_until``)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from netdir.normalize.rule_until import local_until
from netdir.normalize.when_recurrence import next_occurrence
from netdir.normalize.when_value import When, with_recurrence

BERLIN = ZoneInfo("Europe/Berlin")
QUARTERLY = "FREQ=MONTHLY;INTERVAL=3;BYDAY=SA;BYSETPOS=2;UNTIL=20240113T105959Z"


def test_a_utc_until_is_read_on_the_wall_clock_of_the_start() -> None:
    start = datetime(2023, 10, 14, 12, 0, tzinfo=BERLIN)
    assert local_until(QUARTERLY, start).endswith("UNTIL=20240113T115959")  # CET in January
    assert local_until("FREQ=WEEKLY;UNTIL=20230208", start) == "FREQ=WEEKLY;UNTIL=20230208T235959"
    assert local_until("FREQ=WEEKLY;BYDAY=MO", start) == "FREQ=WEEKLY;BYDAY=MO"


def test_a_night_after_the_until_moment_is_none_of_the_series() -> None:
    rule = local_until(QUARTERLY, datetime(2023, 10, 14, 12, 0, tzinfo=BERLIN))
    assert next_occurrence(rule, date(2023, 10, 14), date(2023, 12, 17), time(12, 0)) is None
    # a day's UNTIL keeps that day's evening
    day_rule = local_until("FREQ=WEEKLY;UNTIL=20230208", datetime(2023, 2, 1, 20, 30))
    assert next_occurrence(day_rule, date(2023, 2, 1), date(2023, 2, 2), time(20, 30)) == date(
        2023, 2, 8
    )


def test_an_ended_series_keeps_its_last_night() -> None:
    found = When("2023-10-14T12:00:00+02:00", "2023-10-14T13:00:00+02:00", False, "minute")
    kept = with_recurrence(found, QUARTERLY, date(2023, 12, 17))
    assert kept.start == "2023-10-14T12:00:00+02:00"
