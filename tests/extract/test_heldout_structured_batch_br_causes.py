"""Held-out structured batch BR: the general causes it showed, minimal snippets and the real files."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.js_object_literal import json_of_js_literal
from netdir.extract.json_bare_rows import bare_rows
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _body(text: str, today: str = "2020-10-28T10:00:00+00:00") -> list[RawRecord]:
    page = page_from_text(text, "https://example.org/spielplan.json", "application/json")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


# --- 1. A JavaScript object literal where JSON was meant (Node's util.inspect) --------------


def test_a_js_literal_is_spelled_as_json() -> None:
    literal = "{ 'So 05.05.2019': [ [ '11:30', 'Feucht' ] ],\n  title: 'Rock \\'n\\' Roll',\n  note: 'a' +\n    'b' }"
    assert json.loads(json_of_js_literal(literal) or "") == {
        "So 05.05.2019": [["11:30", "Feucht"]],
        "title": "Rock 'n' Roll",
        "note": "ab",
    }
    # JSON already, no data (undefined, [Object]), or no literal at all: not taken
    assert json_of_js_literal('{"a": "b"}') is None
    assert json_of_js_literal("{ a: undefined, b: 'x' }") is None
    assert json_of_js_literal("{ a: [Object], b: 'x' }") is None
    assert json_of_js_literal("<html>'x'</html>") is None


def test_a_util_inspect_body_of_event_objects_is_read() -> None:
    # Before: no record — the body did not parse as JSON.
    body = "[ { title: 'Sommerfest', start: '2026-07-04T15:00', location: 'Bürgerhaus' } ]"
    records = _body(body, "2026-06-01T10:00:00+00:00")
    assert [(r.title, r.start, r.location_text) for r in records] == [
        ("Sommerfest", "2026-07-04T15:00", "Bürgerhaus")
    ]


def test_a_literal_body_is_spelled_once_per_page() -> None:
    # dispatch asks whether the body is data, then embedded_json reads it: one spelling serves both
    body = "[ { title: 'Sommerfest', start: '2026-07-04T15:00' } ]"
    page = page_from_text(body, "https://example.org/spielplan.json", "text/plain")
    page.fetched_at = datetime.fromisoformat("2026-06-01T10:00:00+00:00")
    json_of_js_literal.cache_clear()
    assert [r.title for r in extract_page(page).records] == ["Sommerfest"]
    calls = json_of_js_literal.cache_info()
    assert (calls.misses, calls.hits) == (1, 1)


# --- 2. Day keys over rows of bare cells: a table without its head ---------------------------

_SCHEDULE = {
    "So 05.05.2019": [
        ["11:30", "Feucht, Zeidler-Sporthalle", "200171501", "ÜBOL MC", "HSC 2000 Coburg II", "SpVgg Giebelstadt", "23 : 12"],
        ["13:30 V", "Feucht, Zeidler-Sporthalle", "200171503", "ÜBOL MC", "SpVgg Giebelstadt", "TSV 04 Feucht", "12 : 24"],
    ],
    "Sa 21.09.2019": [
        ["18:15", "Giebelstadt Mehrzweckhalle", "21016001", "UM M", "SpVgg Giebelstadt II", "MHV Schweinf.09 III", "24 : 20"],
    ],
}  # fmt: skip


def test_rows_under_day_keys_are_games_of_their_two_sides() -> None:
    # Before: no record — no key names a title or a start.
    records = _body(json.dumps(_SCHEDULE))
    assert [(r.title, r.start, r.location_text) for r in records] == [
        ("HSC 2000 Coburg II – SpVgg Giebelstadt", "2019-05-05T11:30", "Feucht, Zeidler-Sporthalle"),
        ("SpVgg Giebelstadt – TSV 04 Feucht", "2019-05-05T13:30", "Feucht, Zeidler-Sporthalle"),
        ("SpVgg Giebelstadt II – MHV Schweinf.09 III", "2019-09-21T18:15", "Giebelstadt Mehrzweckhalle"),
    ]  # fmt: skip


def test_rows_without_two_sides_are_named_by_their_first_words() -> None:
    table = {
        "2026-03-14": [["20:00", "Frühjahrskonzert", "Stadthalle", "12"]],
        "2026-04-02": [["19.30 Uhr", "Lesung mit Musik", "Alte Schule", "8"]],
    }
    rows = list(bare_rows(table))
    assert [(row.start, row.title, row.place) for row in rows] == [
        ("2026-03-14T20:00", "Frühjahrskonzert", "Stadthalle"),
        ("2026-04-02T19:30", "Lesung mit Musik", "Alte Schule"),
    ]


def test_data_that_is_no_day_table_is_not_read() -> None:
    # keys that are no days, rows without a clock, rows of objects, a single row, mixed widths
    assert list(bare_rows({"Herren": [["11:30", "A", "B"]], "Damen": [["12:00", "C", "D"]]})) == []
    assert list(bare_rows({"2026-03-14": [["A", "B", "C"]], "2026-03-15": [["D", "E", "F"]]})) == []
    assert list(bare_rows({"2026-03-14": [{"t": "20:00"}], "2026-03-15": [{"t": "19:00"}]})) == []
    assert list(bare_rows({"2026-03-14": [["20:00", "A", "B"]]})) == []
    assert (
        list(bare_rows({"2026-03-14": [["20:00", "A", "B"]], "2026-03-15": [["19:00", "C"]]})) == []
    )


def test_the_handball_clubs_nuliga_schedule(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "json-nuliga-spvgg-giebelstadt-spielplan-2019")
    assert len(records) == 63
    first = records[0]
    assert first["title"] == "HSC 2000 Coburg II – SpVgg Giebelstadt"
    assert first["start"].startswith("2019-05-05T11:30")
    assert first["location"] == "Feucht, Zeidler-Sporthalle"
    moved = [r for r in records if r["start"].startswith("2019-05-26T11:30")]
    assert [r["title"] for r in moved] == ["SpVgg Giebelstadt – HC Erlangen II"]


# --- 3. A stream calendar whose events give their video as URL, titled in many languages ----


def _calendar(*events: tuple[str, str, str]) -> str:
    """A calendar of (SUMMARY, DTSTART in UTC, URL) events without LOCATION or zone."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//streams//EN"]
    for number, (summary, start, url) in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:{number}@t", f"SUMMARY:{summary}", f"DTSTART:{start}"]
        lines += [f"URL:{url}", f"DESCRIPTION:{url}", "END:VEVENT"]
    return "\r\n".join([*lines, "END:VCALENDAR", ""])


def _ical(text: str) -> list[tuple[str | None, str | None]]:
    """(title, start at the wall clock it is shown at, to the minute) of each event."""
    page = page_from_text(text, "https://example.org/calendar.ics", "text/calendar")
    page.fetched_at = datetime.fromisoformat("2026-08-27T17:29:40+00:00")
    shown = [normalize_record(r, today=date(2026, 8, 27)) for r in extract_page(page).records]
    return [(r.title, r.start[:16] if r.start else None) for r in shown]


_SERIES = "LIVE: 2. Durchgang im Fach {} | ARD-Musikwettbewerb"
_VIDEO = "https://www.youtube.com/watch?v=abc"


def test_a_stream_calendar_without_location_keeps_its_utc_clock() -> None:
    # Before: read at Berlin's clock (19:00 for 17:00 UTC) — no LOCATION named a stream, and one
    # German series' „im“ repeated outweighed the English titles' little words.
    text = _calendar(
        (_SERIES.format("Fagott Tag 1"), "20260905T080000Z", _VIDEO),
        (_SERIES.format("Fagott Tag 2"), "20260906T080000Z", _VIDEO),
        (_SERIES.format("Schlagzeug Tag 1"), "20260907T090000Z", _VIDEO),
        (_SERIES.format("Schlagzeug Tag 2"), "20260908T090000Z", _VIDEO),
        ("Queyras | Bach Cello Suites - Live from Wigmore Hall", "20260912T190000Z", _VIDEO),
        ("Frankfurt Radio Symphony with Julia Fischer and the hr", "20260918T180000Z", _VIDEO),
    )
    readings = _ical(text)
    assert readings[0] == (_SERIES.format("Fagott Tag 1"), "2026-09-05T08:00")
    assert readings[4] == (
        "Queyras | Bach Cello Suites - Live from Wigmore Hall",
        "2026-09-12T19:00",
    )


def test_a_german_stream_calendar_and_a_club_calendar_keep_berlins_clock() -> None:
    german = _calendar(
        ("Vortrag im Netz: Bienen und der Winter", "20261105T180000Z", _VIDEO),
        ("Stammtisch mit den Imkern von nebenan", "20261112T180000Z", _VIDEO),
    )
    assert _ical(german)[0] == ("Vortrag im Netz: Bienen und der Winter", "2026-11-05T19:00")
    # an English calendar whose URLs are its club's own pages, not streams: no broadcast
    club = _calendar(
        ("Meeting of the board", "20261105T180000Z", "https://club.example.org/board"),
        ("Talk with the mayor", "20261112T180000Z", "https://club.example.org/talk"),
    )
    assert _ical(club)[0] == ("Meeting of the board", "2026-11-05T19:00")


def test_the_concert_stream_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "ical-concertscrape-classical-livestreams-2026-08")
    assert len(records) == 44
    by_title = {r["title"]: r["start"][:16] for r in records}
    assert by_title["Concerto digital: O brilho de Lozakovich em Sibelius"] == "2026-08-29T19:30"
    assert by_title["LIVE: Finale im Fach Orgel | ARD-Musikwettbewerb"] == "2026-09-09T13:50"
    assert by_title["Raphaël Feuillâtre, guitar — LIVE"] == "2026-11-12T00:30"
