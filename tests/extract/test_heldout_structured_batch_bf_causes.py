"""Held-out structured batch BF: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_citys_open_data_events_with_begin_end_days_and_hours_as_german_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The City of Cologne's events API answer (May 2015): "beginndatum"/"endedatum", the hours
    # only as text in "uhrzeit" („17 Uhr“, „10 bis 12 Uhr“, „Dienstag, 18 bis 21 Uhr<br />“),
    # the venue in "veranstaltungsort" beside the town in "ort". Before: no record of 20 events.
    rows = inspect_corpus_page(capsys, "json-stadtkoeln-veranstaltungen-2015-05")
    assert len(rows) == 20
    found = {(row["title"], row["start"][:16]) for row in rows}
    assert (
        "Was die Zukunft bringt - Experte führt durch das Waldlabor",
        "2015-05-19T17:00",
    ) in found
    assert ("Parkstadt-Süd debattieren", "2015-05-19T18:00") in found
    assert ("Zentralbibliothek: Führerschein 3D-Druck", "2015-05-21T15:00") in found
    assert ("Die Stadt der Schildkröten", "2015-05-20T16:00") in found
    places = {row["title"]: row["location"] for row in rows}
    assert places["Sinfoniekonzert 10"] == "Kölner Philharmonie"


def test_a_course_sites_dates_named_by_topic_with_a_weekly_course(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Ü-Hacker course dates (Lübeck, March 2026): sessions without a title, named on the
    # page by their "topic" (the venue is in "location"), two flagged "cancelled", and a weekly
    # course „"date": "Jeden Mittwoch"“ valid from January 2025. Before: 9 records named by their
    # venue, none by its topic, and no record of the weekly course (0 of 10).
    rows = inspect_corpus_page(capsys, "json-uehacker-luebeck-termine-2026-03")
    assert len(rows) == 10
    assert rows[0]["title"] == "Listen - Grundlegende Operationen"
    assert rows[0]["start"][:16] == "2025-10-14T17:30"
    assert rows[0]["status"] == "cancelled"
    weekly = rows[-1]
    assert (weekly["title"], weekly["start"][:16]) == ("12-Wochen-Kurs Python", "2026-03-04T17:00")
    assert weekly["recurrence"] == "FREQ=WEEKLY;BYDAY=WE"
