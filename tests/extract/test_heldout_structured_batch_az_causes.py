"""Held-out structured batch AZ: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_mobilize_timeslots_are_the_meetings_occurrences(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Mobilize's events API: one event with "timeslots" of epoch seconds beside "timezone":
    # "America/New_York" and a location {"venue", "address_lines", "locality"}. Before: no record.
    rows = inspect_corpus_page(capsys, "json-mobilize-brevarddems-events-2021-06")
    assert [(row["title"], row["start"], row["end"]) for row in rows] == [
        ("BrevardDems Monthly Meeting", f"2021-{day}T19:00:00-04:00", f"2021-{day}T21:00:00-04:00")
        for day in ("07-28", "08-25", "09-22", "10-27")
    ]
    assert rows[0]["location"].startswith(
        "Brevard County Government Center, 2725 Judge Fran Jamieson Way"
    )


def test_events_listed_under_a_days_group(capsys: pytest.CaptureFixture[str]) -> None:
    # [{"date": "2025-10-10", "events": [{"title": …, "time": "6:30 PM", "place": …}, …]}]:
    # the day on the group, the 12-hour clock on each event. Before: no record.
    rows = inspect_corpus_page(capsys, "json-bearslu-events-2025-10")
    assert [(row["title"], row["start"], row["location"]) for row in rows] == [
        ("Bearaoke After Work", "2025-10-08T19:00:00+02:00", "Rainbow Center"),
        ("Bear After Work + Diner", "2025-10-10T18:30:00+02:00", "Bazaar"),
        ("Bear Saloon Party", "2025-10-10T22:00:00+02:00", "Letz Boys"),
        ("Bearback Mountain Party", "2025-10-11T21:00:00+02:00", "Melusina Lounge"),
    ]


def test_a_venue_with_its_town_apart_and_a_place_still_open(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # {"venue": "Arche", "city": "Dittelbrunn"}; „Ort folgt“. Before: the venue alone (place
    # 71 %), „Ort folgt“ read as a place.
    rows = inspect_corpus_page(capsys, "json-haraldoeler-termine-2026-07")
    places = {(row["title"], row["start"][:10]): row["location"] for row in rows}
    assert places[("Sonate für Akkordeon – Solo", "2026-09-19")] == "Arche, Dittelbrunn"
    assert places[("Duo ViA! · 4. Meisterkonzert", "2026-05-13")] == "Teo Otto Theater, Remscheid"
    assert places[("Duo ViA! · Four Seasons – One World", "2026-04-18")] == "Berlin-Neukölln"
    assert places[("Fussissimo", "2027-04-17")] is None


def test_a_congregations_sunday_lunch_is_an_entry(capsys: pytest.CaptureFixture[str]) -> None:
    # „Mittagessen“ 12:00–14:00 after the 10:00 service (UTC stamps with Z), nothing after it
    # that day. Before: dropped as a programme's lunch break.
    rows = inspect_corpus_page(capsys, "json-konkordia-buehl-termine-2026-05")
    assert len(rows) == 20
    sunday = [(row["title"], row["start"]) for row in rows if row["start"][:10] == "2026-05-31"]
    assert sunday == [
        ("Gebet vor dem Gottesdienst", "2026-05-31T09:30:00+02:00"),
        ("Gottesdienst", "2026-05-31T10:00:00+02:00"),
        ("Mittagessen", "2026-05-31T12:00:00+02:00"),
    ]


def test_an_ical_location_that_is_the_events_page(capsys: pytest.CaptureFixture[str]) -> None:
    # A university's Google Calendar: LOCATION „https://sac.usal.es/show-item/ensemble-1700/“
    # and no URL. Before: the address read as the place of every event.
    rows = inspect_corpus_page(capsys, "ical-google-usal-sac-2022-04")
    assert len(rows) == 7
    assert all(row["location"] is None for row in rows)
    assert rows[-1]["title"] == "Ensemble 1700"
    assert rows[-1]["url"] == "https://sac.usal.es/show-item/ensemble-1700/"
