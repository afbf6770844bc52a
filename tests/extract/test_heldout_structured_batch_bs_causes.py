"""Held-out structured batch BS: the general causes it showed, minimal snippets and the real files."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.js_assigned_data import assigned_data
from netdir.extract.js_object_literal import json_of_js_literal
from netdir.extract.json_numeric_days import numeric_range
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _script(text: str, today: str = "2026-02-17T10:00:00+00:00") -> list[RawRecord]:
    page = page_from_text(text, "https://example.org/termine.js", "text/javascript")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


def _json(data: object, today: str = "2026-02-17T10:00:00+00:00") -> list[RawRecord]:
    page = page_from_text(json.dumps(data), "https://example.org/events.json", "application/json")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


def _minute(stamp: str | None) -> str | None:
    return stamp[:16] if stamp is not None else None


# --- 1. A script file that only hands its data to a variable ---------------------------------


def test_the_data_a_script_assigns_is_taken() -> None:
    assert assigned_data('var json = { "events": [] }') == '{ "events": [] }'
    assert assigned_data("// Termine\n/* geladen von termine.html */\nvar t = [ { a: 1 } ];\n") == (
        "[ { a: 1 } ]"
    )
    assert assigned_data("export default [1, 2]") == "[1, 2]"
    assert assigned_data("window.events = [1];") == "[1]"
    # the name made empty first, then given its data (a club's app)
    assert assigned_data("t = new Array();\n\nt = [ {'a'\t: \"b\",}, ];") == "[ {'a'\t: \"b\",}, ]"


def test_a_script_that_does_more_than_name_data_is_not_taken() -> None:
    assert assigned_data("var x = compute();") is None
    assert assigned_data("var a = [1]; var b = [2];") is None
    assert assigned_data("function f() { return { a: 1 }; }") is None
    assert assigned_data("var a = { b: foo() };") is None
    assert assigned_data("<html><body>var a = [1]</body></html>") is None


def test_a_script_of_event_objects_is_read() -> None:
    # Before: no record — read as HTML the script is one text node.
    script = 'var events = {\n  oneTimeEvents: [\n    { date: "28.09.2018 um 17:00 Uhr", title: "Mitbringbuffet" }\n  ]\n};'
    records = _script(script, "2018-09-01T12:00:00+00:00")
    assert [(r.title, _minute(r.start)) for r in records] == [
        ("Mitbringbuffet", "2018-09-28T17:00")
    ]


# --- 2. A JavaScript literal of bare keys and double quotes, commas after the last entry -----


def test_bare_keys_and_trailing_commas_are_spelled_as_json() -> None:
    literal = '[ { datum: "25. Februar 2026", titel: "Nightwash", ort: "Köln", },\n]'
    assert json.loads(json_of_js_literal(literal) or "") == [
        {"datum": "25. Februar 2026", "titel": "Nightwash", "ort": "Köln"}
    ]
    # JSON already, or a text whose strings hold the only colons: nothing to spell
    assert json_of_js_literal('{"a": "b"}') is None
    assert json_of_js_literal('["a: b", "c"]') is None


def test_a_comedians_show_dates_are_read() -> None:
    script = 'var termine = [\n  { datum: "25. Februar 2026", titel: "Nightwash", ort: "Köln", sichtbar: true },\n];'
    records = _script(script)
    assert [(r.title, _minute(r.start), r.location_text) for r in records] == [
        ("Nightwash", "2026-02-25", "Köln")
    ]


# --- 3. A start key that says it is a date-time at some clock ---------------------------------


def test_a_begin_key_named_as_a_utc_date_time_is_the_start() -> None:
    # Before: no record — „beginDateTimeUtc“ is no start key the reader knows.
    event = {
        "eventName": "Regensburger Domspatzen",
        "beginDateTimeUtc": "2018-12-23T11:00:00+01:00",
        "endDateTimeUtc": ":00",
    }
    records = _json({"events": [event]}, "2018-11-24T12:00:00+00:00")
    assert [(r.title, _minute(r.start), r.end) for r in records] == [
        ("Regensburger Domspatzen", "2018-12-23T11:00", None)
    ]


def test_a_utc_key_over_a_bare_clock_is_not_read_at_the_page_clock() -> None:
    # „…Utc“ over a stamp without its offset: read at the page's clock it would be an hour off.
    event = {"name": "Konzert", "startDateTimeUtc": "2018-12-23T10:00:00"}
    assert _json({"events": [event]}) == []
    # „…Local“ is the page's own clock
    local = {"name": "Konzert", "startDateTimeLocal": "2018-12-23T11:00:00"}
    assert [(r.title, _minute(r.start)) for r in _json({"events": [local]})] == [
        ("Konzert", "2018-12-23T11:00")
    ]


# --- 4. A place key naming only the town, the street under "address" -------------------------


def test_a_town_with_a_street_apart_is_the_street_in_that_town() -> None:
    # Before: „Munich“ for every event of the file.
    events = [
        {"name": "Metalbörse", "start": "2018-12-23T11:00", "location": "Munich", "address": "Reitknechtstr. 6"},
        {"name": "KIS ASKI", "start": "2018-12-24T16:00", "location": "Munich", "address": "Lilienthalallee 35, 80939 München"},
        {"name": "Tanz", "start": "2018-12-25T20:00", "location": "Stadthalle", "address": "Hauptstr. 3"},
    ]  # fmt: skip
    places = [r.location_text for r in _json(events, "2018-11-24T12:00:00+00:00")]
    assert places == ["Reitknechtstr. 6, Munich", "Lilienthalallee 35, 80939 München", "Stadthalle"]


# --- 5. A weekly meeting whose rule stands only in its description ---------------------------


def test_a_rule_in_the_description_of_an_undated_entry_is_its_next_meeting() -> None:
    # Before: no record — the entry has no date key.
    entries = {
        "recurringEvents": [
            {
                "title": "JuKi-Treff",
                "description": "Jeden Dienstag von 18-20 Uhr treffen wir uns in der Jugendkirche.",
            }
        ]
    }
    records = _json(entries, "2018-09-01T12:00:00+00:00")
    readings = [
        (r.title, _minute(r.start), _minute(r.end), r.recurrence, r.location_text) for r in records
    ]
    assert readings == [
        ("JuKi-Treff", "2018-09-04T18:00", "2018-09-04T20:00", "FREQ=WEEKLY;BYDAY=TU", "Jugendkirche")
    ]  # fmt: skip


def test_a_description_rule_without_hours_or_beside_a_date_is_no_day() -> None:
    closed = [{"title": "Museum", "description": "Das Museum ist jeden Montag geschlossen."}]
    assert _json(closed) == []
    # opening hours and a habit of the place (Afeefa's Leipzig offers): no „jeden“, no meeting
    desk = [{"title": "Beratung", "description": "Öffnungszeiten: \nMontag 10.00-16.00 Uhr\n"}]
    assert _json(desk) == []
    habit = [{"title": "Hausaufgabenhilfe", "description": "Donnerstags 15:00 – 17:00 Mathe"}]
    assert _json(habit) == []
    dated = [
        {
            "title": "Konzert",
            "date": "2026-03-05",
            "description": "Wir proben jeden Dienstag von 18-20 Uhr.",
        }
    ]
    assert [(r.title, _minute(r.start), r.recurrence) for r in _json(dated)] == [
        ("Konzert", "2026-03-05", None)
    ]


# --- 6. A run written in one numeric value ----------------------------------------------------


def test_a_numeric_run_is_its_start_and_its_end() -> None:
    assert numeric_range("24.08.2019 12:00 - 27.08.2019 23:59", True) == (
        "2019-08-24T12:00",
        "2019-08-27T23:59",
    )
    assert numeric_range("31.08.2019 18:00 bis 31.08.2019 20:00", True) == (
        "2019-08-31T18:00",
        "2019-08-31T20:00",
    )
    # one date, a run without whole dates, an end before its start: no run
    assert numeric_range("24.08.2019 12:00", True) is None
    assert numeric_range("24. - 27.08.2019", True) is None
    assert numeric_range("27.08.2019 - 24.08.2019", True) is None
    records = _json([{"title": "Schützenfest", "datum": "24.08.2019 12:00 - 27.08.2019 23:59"}])
    assert [(_minute(r.start), _minute(r.end)) for r in records] == [
        ("2019-08-24T12:00", "2019-08-27T23:59")
    ]


# --- The real files ----------------------------------------------------------------------------


def test_the_munich_event_search_file(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "js-er-search-muenchen-december-events-2018-12")
    assert len(records) == 50
    first = records[0]
    assert first["start"].startswith("2018-12-23T11:00")
    assert first["location"] == "Prinzregentenplatz 12, Munich"
    festival = next(r for r in records if r["title"] == "KIS ASKI Culture Festival 2018")
    assert festival["end"].startswith("2018-12-25T05:00")
    assert festival["location"] == "Lilienthalallee 35, 80939 München"


def test_the_youth_churchs_events(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "js-juki-hamm-events-2018-09")
    assert len(records) == 10
    treff = next(r for r in records if r["title"] == "JuKi-Treff")
    assert treff["start"].startswith("2018-09-04T18:00")
    assert treff["recurrence"] == "FREQ=WEEKLY;BYDAY=TU"
    assert treff["location"] == "Jugendkirche"


def test_the_shooting_clubs_app_dates(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "js-ngk-neuss-termine-2019-02")
    assert len(records) == 34
    fest = next(r for r in records if r["start"].startswith("2019-08-24"))
    assert fest["title"] == "Neusser Bürger-Schützenfest"
    assert fest["end"].startswith("2019-08-27T23:59")


def test_the_comedians_show_dates(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "js-gowand-barkhi-termine-2026-02")
    assert len(records) == 9
    assert records[5]["title"] == 'Heddesheimer Comedy Preis 2026 - "Heddesheimer Tor"'
    assert records[5]["start"].startswith("2026-03-07")
