"""Held-out structured batch BQ: the general causes it showed, minimal JSON and the real files."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.json_floating_seconds import floating_end, floating_start, utc_midnight_seconds
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _json(value: object, today: str = "2019-08-19T10:00:00+00:00") -> list[RawRecord]:
    page = page_from_text(json.dumps(value), "https://example.org/data.json", "application/json")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


# --- Unix seconds under a day at midnight UTC: their UTC clock is the programme's own ---------

# 17 August 2019, 00:00 UTC, and stamps of that UTC day.
_DAY = 1566000000
_AT_1530 = _DAY + 15 * 3600 + 30 * 60
_AT_2200 = _DAY + 22 * 3600
_AT_2300 = _DAY + 23 * 3600


def _programme(*events: dict[str, object], day: int = _DAY) -> dict[str, object]:
    return {"smh": [{"day": day, "events": list(events), "child": False}]}


def test_events_under_a_utc_midnight_day_keep_their_utc_clock() -> None:
    # Before: no record — the seconds were read nowhere. Read in Berlin they would put the
    # evening prayer at 00:00 and „Abschluss des Tages“ at 01:00 of the next day.
    records = _json(
        _programme(
            {"startDate": _AT_1530, "endDate": -1, "name": "Gesamtjugendtagung", "place": "Großer Saal"},
            {"startDate": _AT_2200, "endDate": -1, "name": "Abendgebet", "place": "Kirche"},
            {"startDate": _AT_2300, "endDate": -1, "name": "Abschluss des Tages", "place": ""},
        )
    )  # fmt: skip
    assert [(r.title, r.start, r.end) for r in records] == [
        ("Gesamtjugendtagung", "2019-08-17T15:30", None),
        ("Abendgebet", "2019-08-17T22:00", None),
        ("Abschluss des Tages", "2019-08-17T23:00", None),
    ]
    assert records[0].field_sources["start"] == "embedded_json:startDate"
    assert records[0].location_text == "Großer Saal"


def test_an_end_in_seconds_is_kept_and_minus_one_is_none() -> None:
    start = _DAY + 9 * 3600 + 45 * 60
    records = _json(
        _programme({"startDate": start, "endDate": start + 45 * 60, "name": "Sakrament"})
    )
    assert [(r.start, r.end) for r in records] == [("2019-08-17T09:45", "2019-08-17T10:30")]
    assert floating_end({"endDate": -1}, ("endDate",), "2019-08-17T09:45") is None
    # an end before the start is no end
    assert floating_end({"endDate": _DAY}, ("endDate",), "2019-08-17T09:45") is None


def test_seconds_without_a_utc_midnight_day_are_not_read_as_a_clock() -> None:
    # A day at Berlin's midnight (22:00 UTC the day before) counts real moments: whose wall clock
    # only a zone tells. Nor is a stamp outside its group's day (or a count too small) read.
    berlin_midnight = _DAY - 2 * 3600
    assert utc_midnight_seconds(berlin_midnight) is None
    assert utc_midnight_seconds(_DAY) == _DAY
    assert utc_midnight_seconds(True) is None and utc_midnight_seconds(86_400) is None
    assert _json(_programme({"startDate": _AT_1530, "name": "Vortrag"}, day=berlin_midnight)) == []
    assert floating_start({"startDate": _DAY + 3 * 86_400}, ("startDate",), _DAY) is None
    assert floating_start({"startDate": 12345}, ("startDate",), _DAY) is None
    # the night after the day stays with it (a party until the small hours)
    assert floating_start({"start": _DAY + 86_400 + 3600}, ("start",), _DAY) == (
        "2019-08-18T01:00",
        "start",
    )


def test_a_titled_events_own_lists_are_not_dated_by_its_group() -> None:
    # A list inside an event (its speakers) is no group of that day's events.
    event = {
        "startDate": _AT_1530,
        "name": "Podium",
        "sessions": [{"startDate": _AT_2200, "name": "Nachgespräch"}],
    }
    records = _json(_programme(event))
    assert [(r.title, r.start) for r in records] == [("Podium", "2019-08-17T15:30")]


def test_the_church_youth_programme(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "json-johannische-jugend-kitawo-programm-2019-08")
    assert len(records) == 54
    by_title = {(r["title"], r["start"][:16]) for r in records}
    assert ("Abendgebet", "2019-08-17T22:00") in by_title
    assert ("Abschluss des Tages", "2019-08-17T23:00") in by_title
    assert ("Ausflug nach Wittenberg", "2019-08-19T08:45") in by_title
    healing = next(r for r in records if r["start"].startswith("2019-08-18T09:45"))
    assert healing["title"] == "Sakrament der geistigen Heilung"
    assert healing["end"].startswith("2019-08-18T10:30")
