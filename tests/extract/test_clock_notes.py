"""A clock kept apart from the day with a lead word, a remark or a length; a range past midnight."""

from __future__ import annotations

import json
from datetime import timedelta

from netdir.extract import extract_page
from netdir.extract.api_event_times import clock_range
from netdir.extract.clock_notes import (
    clock_after,
    clock_and_length,
    end_on_day,
    labelled_clock_text,
)
from tests.extract.conftest import page_from_text


def test_lead_words_remarks_and_lengths_come_off() -> None:
    assert clock_and_length("ab 19:00 Uhr") == ("19:00 Uhr", None)
    assert clock_and_length("19:30–23:30 Uhr (evtl. länger)") == ("19:30–23:30 Uhr", None)
    assert clock_and_length("20:30 Uhr, 3 Std.") == ("20:30 Uhr", timedelta(hours=3))
    assert clock_and_length("Beginn: 18 Uhr, 2,5 Stunden") == (
        "18 Uhr",
        timedelta(hours=2, minutes=30),
    )
    assert clock_and_length("7 pm (doors 6:30)") == ("7 pm", None)
    assert clock_and_length("19:00") is None  # nothing to take off
    assert clock_and_length("abends") is None


def test_a_clock_with_its_notes_is_read() -> None:
    assert clock_range("ab 19:00 Uhr") == ("19:00", None)
    assert clock_range("19:30–23:30 Uhr (evtl. länger)") == ("19:30", "23:30")
    assert clock_range("20:30 Uhr, 3 Std.") == ("20:30", "23:30")
    assert clock_range("from 7 pm") == ("19:00", None)
    assert clock_range("22:00 Uhr, 4 Std.") == ("22:00", "02:00")
    # Still no clock: words alone, a clock among other words, an hour out of range.
    assert clock_range("nachmittags") is None
    assert clock_range("ab 19:00 Uhr Einlass, danach Konzert") is None
    assert clock_range("ab 25:00 Uhr") is None
    assert clock_range("20:30 Uhr, 30 Std.") is None  # a length past a day: not read as one


def test_a_clock_after_a_length() -> None:
    assert clock_after("20:30", timedelta(hours=3)) == "23:30"
    assert clock_after("23:00", timedelta(hours=2, minutes=30)) == "01:30"


def test_a_range_past_midnight_ends_the_next_morning() -> None:
    assert end_on_day("2026-07-06", "19:30", "00:30") == "2026-07-07T00:30"
    assert end_on_day("2026-12-31", "22:00", "04:00") == "2027-01-01T04:00"
    assert end_on_day("2026-07-06", "19:30", "23:30") == "2026-07-06T23:30"
    # A morning start's earlier end is no night's; an end at the start is none.
    assert end_on_day("2026-07-06", "10:00", "02:00") is None
    assert end_on_day("2026-07-06", "19:30", "19:30") is None


def test_a_bands_dates_with_the_hour_as_free_text() -> None:
    dates = [
        {"datum": "2026-07-06", "titel": "Weinfest Senheim", "zeit": "19:30–00:30 Uhr"},
        {"datum": "2026-07-18", "titel": "Salm", "zeit": "20:30 Uhr, 3 Std."},
        {"datum": "2025-05-31", "titel": "Schützenfest Zermüllen", "zeit": "abends"},
    ]
    page = page_from_text(json.dumps(dates), "https://example.org/data/termine.json")
    records = extract_page(page).records
    assert [(r.title, r.start, r.end, r.all_day) for r in records] == [
        ("Weinfest Senheim", "2026-07-06T19:30", "2026-07-07T00:30", None),
        ("Salm", "2026-07-18T20:30", "2026-07-18T23:30", None),
        ("Schützenfest Zermüllen", "2025-05-31", None, True),
    ]


def test_a_range_until_24_00_ends_at_the_next_midnight() -> None:
    # Structured batch AY: an inn's "Kohlfahrt", "18:00 bis 24:00 Uhr" (before: the whole page
    # failed, "hour must be in 0..23").
    assert end_on_day("2017-01-21", "18:00", "24:00") == "2017-01-22T00:00"


def test_the_start_label_names_the_clock_not_the_doors() -> None:
    # Structured batch BA: a students' event JSON's "zeit" texts. Before: no clock at all.
    assert labelled_clock_text("Einlass: 14:00 Uhr Beginn: 15:00 Uhr") == "15:00 Uhr"
    assert labelled_clock_text("Ganztägig Start: 08:00 Uhr") == "08:00 Uhr"
    assert labelled_clock_text("Einlass: ab 09:00 ") == "09:00"
    assert labelled_clock_text("Ganztägig") is None
    assert labelled_clock_text("20:00 Uhr") is None
    assert clock_range("Einlass: 19:00 / Beginn: 20:00") == ("20:00", None)
    assert clock_range("Ganztägig Start: 08:00 Uhr") == ("08:00", None)
    assert clock_range("Einlass: ab 09:00 ") == ("09:00", None)
    assert clock_range("Beginn: 15:00 Uhr Ende: 17:00 Uhr") is None  # not read as a guess
