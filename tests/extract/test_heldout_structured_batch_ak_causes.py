"""Held-out structured batch AK: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_meetup_v2_answer_gives_its_events_at_their_offset(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Oslo.pm's saved Meetup API answer {"results": [...]}: starts only as epoch milliseconds
    # beside "utc_offset". Before: a JSON body that is no JSON-LD gave no record at all.
    rows = inspect_corpus_page(capsys, "meetup-v2-oslopm-events-2018-03")
    assert len(rows) == 12
    first, winter = rows[0], rows[6]
    assert (first["title"], first["start"], first["location"]) == (
        "Annual meeting",
        "2018-04-04T18:30:00+02:00",
        "Teknologihuset, Pilestredet 56, Oslo",
    )
    assert (winter["title"], winter["start"]) == ("January-beer", "2017-01-04T18:30:00+01:00")
    assert first["url"] == "https://www.meetup.com/Oslo-pm/events/248462341/"


def test_a_meetup_v3_answer_reads_local_day_clock_and_duration(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Papers We Love Bangalore: a bare array, "local_date"/"local_time", "duration" on five.
    rows = inspect_corpus_page(capsys, "meetup-v3-pwlbangalore-events-2018-02")
    assert len(rows) == 12
    assert (rows[0]["start"], rows[0]["end"], rows[0]["location"]) == (
        "2018-02-24T15:00:00+05:30",
        "2018-02-24T17:00:00+05:30",
        None,
    )
    assert rows[2]["location"] == (
        "HasGeek House, #2699, 19th Main, 5th Cross, Indiranagar HAL 2nd Stage, Bangalore"
    )


def test_an_end_equal_to_the_start_gives_way_to_the_labelled_range(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Events Calendar's JSON-LD writes endDate = startDate (09:00) where no end was entered;
    # the page says „When: Saturday, March 23 from 9am to 6pm“. Before: the record ended at
    # 09:00, a zero-length event.
    (row,) = inspect_corpus_page(capsys, "tec-event-betanyc-schoolofdata-2024-03")
    assert (row["start"], row["end"], row["location"]) == (
        "2024-03-23T09:00:00-04:00",
        "2024-03-23T18:00:00-04:00",
        "CUNY School of Law",
    )
    assert row["field_sources"]["end"] == "event_page:When:"


# Held-out structured batch AL (saved JSON of a site script, Eventbrite's API, a gig guide).


def test_a_site_scripts_day_and_clock_range_apart(capsys: pytest.CaptureFixture[str]) -> None:
    # Bristol Improv Calendar: "date": "2026-02-02", "time": "13:00–14:30". Before: no record
    # (neither "date" nor a clock beside it was read).
    rows = inspect_corpus_page(capsys, "json-bristolimprov-events-2026-03")
    assert len(rows) == 24
    assert [(r["start"][:16], (r["end"] or "")[:16]) for r in rows[:2]] == [
        ("2026-02-01T19:30", ""),
        ("2026-02-02T13:00", "2026-02-02T14:30"),
    ]


def test_eventbrite_names_and_local_times_with_their_zone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Eventbrite API v3: "name": {"text"}, "start": {"timezone", "local", "utc"}. Before: nothing.
    rows = inspect_corpus_page(capsys, "eventbrite-api-chicago-events-2017-11")
    assert len(rows) == 10
    assert (rows[0]["title"], rows[0]["start"], rows[5]["start"]) == (
        "SantaCon Chicago 2017",
        "2017-12-02T12:00:00-06:00",
        "2018-08-19T19:00:00-05:00",
    )


def test_a_gig_guides_start_time(capsys: pytest.CaptureFixture[str]) -> None:
    # Oslo gig guide: "start_time" / "end_time" in UTC. Before: "start_time" was no start key.
    rows = inspect_corpus_page(capsys, "json-oslogigguide-events-2025-12")
    assert len(rows) == 16
    assert (rows[0]["start"], rows[0]["location"]) == ("2025-12-20T22:00:00+01:00", "BLÅ")
