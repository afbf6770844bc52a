"""Held-out structured batch BV: the general causes it showed, minimal snippets and the real files."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.json_date_texts import text_days
from netdir.extract.json_local_clocks import at_offset, local_offset
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

HULL = "json-hu5-events-hull-2026-08"


def _json(data: object, today: str = "2026-08-22T10:00:00+00:00") -> list[RawRecord]:
    page = page_from_text(json.dumps(data), "https://example.org/events.json", "application/json")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


def _normalized(data: object) -> list[tuple[str | None, str | None]]:
    """(start, end) of each record as the normalizer writes them, to the minute and offset."""
    day = datetime.fromisoformat("2026-08-22T10:00:00+00:00").date()
    offerings = [normalize_record(record, today=day) for record in _json(data)]
    return [(o.start, o.end) for o in offerings]


# --- 1. A UTC stamp beside the local clock its entry shows ----------------------------------


def test_the_local_clock_beside_a_utc_stamp_gives_its_offset() -> None:
    summer = {"displayDateTime24": "2026-08-25 19:30", "displayTime24": "19:30"}
    assert local_offset(summer, "2026-08-25T18:30:00.000Z") == 60
    assert local_offset({"displayTime24": "19:30"}, "2026-11-05T19:30:00.000Z") == 0
    # a clock alone may lie on the next day (a night east of UTC) or before UTC (the Americas)
    assert local_offset({"localTime": "00:30"}, "2026-08-22T23:30Z") == 60
    assert local_offset({"local_time": "19:00"}, "2026-08-25T23:00:00Z") == -240
    assert at_offset("2026-08-25T18:30:00.000Z", 60) == "2026-08-25T19:30+01:00"
    assert at_offset("2026-08-25T23:00:00Z", -240) == "2026-08-25T19:00-04:00"
    assert at_offset("2026-08-25T14:00:00Z", 330) == "2026-08-25T19:30+05:30"


def test_no_offset_without_a_local_reading_of_that_moment() -> None:
    stamp = "2026-08-25T18:30:00.000Z"
    assert local_offset({"time": "19:30"}, stamp) is None  # no key says it is the local clock
    assert local_offset({"displayTime24": "19:37"}, stamp) is None  # no quarter hour apart
    assert local_offset({"displayDate": "2026-08-25"}, stamp) is None  # a day, no clock
    assert local_offset({"displayTime24": "19:30", "localTime": "20:30"}, stamp) is None
    # a stamp with its own offset, or none, is no UTC stamp
    assert local_offset({"displayTime24": "19:30"}, "2026-08-25T19:30:00+01:00") is None
    assert local_offset({"displayTime24": "19:30"}, "2026-08-25T19:30:00") is None


def test_an_entry_with_its_local_clock_is_at_that_clock() -> None:
    # Before: 18:30Z read on Berlin's clock, 20:30+02:00 — an hour off the 19:30 the guide shows.
    gig = {
        "title": "THE SESH",
        "start": "2026-08-25T18:30:00.000Z",
        "end": "2026-08-25T22:00:00.000Z",
        "displayTime24": "19:30",
        "displayDateTime24": "2026-08-25 19:30",
    }
    assert _normalized([gig]) == [("2026-08-25T19:30:00+01:00", "2026-08-25T23:00:00+01:00")]
    # in winter the local clock is UTC's own, not Berlin's
    winter = {**gig, "start": "2026-11-05T19:30:00.000Z", "end": "2026-11-05T22:30:00.000Z"}
    winter |= {"displayTime24": "19:30", "displayDateTime24": "2026-11-05 19:30"}
    assert _normalized([winter]) == [("2026-11-05T19:30:00+00:00", "2026-11-05T22:30:00+00:00")]
    # without a local reading a UTC stamp is shown on Berlin's clock, as before
    bare = {"title": "THE SESH", "start": "2026-08-25T18:30:00.000Z"}
    assert _normalized([bare]) == [("2026-08-25T20:30:00+02:00", None)]


# --- 2. A one-day text beside stamps that run past midnight or end before they begin ---------


def test_a_one_day_text_agrees_with_a_night_that_runs_past_midnight() -> None:
    day = datetime(2026, 8, 22).date()
    night = {"dateText": "22 August 2026"}
    assert text_days(night, "2026-08-22T22:30+01:00", "2026-08-23T02:30+01:00", day) is None
    # an end the writer did not know (1 January 1970): the text says no more than the start
    assert text_days(night, "2026-09-13T19:30+01:00", "1970-01-01T01:00+01:00", day) is None
    # the text naming days the stamps leave out is still the event's days
    run = {"originalString": "08. und 09. Februar 2025"}
    stamps = ("2025-02-09T05:00:00.000Z", "2025-02-09T05:00:00.000Z")
    assert text_days(run, *stamps, day) == ("originalString", "2025-02-08", "2025-02-09")
    # one day stamped from a clock to the same clock a day later: the text's day alone
    whole = ("2025-02-09T05:00:00.000Z", "2025-02-10T05:00:00.000Z")
    one_day = {"dateText": "9 February 2025"}
    assert text_days(one_day, *whole, day) == ("dateText", "2025-02-09", None)


def test_a_club_night_keeps_its_clock() -> None:
    # Before: the day alone — „22 August 2026“ named one day, the stamps ran into the 23rd.
    night = {
        "title": "WIRED - DJS EVERY SATURDAY NIGHT",
        "start": "2026-08-22T21:30:00.000Z",
        "end": "2026-08-23T01:30:00.000Z",
        "dateText": "22 August 2026",
    }
    assert [r.start for r in _json([night])] == ["2026-08-22T21:30:00Z"]
    unknown_end = {**night, "end": "1970-01-01T00:00:00.000Z"}
    assert [r.start for r in _json([unknown_end])] == ["2026-08-22T21:30:00Z"]


# --- The real file ---------------------------------------------------------------------------


def test_the_hull_guides_events_are_at_the_hours_it_shows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, HULL)
    assert len(records) == 55
    starts = [(r["title"], r["start"]) for r in records]
    # cause 1: the London clock, summer and winter
    assert ("THE SESH", "2026-08-25T19:30:00+01:00") in starts
    assert ("Big Special", "2026-11-27T19:30:00+00:00") in starts
    assert ("Stand-Up Comedy Show", "2026-11-08T19:30:00+00:00") in starts
    # cause 2: nights past midnight and ends of 1970 keep their clock
    assert starts[0] == ("WIRED - DJS EVERY SATURDAY NIGHT", "2026-08-22T22:30:00+01:00")
    assert ("Dylan Ward", "2026-08-22T23:00:00+01:00") in starts
    assert ("Stand-Up Comedy Show", "2026-09-13T19:30:00+01:00") in starts
    assert all(len(start) > 10 for _, start in starts)
