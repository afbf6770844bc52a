"""Held-out structured batch BT: the general causes it showed, minimal snippets and the real files."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.json_day_hours import listed_hours
from netdir.extract.json_language_keys import with_language_keys
from netdir.extract.json_numeric_days import numeric_range
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

HONG_KONG = "xml-lcsd-hk-cultural-events-2025-12"


def _json(data: object, today: str = "2025-12-16T10:00:00+00:00") -> list[RawRecord]:
    page = page_from_text(json.dumps(data), "https://example.org/events.json", "application/json")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


def _xml(text: str, today: str = "2025-12-16T10:00:00+00:00") -> list[RawRecord]:
    page = page_from_text(text, "https://example.org/events.xml", "application/xml")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


def _minute(stamp: str | None) -> str | None:
    return stamp[:16] if stamp is not None else None


# --- 1. A field written once per language, each under a key of its own ----------------------


def test_a_field_in_two_languages_is_read_under_its_bare_name() -> None:
    node = {"titlec": "大埔文娛中心同樂日", "titlee": "Tai Po Civic Centre Fun Day", "id": "1"}
    assert with_language_keys(node)["title"] == "Tai Po Civic Centre Fun Day"
    # German first, then English; „_de“, „De“ and a single letter all name the language
    assert with_language_keys({"title_en": "Summer party", "title_de": "Sommerfest"})["title"] == (
        "Sommerfest"
    )
    assert with_language_keys({"nameFr": "Fête", "nameEn": "Party"})["name"] == "Party"
    assert with_language_keys({"predateC": "2026年1月10日", "predateE": "10 Jan 2026"})[
        "predate"
    ] == ("10 Jan 2026")


def test_a_key_without_its_twin_in_another_language_keeps_its_name() -> None:
    # „code“ is no „cod“ in English, „titlee“ alone no English title; a bare field wins
    assert with_language_keys({"code": "x", "named": "y"}) == {"code": "x", "named": "y"}
    assert "title" not in with_language_keys({"titlee": "Concert"})
    both = {"title": "Konzert", "titlee": "Concert", "titlec": "音樂會"}
    assert with_language_keys(both)["title"] == "Konzert"


def test_an_event_in_two_languages_is_read() -> None:
    # Before: no record — neither „title“ nor a date key the reader knows.
    event = {
        "titlec": "香港青年音樂匯演",
        "titlee": "Hong Kong Youth Music Interflows",
        "predateC": "2025年12月20日(星期六)下午2時",
        "predateE": "20/12/2025(Sat)14:00",
    }
    records = _json([event])
    assert [(r.title, _minute(r.start)) for r in records] == [
        ("Hong Kong Youth Music Interflows", "2025-12-20T14:00")
    ]


# --- 2. A key that names what is dated before „date“ -----------------------------------------


def test_a_key_naming_what_is_dated_is_the_date() -> None:
    # Before: no record — „showDate“ is no key the reader knows.
    assert [(r.title, r.start) for r in _json([{"name": "Concert", "showDate": "2026-01-10"}])] == [
        ("Concert", "2026-01-10")
    ]


def test_the_day_a_record_was_written_or_sold_is_no_event_day() -> None:
    assert _json([{"name": "Concert", "submitdate": "2025-12-10 11:16:10.000"}]) == []
    assert _json([{"name": "Concert", "saleDate": "2025-12-01"}]) == []
    assert _json([{"name": "Concert", "lastModifiedDate": "2025-12-01"}]) == []
    # a day that only sorts the records, or the start of something else, is no event day
    assert _json([{"name": "Vorlage", "sort_date": "2018-01-01T00:00:00+01:00"}]) == []
    series = {"title": "Training", "firstEventStartDate": "2024-09-03"}
    assert _json([series]) == []
    # Meetup's „local_date“ stays read with its „local_time“
    meetup = {"name": "Papers We Love", "local_date": "2018-02-24", "local_time": "10:30"}
    assert [_minute(r.start) for r in _json([meetup])] == ["2018-02-24T10:30"]
    # the event's own day wins over a day of the record's bookkeeping written before it
    both = {"name": "Concert", "submitdate": "2025-12-10", "predate": "10 Jan 2026 (Sat) 4:00pm"}
    assert [_minute(r.start) for r in _json([both])] == ["2026-01-10T16:00"]


# --- 3. Days of one month with the month and the year after the last -----------------------


def test_days_of_one_month_are_a_run() -> None:
    assert numeric_range("1-29/12/2025", False) == ("2025-12-01", "2025-12-29")
    assert numeric_range("1.-29.12.2025", True) == ("2025-12-01", "2025-12-29")
    # a last day before the first, or a day no month has: no run
    assert numeric_range("29-1/12/2025", False) is None
    assert numeric_range("1-31/11/2025", False) is None
    records = _json([{"title": "Roving Exhibition", "date": "1-29/12/2025"}])
    assert [(r.title, r.start, r.end) for r in records] == [
        ("Roving Exhibition", "2025-12-01", "2025-12-29")
    ]


# --- 4. Several hours after one day: a performance at each ------------------------------------


def test_the_hours_listed_after_one_day() -> None:
    assert listed_hours("17 Jan 2026 (Sat) 3:30pm, 4:30pm") == ["15:30", "16:30"]
    assert listed_hours("16/12/2025(Tue) 14:15, 19:15") == ["14:15", "19:15"]
    assert listed_hours("Sa 14.03.2026, 15 und 19 Uhr") == ["15:00", "19:00"]
    # one hour, a range, a second day or no day: no list of performances
    assert listed_hours("10 Jan 2026 (Sat) 4:00pm") is None
    assert listed_hours("6 Jan 2026 5:00pm-7:00pm") is None
    assert listed_hours("30 Jan 2026 (Fri) 7:30pm ; 31 Jan 2026 (Sat) 2:30pm,7:30pm") is None
    assert listed_hours("Saal 1, 2 & 3") is None


def test_a_show_given_twice_a_day_is_two_performances() -> None:
    # Before: one record at 15:30 — the 16:30 show was lost.
    records = _json([{"title": "Busking Performance", "date": "17 Jan 2026 (Sat) 3:30pm, 4:30pm"}])
    assert [(r.title, _minute(r.start)) for r in records] == [
        ("Busking Performance", "2026-01-17T15:30"),
        ("Busking Performance", "2026-01-17T16:30"),
    ]


# --- 5. Entries the answer keeps under different identifiers -------------------------------


def test_same_named_entries_of_one_day_under_different_ids_are_two_events() -> None:
    # Before: one record — the exhibition shown in two libraries (named only by number) was
    # taken for one entry read twice.
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><events>'
        '<event id="177709"><title>Poetry Exhibition</title><date>2025-12-01</date>'
        "<venueid>73</venueid></event>"
        '<event id="177887"><title>Poetry Exhibition</title><date>2025-12-01</date>'
        "<venueid>106</venueid></event></events>"
    )
    assert [(r.title, r.start) for r in _xml(xml)] == [
        ("Poetry Exhibition", "2025-12-01"),
        ("Poetry Exhibition", "2025-12-01"),
    ]
    # one entry read twice (the same id, or none) stays one event
    same = [{"id": 7, "title": "Fest", "start": "2026-01-01"}] * 2
    assert len(_json(same)) == 1


# --- The real file, one test per cause ------------------------------------------------------


def _hong_kong(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    records = inspect_corpus_page(capsys, HONG_KONG)
    assert len(records) == 21  # before: none
    return records


def test_the_programmes_are_read_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    first = _hong_kong(capsys)[0]
    assert first["title"].startswith("Tai Po Civic Centre Fun Day: The Boys' & Girls' Clubs")


def test_the_programmes_presentation_date_is_their_day(capsys: pytest.CaptureFixture[str]) -> None:
    first = _hong_kong(capsys)[0]
    assert first["start"].startswith("2026-01-10T16:00")  # „10 Jan 2026 (Sat) 4:00pm“


def test_the_exhibitions_run_through_december(capsys: pytest.CaptureFixture[str]) -> None:
    poetry = [r for r in _hong_kong(capsys) if r["title"].startswith("2025 Roving Exhibition")]
    assert [(r["start"], r["end"][:10]) for r in poetry] == [("2025-12-01", "2025-12-29")] * 2


def test_the_busking_shows_are_given_twice(capsys: pytest.CaptureFixture[str]) -> None:
    busking = [r["start"][:16] for r in _hong_kong(capsys) if "Salvation Army" in r["title"]]
    assert busking == [
        "2026-01-17T15:30",
        "2026-01-17T16:30",
        "2026-01-31T15:30",
        "2026-01-31T16:30",
    ]


def test_the_exhibition_in_two_libraries_is_two_entries(capsys: pytest.CaptureFixture[str]) -> None:
    poetry = [r for r in _hong_kong(capsys) if r["title"].startswith("2025 Roving Exhibition")]
    assert len(poetry) == 2  # programmes 177709 and 177887, venues 73 and 106
