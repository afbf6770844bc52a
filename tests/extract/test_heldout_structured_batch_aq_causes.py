"""Held-out structured batch AQ: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_google_calendars_time_objects(capsys: pytest.CaptureFixture[str]) -> None:
    # A camp app's saved Google Calendar API v3 answer: "start": {"dateTime", "timeZone"}, the
    # daily series in Helsinki's zone at Stockholm's +02:00. Before: no record.
    rows = inspect_corpus_page(capsys, "gcal-v3-nccc-summercamp-2015-07")
    assert len(rows) == 15
    assert (rows[0]["title"], rows[0]["start"], rows[0]["end"]) == (
        "Registration",
        "2015-07-06T14:00:00+02:00",
        "2015-07-06T16:30:00+02:00",
    )
    assert rows[2]["start"] == "2015-07-07T08:30:00+02:00"  # "Devotion": the offset's clock
    assert not any(row["title"] in ("Dinner", "Breakfast", "Lunch") for row in rows)  # breaks


def test_pascal_case_keys_of_a_dotnet_export(capsys: pytest.CaptureFixture[str]) -> None:
    # The Toulouse tech agenda's events.json: "Title", "Start", "VenueName" and "VenueAddr".
    # Before: no record.
    rows = inspect_corpus_page(capsys, "json-toulousetechhub-events-2025-03")
    assert len(rows) == 14
    assert (rows[6]["title"], rows[6]["start"]) == ("Soirée IA", "2025-01-16T19:00:00+01:00")
    assert rows[12]["location"] == "Maison des Associations, 3 Pl. Guy Hersant Toulouse"


def test_an_atom_feed_updated_in_the_future_dates_its_events(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The same agenda's Atom feed: <updated> is its last event's start (12 March, read on 1
    # March), each <published> an event's start. Before: 8 records without a day.
    rows = inspect_corpus_page(capsys, "atom-toulousetechhub-events-2025-03")
    assert len(rows) == 8
    assert (rows[1]["title"], rows[1]["start"]) == (
        "Agile Game Labs #3",
        "2025-01-31T18:00:00+01:00",
    )


def test_a_google_data_feed_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    # The camp's 2014 schedule as Google's retired GData JSON: "title": {"$t": …}, "gd$when",
    # "gd$where"; recurring entries carry their series' start in "gd$originalEvent". Before:
    # no record.
    rows = inspect_corpus_page(capsys, "gdata-json-nccc-summercamp-2014-07")
    assert len(rows) == 8
    assert (rows[1]["title"], rows[1]["start"], rows[1]["end"], rows[1]["location"]) == (
        "Opening ceremony",
        "2014-07-07T19:00:00+02:00",
        "2014-07-07T19:30:00+02:00",
        "Gym hall",
    )
    assert rows[7]["end"] == "2014-07-08T09:00:00+02:00"  # the entry's own gd$when


def test_an_all_day_entry_with_its_hours_on_a_later_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Copenhagen Capacity's conferences: all-day VEVENTs, „\n08:00–18:00. Danish-language
    # event.“ in the DESCRIPTION. Before: every record all-day.
    rows = inspect_corpus_page(capsys, "ical-copcap-easterndenmark-events-2026-10")
    assert len(rows) == 21
    assert (rows[1]["start"], rows[1]["end"]) == (
        "2026-10-08T08:00:00+02:00",
        "2026-10-08T18:00:00+02:00",
    )
    assert rows[0]["start"] == "2026-10-04"  # a run of days keeps its days
