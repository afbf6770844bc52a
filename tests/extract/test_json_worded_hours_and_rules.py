"""An answer about events: hours written as German text, a weekly entry's rule, a session named
by its topic, a called-off flag (structured batch BF)."""

from __future__ import annotations

import json
from datetime import date, datetime

from netdir.extract import extract_page
from netdir.extract.json_clock_text import worded_clocks
from netdir.extract.json_rule_days import rule_day
from netdir.extract.json_untitled import name_by_topic
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text


def _records(answer: object, today: str) -> list[RawRecord]:
    page = page_from_text(json.dumps(answer), "https://example.org/events.json", "application/json")
    page.fetched_at = datetime.fromisoformat(f"{today}T08:00:00+00:00")
    return extract_page(page).records


def test_hours_written_as_text_are_read_on_the_day_they_belong_to() -> None:
    day = "2015-05-19"
    assert worded_clocks({"uhrzeit": "17 Uhr"}, day) == ("17:00", None, "uhrzeit")
    assert worded_clocks({"uhrzeit": "10 bis 12 Uhr"}, day) == ("10:00", "12:00", "uhrzeit")
    tuesday = {"uhrzeit": "Dienstag, 18 bis 21 Uhr<br /> "}
    assert worded_clocks(tuesday, day) == ("18:00", "21:00", "uhrzeit")
    every = {"uhrzeit": "ab 16 Uhr alle 20 Minuten bis 18:40 Uhr"}
    assert worded_clocks(every, "2015-05-20") == ("16:00", None, "uhrzeit")
    # One line per day: the first line's clock, and no end (it is not the last day's).
    lines = {"uhrzeit": "Freitag, 22. Mai, 15 bis 19 Uhr<br /> Samstag, 23. Mai, 10 bis 18 Uhr"}
    assert worded_clocks(lines, "2015-05-22") == ("15:00", None, "uhrzeit")
    assert worded_clocks({"uhrzeit": "Termine nach Vereinbarung"}, day) is None
    assert worded_clocks({"uhrzeit": ""}, day) is None


def test_a_city_answer_with_begin_and_end_days_and_hours_as_text() -> None:
    answer = {
        "success": True,
        "items": [
            {
                "beginndatum": "2015-05-19",
                "endedatum": "2015-05-19",
                "title": "Parkstadt-Süd debattieren",
                "uhrzeit": "Dienstag, 18 bis 21 Uhr<br /> ",
                "veranstaltungsort": "Humboldt-Gymnasium",
                "ort": "Köln",
            },
            {
                "beginndatum": "2015-05-17",
                "endedatum": "2015-05-19",
                "title": "Sinfoniekonzert 10",
                "uhrzeit": "Sonntag, 11 Uhr<br /> Montag und Dienstag, 20 Uhr",
                "veranstaltungsort": "Kölner Philharmonie",
                "ort": "Köln",
            },
        ],
    }
    records = _records(answer, "2015-05-19")
    assert [(r.title, r.start, r.end, r.location_text) for r in records] == [
        ("Parkstadt-Süd debattieren", "2015-05-19T18:00", "2015-05-19T21:00", "Humboldt-Gymnasium"),
        ("Sinfoniekonzert 10", "2015-05-17T11:00", "2015-05-19", "Kölner Philharmonie"),
    ]
    assert records[0].field_sources["start"] == "embedded_json:beginndatum+uhrzeit"


def test_a_weekly_entry_is_one_offering_at_its_next_meeting_with_its_rule() -> None:
    course = {
        "recurring": True,
        "validFrom": "2025-01-07",
        "validUntil": None,
        "date": "Jeden Mittwoch",
        "time": "17:00 - 18:00 Uhr",
        "location": "Online",
        "topic": "12-Wochen-Kurs Python",
    }
    found = rule_day(course, ("date",), date(2026, 3, 5))
    assert found is not None
    assert (found.start, found.end, found.recurrence) == (
        "2026-03-11T17:00",
        "2026-03-11T18:00",
        "FREQ=WEEKLY;BYDAY=WE",
    )
    # Not before it is valid; nothing once its validity ended.
    later = rule_day({**course, "validFrom": "2026-04-01"}, ("date",), date(2026, 3, 5))
    assert later is not None and later.start == "2026-04-01T17:00"
    assert rule_day({**course, "validUntil": "2026-01-31"}, ("date",), date(2026, 3, 5)) is None
    assert rule_day({**course, "date": "Dienstag, 14.10.25"}, ("date",), date(2026, 3, 5)) is None
    records = _records([course], "2026-03-04")
    assert [(r.title, r.start, r.recurrence) for r in records] == [
        ("12-Wochen-Kurs Python", "2026-03-04T17:00", "FREQ=WEEKLY;BYDAY=WE")
    ]


def test_a_session_without_title_is_named_by_its_topic_and_a_flag_calls_it_off() -> None:
    session = {
        "date": "Dienstag, 14.10.25",
        "time": "17:30 - 18:30 Uhr",
        "location": "Übergangshaus, Königstraße 54, 23564 Lübeck",
        "topic": "Listen - Grundlegende Operationen",
        "cancelled": True,
    }
    assert name_by_topic(session) == ("Listen - Grundlegende Operationen", "topic")
    assert name_by_topic({"topic": {"id": 3}}) is None
    records = _records([session, {**session, "date": "Dienstag, 04.11.25", "cancelled": False}], "2025-10-01")  # fmt: skip
    assert [(r.title, r.start, r.location_text) for r in records] == [
        ("Listen - Grundlegende Operationen", "2025-10-14T17:30", session["location"]),
        ("Listen - Grundlegende Operationen", "2025-11-04T17:30", session["location"]),
    ]
    assert [r.status_text for r in records] == ["cancelled", None]
