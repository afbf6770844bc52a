"""Recurring offerings: one offering, its RRULE, at its next occurrence."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from netdir.normalize import merge_offerings, next_occurrence, normalize_record
from netdir.normalize.when_value import When, with_recurrence
from netdir.records import RawRecord
from tests.normalize.conftest import TODAY

RawFactory = Callable[..., RawRecord]


def test_a_rule_in_the_date_text_becomes_the_offerings_recurrence(raw_record: RawFactory) -> None:
    raw = raw_record(date_text="jeden ersten Donnerstag im Monat, ab 16:00 Uhr")
    offering = normalize_record(raw, today=TODAY)
    assert offering.recurrence == "FREQ=MONTHLY;BYDAY=1TH"
    assert offering.start == "2026-12-03T16:00:00+01:00"
    assert offering.status == "scheduled"


def test_a_calendar_rule_moves_a_past_start_to_the_next_occurrence(raw_record: RawFactory) -> None:
    # A record carried over from an unchanged calendar still names last March's first date.
    raw = raw_record(
        extractor="ical",
        start="2026-03-05T18:00:00+01:00",
        end="2026-03-05T20:00:00+01:00",
        recurrence="FREQ=MONTHLY;BYDAY=1TH",
    )
    offering = normalize_record(raw, today=TODAY)
    assert (offering.start, offering.end) == (
        "2026-12-03T18:00:00+01:00",
        "2026-12-03T20:00:00+01:00",
    )
    assert offering.status == "scheduled"


def test_a_rule_without_a_day_is_kept_without_inventing_a_date(raw_record: RawFactory) -> None:
    offering = normalize_record(raw_record(date_text="monatlich, online"), today=TODAY)
    assert offering.recurrence == "FREQ=MONTHLY"
    assert offering.start is None


def test_an_ended_series_keeps_its_last_date_and_is_past(raw_record: RawFactory) -> None:
    raw = raw_record(
        start="2026-01-01T18:00:00+01:00", recurrence="FREQ=WEEKLY;UNTIL=20260301T000000Z"
    )
    offering = normalize_record(raw, today=TODAY)
    assert offering.start == "2026-01-01T18:00:00+01:00"
    assert offering.status == "past"


def test_a_listing_date_and_a_calendar_rule_of_one_offering_merge_into_one_with_the_rule(
    raw_record: RawFactory,
) -> None:
    listing = raw_record(
        source_id="verein",
        title="Digital-Stammtisch",
        url="https://verein.example.org/stammtisch",
        date_text="03.12.2026, 18 Uhr",
    )
    calendar = raw_record(
        source_id="kalender",
        title="Digital-Stammtisch",
        url="https://verein.example.org/stammtisch",
        extractor="ical",
        start="2026-12-03T18:00:00+01:00",
        recurrence="FREQ=MONTHLY;BYDAY=1TH",
    )
    merged = merge_offerings([normalize_record(r, today=TODAY) for r in (listing, calendar)])
    assert len(merged) == 1
    assert merged[0].recurrence == "FREQ=MONTHLY;BYDAY=1TH"


def test_moving_across_daylight_saving_keeps_the_berlin_wall_clock_time() -> None:
    winter = When("2026-03-05T19:00:00+01:00", None, False, "minute")
    moved = with_recurrence(winter, "FREQ=MONTHLY;BYDAY=1TH", date(2026, 4, 10))
    assert moved.start == "2026-05-07T19:00:00+02:00"
    # Another zone's offset is the event's own: kept as written.
    boston = When("2026-03-05T19:00:00-05:00", None, False, "minute")
    assert with_recurrence(boston, "FREQ=WEEKLY", date(2026, 3, 10)).start == (
        "2026-03-12T19:00:00-05:00"
    )


def test_next_occurrence_reads_calendar_rules_and_rejects_junk() -> None:
    assert next_occurrence("FREQ=MONTHLY;BYDAY=-1FR", date(2026, 1, 1), TODAY) == TODAY
    assert next_occurrence("FREQ=YEARLY;COUNT=2", date(2020, 5, 1), TODAY) is None
    assert next_occurrence("not a rule", date(2026, 1, 1), TODAY) is None
