"""Calendars pasted into one iCalendar body are read as one calendar (``ical_joined``)."""

from __future__ import annotations

import icalendar

from netdir.extract.ical_joined import one_calendar


def _event(uid: str, day: str, summary: str) -> str:
    return f"BEGIN:VEVENT\nUID:{uid}\nDTSTART:{day}T100000\nSUMMARY:{summary}\nEND:VEVENT\n"


def _summaries(body: str | None) -> list[str]:
    assert body is not None
    calendar = icalendar.Calendar.from_ical(body)
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def test_a_calendar_pasted_inside_an_unclosed_one_gives_the_events_of_both() -> None:
    body = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//a//DE\n\n"
        + _event("1", "20260104", "Kids Church")
        + "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//b//DE\n\n"
        + _event("2", "20260105", "Pray First")
        + "\nEND:VCALENDAR\n"
    )
    assert _summaries(one_calendar(body)) == ["Kids Church", "Pray First"]


def test_two_complete_calendars_in_one_file_are_read_as_one_under_the_first_header() -> None:
    first = "BEGIN:VCALENDAR\nPRODID:-//a//DE\nX-WR-CALNAME:Erster\n" + _event("1", "20260301", "A")
    second = "BEGIN:VCALENDAR\nPRODID:-//b//DE\nX-WR-CALNAME:Zweiter\n" + _event(
        "2", "20260302", "B"
    )
    body = one_calendar(first + "END:VCALENDAR\n" + second + "END:VCALENDAR\n")
    assert _summaries(body) == ["A", "B"]
    assert body is not None and "Erster" in body and "Zweiter" not in body


def test_one_closed_calendar_needs_no_joining() -> None:
    body = "BEGIN:VCALENDAR\nPRODID:-//a//DE\n" + _event("1", "20260301", "A") + "END:VCALENDAR\n"
    assert one_calendar(body) is None
    assert one_calendar("no calendar here") is None


def test_a_calendar_the_file_never_closes_is_closed() -> None:
    body = "BEGIN:VCALENDAR\nPRODID:-//a//DE\n" + _event("1", "20260301", "A")
    assert _summaries(one_calendar(body)) == ["A"]


def test_an_event_left_open_where_the_next_calendar_begins_is_closed() -> None:
    body = (
        "BEGIN:VCALENDAR\nPRODID:-//a//DE\nBEGIN:VEVENT\nUID:1\nDTSTART:20260301T100000\n"
        "SUMMARY:A\nBEGIN:VCALENDAR\nPRODID:-//b//DE\n"
        + _event("2", "20260302", "B")
        + "END:VCALENDAR\n"
    )
    assert _summaries(one_calendar(body)) == ["A", "B"]


def test_a_time_zone_both_calendars_define_is_kept_once() -> None:
    zone = (
        "BEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:STANDARD\nDTSTART:19701025T030000\n"
        "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\n"
    )
    one = "BEGIN:VCALENDAR\nPRODID:-//a//DE\n" + zone + _event("1", "20260301", "A")
    two = "BEGIN:VCALENDAR\nPRODID:-//b//DE\n" + zone + _event("2", "20260302", "B")
    body = one_calendar(one + "END:VCALENDAR\n" + two + "END:VCALENDAR\n")
    assert body is not None and body.count("BEGIN:VTIMEZONE") == 1
    assert _summaries(body) == ["A", "B"]
