"""ical_repair: a calendar-level property with an unreadable value is dropped, nothing else."""

from __future__ import annotations

import icalendar

from netdir.extract.ical_repair import without_unreadable_calendar_properties

BODY = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "X-WR-CALNAME:Vereinstermine\r\n"
    "REFRESH-INTERVAL;VALUE=DURATION:P1H\r\n"
    "BEGIN:VEVENT\r\n"
    "UID:1@example\r\n"
    "DTSTART:20260706T170000Z\r\n"
    "DURATION:PT1H\r\n"
    "SUMMARY:Stammtisch mit einer sehr langen Zeile\r\n"
    "  die gefaltet ist\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_an_unreadable_calendar_property_is_dropped_and_the_events_stay() -> None:
    repaired = without_unreadable_calendar_properties(BODY)
    assert repaired is not None
    assert "REFRESH-INTERVAL" not in repaired
    calendar = icalendar.Calendar.from_ical(repaired)
    assert str(calendar["X-WR-CALNAME"]) == "Vereinstermine"
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Stammtisch mit einer sehr langen Zeile die gefaltet ist"
    assert event["DURATION"].dt.total_seconds() == 3600


def test_a_readable_body_and_a_broken_event_value_are_left_alone() -> None:
    readable = BODY.replace("P1H", "PT1H")
    assert without_unreadable_calendar_properties(readable) is None
    # a broken value inside an event is the library's to tolerate, not this module's to drop
    broken_event = readable.replace("\r\nDURATION:PT1H", "\r\nDURATION:P1H")
    assert without_unreadable_calendar_properties(broken_event) is None
