"""Held-out structured batch BI: the general cause it showed, a minimal calendar and the real file."""

from __future__ import annotations

from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_EVENT = "\r\n".join(
    (
        "BEGIN:VEVENT",
        "UID:{uid}",
        "DTSTART:20260813T133000Z",
        "DTEND:20260813T183000Z",
        "SUMMARY:{title}",
        "{place}",
        "END:VEVENT",
    )
)


def _records(*events: str) -> list[RawRecord]:
    text = "\r\n".join(
        (
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//tockify.com/1",
            "X-WR-TIMEZONE:America/Toronto",
            *events,
            "END:VCALENDAR",
            "",
        )
    )
    page = page_from_text(text, "https://example.org/calendar.ics", "text/calendar")
    page.fetched_at = datetime.fromisoformat("2026-08-22T08:00:00+00:00")
    return extract_page(page).records


def test_an_event_posted_twice_one_copy_without_its_place_is_one_event() -> None:
    records = _records(
        _EVENT.format(uid="a", title="Cemetery Tour", place="X-TKF-NOTE:none"),
        _EVENT.format(uid="b", title="Cemetery Tour", place="LOCATION:80 Antibes Drive"),
    )
    assert [(r.title, r.location_text) for r in records] == [("Cemetery Tour", "80 Antibes Drive")]


def test_copies_at_two_places_or_of_two_names_stay_two_events() -> None:
    rooms = _records(
        _EVENT.format(uid="a", title="Workshop", place="LOCATION:Room 1"),
        _EVENT.format(uid="b", title="Workshop", place="LOCATION:Room 2"),
    )
    assert sorted(r.location_text or "" for r in rooms) == ["Room 1", "Room 2"]
    named = _records(
        _EVENT.format(uid="a", title="Workshop", place="X-TKF-NOTE:none"),
        _EVENT.format(uid="b", title="Networking", place="LOCATION:Room 2"),
    )
    assert len(named) == 2


def test_councillor_myers_tockify_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    # Tockify's export of a Toronto councillor's calendar (August 2026). Before: the cemetery
    # tour posted twice came as two records, the one without LOCATION matching the item (20/21).
    rows = inspect_corpus_page(capsys, "ical-tockify-jamaalmyers-events-2026-08")
    assert len(rows) == 20
    tours = [row for row in rows if "Cemetery Tour" in row["title"]]
    assert len(tours) == 1
    assert tours[0]["location"] == "unit 104, 80 Antibes Drive"
    assert tours[0]["start"].startswith("2026-08-13T09:30")
