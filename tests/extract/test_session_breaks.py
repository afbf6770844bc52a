"""A programme's breaks among script data: dropped only between sessions or as short slots."""

from __future__ import annotations

from netdir.extract.session_breaks import without_breaks
from netdir.records import RawRecord
from tests.extract.raw_records import raw_record


def _record(title: str, start: str, end: str | None = None) -> RawRecord:
    return raw_record(title, extractor="t", start=start, end=end)


def test_a_camps_lunch_between_sessions_and_a_half_hour_breakfast_are_gaps() -> None:
    day = [
        _record("Group time", "2015-07-07T12:00+02:00", "2015-07-07T13:00+02:00"),
        _record("Lunch", "2015-07-07T13:00+02:00", "2015-07-07T13:30+02:00"),
        _record("Bookstore", "2015-07-07T13:30+02:00"),
        _record("Devotion", "2015-07-08T08:30+02:00", "2015-07-08T09:00+02:00"),
        _record("Breakfast", "2015-07-08T09:00+02:00", "2015-07-08T09:30+02:00"),
    ]
    kept = without_breaks(day, between_sessions=True)
    assert [r.title for r in kept] == ["Group time", "Bookstore", "Devotion"]


def test_a_congregations_two_hour_sunday_lunch_after_the_service_stays() -> None:
    # Structured batch AZ: „Mittagessen“ 12:00–14:00 after the service, nothing after it.
    day = [
        _record("Gottesdienst", "2026-05-31T10:00+02:00", "2026-05-31T11:30+02:00"),
        _record("Mittagessen", "2026-05-31T12:00+02:00", "2026-05-31T14:00+02:00"),
    ]
    assert [r.title for r in without_breaks(day, between_sessions=True)] == [
        "Gottesdienst",
        "Mittagessen",
    ]
    # A listing's timetable row is a break wherever it stands.
    assert [r.title for r in without_breaks(day, between_sessions=False)] == ["Gottesdienst"]
