"""Held-out structured batch BO: the general causes it showed, minimal calendars and JSON and the real files."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.api_event_times import clock_range
from netdir.extract.deadline_titles import names_a_day_kind
from netdir.extract.glued_teasers import title_before_teaser
from netdir.extract.json_language_objects import with_language_objects
from netdir.extract.notices import is_closure_notice
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _calendar(*events: tuple[str, ...]) -> list[RawRecord]:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN"]
    lines += ["X-WR-TIMEZONE:America/Indiana/Indianapolis"]
    for event in events:
        lines += ["BEGIN:VEVENT", *event, "END:VEVENT"]
    lines += ["END:VCALENDAR", ""]
    page = page_from_text("\r\n".join(lines), "https://example.org/calendar.ics", "text/calendar")
    page.fetched_at = datetime.fromisoformat("2026-07-11T08:00:00+00:00")
    return extract_page(page).records


def _json(value: object, today: str = "2025-06-19T08:00:00+00:00") -> list[RawRecord]:
    page = page_from_text(json.dumps(value), "https://example.org/events.json", "application/json")
    page.fetched_at = datetime.fromisoformat(today)
    return extract_page(page).records


# --- a brand name in camel case is no title glued to a teaser -----------------------------


def test_a_mark_inside_the_title_that_more_words_follow_ends_no_teaser() -> None:
    # Before: „Urbanist Power“ — „Point Party! Jan 2026“ read as a teaser glued to the name.
    assert title_before_teaser("Urbanist PowerPoint Party! Jan 2026") is None
    assert title_before_teaser("Intro to JavaScript Night! Bring a Laptop") is None


def test_a_glued_teaser_of_sentences_is_still_cut() -> None:
    assert title_before_teaser("FriedensgebetHier ist Zeit und Raum. Wir beten.") == "Friedensgebet"
    assert title_before_teaser("KonzertHerzliche Einladung an alle Freunde!") == "Konzert"
    # a remark in brackets after the teaser's last sentence is the teaser's
    summary = "FriedensgebetHier ist Zeit. Wir beten. (bis es hilft jeden Mittwoch 18:00 Uhr)"
    assert title_before_teaser(summary) == "Friedensgebet"


def test_a_calendars_summary_keeps_its_brand_name() -> None:
    records = _calendar(
        ("UID:a", "SUMMARY:Urbanist PowerPoint Party! Jan 2026", "DTSTART:20260115T230000Z")
    )
    assert [r.title for r in records] == ["Urbanist PowerPoint Party! Jan 2026"]


# --- „<day> – Plant Closed“ and days of payments or changes taking effect --------------------


@pytest.mark.parametrize(
    "title",
    [
        "MLK Jr. Day – Plant Closed",
        "Independence Day (Observed) – Plant Closed",
        "Good Friday - Office Closed",
        "Thanksgiving Holiday — Offices Closed",
    ],
)
def test_a_day_and_a_closed_place_after_a_dash_is_a_closure(title: str) -> None:
    assert is_closure_notice(title)


@pytest.mark.parametrize(
    "title",
    [
        "Workshop – Registration Closed",
        "Closed Meeting – Board",
        "Executive Board Meeting",
        "Yoga – Closed Session for Members",
    ],
)
def test_an_event_with_closed_in_its_name_stays(title: str) -> None:
    assert not is_closure_notice(title)


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Presence at Work Award – Payment Date", True),
        ("3% General Wage Increase Effective", True),
        ("Scholarship Application Deadline", True),
        ("New Bylaws Take Effect", True),
        ("Effective Communication Workshop", False),
        ("Deadline Dash 5K", False),
    ],
)
def test_a_name_ending_in_the_kind_of_day_it_dates(title: str, names: bool) -> None:
    assert names_a_day_kind(title) is names


def test_a_unions_holidays_and_pay_days_are_no_records() -> None:
    records = _calendar(
        ("UID:a", "SUMMARY:MLK Jr. Day – Plant Closed", "DTSTART;VALUE=DATE:20260119"),
        ("UID:b", "SUMMARY:Presence at Work Award – Payment Date", "DTSTART;VALUE=DATE:20261204"),
        ("UID:c", "SUMMARY:3% General Wage Increase Effective", "DTSTART;VALUE=DATE:20260907"),
        ("UID:d", "SUMMARY:Executive Board Meeting", "DTSTART:20260806T203000Z"),
    )
    assert [r.title for r in records] == ["Executive Board Meeting"]


# --- an event object with its texts in one object per language -----------------------------


def test_the_first_language_object_is_read_into_the_event() -> None:
    node = {"startDate": "2025-07-12", "fr": {"title": "Tournoi"}, "en": {"title": "Tournament"}}
    assert with_language_objects(node, ("title",))["title"] == "Tournoi"
    # German where the object has it; the event's own keys win
    node = {"title": "Own", "en": {"title": "Party"}, "de": {"title": "Fest"}}
    assert with_language_objects(node, ("title",))["title"] == "Own"
    assert (
        with_language_objects({"en": {"title": "Party"}, "de": {"title": "Fest"}}, ("title",))[
            "title"
        ]
        == "Fest"
    )
    # an identifier object or a text object is none
    assert with_language_objects({"id": {"title": "x"}}, ("title",)) == {"id": {"title": "x"}}


def test_french_clocks_are_read() -> None:
    assert clock_range("13h00 - 19h00") == ("13:00", "19:00")
    assert clock_range("19h30") == ("19:30", None)
    assert clock_range("2h") is None


def test_a_bilingual_events_file_gives_its_events() -> None:
    # Before: no record at all — the names sat under „fr“ and „en“.
    records = _json(
        [
            {
                "startDate": "2025-07-12",
                "endDate": "2025-07-12",
                "time": "13h00 - 19h00",
                "location": {"name": "Parc Jean-Drapeau", "city": "Montréal"},
                "fr": {"title": "Tournoi estival de Montréal 2025", "description": "Tournoi."},
                "en": {"title": "Montreal Summer Tournament 2025", "description": "Tournament."},
            },
            {
                "startDate": None,
                "time": "19h30 - 20h30",
                "rrule": "FREQ=WEEKLY;BYDAY=TU",
                "firstEventStartDate": "2024-09-03",
                "location": {"name": "Piscine Joseph-Charbonneau", "city": "Montréal"},
                "fr": {"title": "Entraînement pour débutants"},
                "en": {"title": "Newbie training"},
            },
        ]
    )
    got = {(r.title, (r.start or "")[:16], (r.end or "")[:16]) for r in records}
    assert got == {
        ("Tournoi estival de Montréal 2025", "2025-07-12T13:00", "2025-07-12T19:00"),
        # the weekly series at its next Tuesday on or after the day the file was read
        ("Entraînement pour débutants", "2025-06-24T19:30", "2025-06-24T20:30"),
    }


def test_a_series_whose_rule_ended_gives_nothing() -> None:
    records = _json(
        [
            {
                "title": "Old course",
                "rrule": "FREQ=WEEKLY;BYDAY=TU;UNTIL=20240101T000000Z",
                "firstEventStartDate": "2023-09-05",
            }
        ]
    )
    assert records == []


# --- the real files ---------------------------------------------------------------------


def test_uaw_local_1166_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 15 of 15 with 30 records — plant closures, a wage increase and a payment date.
    rows = inspect_corpus_page(capsys, "ical-uaw-local-1166-kokomo-calendar-2026-07")
    titles = [row["title"] for row in rows]
    assert len(rows) == 15
    assert not any("Plant Closed" in title or "Payment" in title for title in titles)
    assert {"Retiree Meeting", "General Membership Meeting"} <= set(titles)


def test_5th_square_advocacy_feed(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, "ical-neon-5th-square-advocacy-events-2026-07")
    starts = {row["title"]: row["start"][:16] for row in rows}
    assert starts["Urbanist PowerPoint Party! Jan 2026"] == "2026-01-15T18:00"
    assert len(rows) == 17


def test_camo_montreal_events_json(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 0 of 3.
    rows = inspect_corpus_page(capsys, "json-camosub-montreal-events-2025-07")
    got = {row["title"]: (row["start"] or "")[:16] for row in rows}
    assert got == {
        "Championnats Canadiens de Hockey Subaquatique 2025": "2025-06-13",
        "Entraînement pour Débutants : Joignez-vous à Nous !": "2025-06-24T19:30",
        "Tournoi estival de Montréal 2025": "2025-07-12T13:00",
    }
    places = {row["title"]: row["location"] for row in rows}
    assert places["Tournoi estival de Montréal 2025"].startswith("Parc Jean-Drapeau")


# --- a titled event's screenings list that restates its first showing --------------------


def test_each_screening_of_a_film_is_read_with_the_films_name() -> None:
    # Before: the film once, and each screening a record named by its venue code („AFS“).
    records = _json(
        {
            "count": 1,
            "data": [
                {
                    "title": "SEEDS",
                    "venue": "AFS",
                    "date": "2026-08-22",
                    "time": "16:15",
                    "screenings": [
                        {"date": "2026-08-22", "time": "16:15", "venue": "AFS"},
                        {"date": "2026-08-26", "time": "18:00", "venue": "AFS"},
                    ],
                }
            ],
        },
        today="2026-08-22T08:00:00+00:00",
    )
    assert sorted((r.title, (r.start or "")[:16]) for r in records) == [
        ("SEEDS", "2026-08-22T16:15"),
        ("SEEDS", "2026-08-26T18:00"),
    ]


def test_a_list_of_other_days_than_the_objects_own_is_not_its_showings() -> None:
    # An event dated itself whose list holds other days (a series' earlier editions) keeps its
    # own day alone: the list is not a restatement of its showings.
    records = _json(
        [
            {
                "title": "Festival 2026",
                "date": "2026-09-01",
                "dates": [{"date": "2025-09-01"}, {"date": "2024-09-01"}],
            }
        ],
        today="2026-08-22T08:00:00+00:00",
    )
    assert [(r.title, (r.start or "")[:10]) for r in records] == [("Festival 2026", "2026-09-01")]


def test_culture_calendar_api_events(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 15 of 22 with 37 records — 22 screenings named by their venue code.
    rows = inspect_corpus_page(capsys, "json-culture-calendar-austin-api-events-2026-08")
    starts = {(row["title"], row["start"][:16]) for row in rows}
    assert ("MY SASSY GIRL", "2026-08-24T20:00") in starts
    assert ("Brahms and the Nordic Masterpiece", "2026-09-13T14:00") in starts
    assert not any(row["title"] in ("AFS", "Paramount", "Symphony") for row in rows)
    assert len(rows) == 22
