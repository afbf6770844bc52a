"""Held-out structured batch BN: the general causes it showed, minimal calendars and feeds and the real files."""

from __future__ import annotations

from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.feed_labelled_dates import labelled_event_days, posting_stamp, summary_lines
from netdir.extract.notices import is_closure_notice
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _calendar(*events: tuple[str, ...]) -> list[RawRecord]:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN"]
    for event in events:
        lines += ["BEGIN:VEVENT", *event, "END:VEVENT"]
    lines += ["END:VCALENDAR", ""]
    page = page_from_text("\r\n".join(lines), "https://example.org/calendar.ics", "text/calendar")
    page.fetched_at = datetime.fromisoformat("2026-04-02T08:00:00+00:00")
    return extract_page(page).records


def _day(uid: str, title: str, start: str, end: str | None = None) -> tuple[str, ...]:
    fields = [f"UID:{uid}", f"SUMMARY:{title}", f"DTSTART:{start}"]
    if end is not None:
        fields.append(f"DTEND:{end}")
    fields.append("LOCATION:Spearfish Senior Center\\, 1306 N 10th St\\, Spearfish\\, SD")
    return tuple(fields)


# --- days a calendar's writer stamped as midnight UTC ----------------------------------------


def test_days_stamped_at_midnight_utc_are_days() -> None:
    # Before: „2026-03-18T19:00:00-05:00“ — the evening before, at the clock of the places' state.
    records = _calendar(
        _day("a", "Spring Rummage Sale", "20260319T000000Z"),
        _day("b", "Choir Tour", "20260408T000000Z", "20260408T000000Z"),
        _day("c", "Research Symposium", "20260401T000000Z", "20260402T000000Z"),
    )
    assert [(r.title, r.start, r.end, r.all_day) for r in records] == [
        ("Spring Rummage Sale", "2026-03-19", None, True),
        ("Choir Tour", "2026-04-08", None, True),
        # the writer's DTEND is the last day itself („April 1st through April 2nd“)
        ("Research Symposium", "2026-04-01", "2026-04-02", True),
    ]


def test_an_evening_stamped_at_midnight_utc_with_its_end_stays_a_time() -> None:
    # A church's 19:00 service in Toronto: „DTSTART:…T000000Z“ with „DTEND:…T013000Z“.
    records = _calendar(
        _day("a", "Sale", "20260319T000000Z"),
        _day("b", "Tour", "20260408T000000Z"),
        _day("c", "Evening Worship", "20260410T000000Z", "20260410T013000Z"),
        _day("d", "Talk", "20260412T000000Z"),
    )
    worship = next(r for r in records if r.title == "Evening Worship")
    assert worship.all_day is False
    assert worship.start is not None and "T" in worship.start


def test_one_or_two_midnight_stamps_are_no_habit_of_the_calendar() -> None:
    records = _calendar(
        _day("a", "Late Concert", "20260319T000000Z"),
        _day("b", "Quiz", "20260320T183000Z", "20260320T203000Z"),
    )
    concert = next(r for r in records if r.title == "Late Concert")
    assert concert.all_day is False


# --- the hour a one-day entry gives only at the end of its title -----------------------------


def test_a_title_s_closing_hour_is_the_day_s_clock() -> None:
    records = _calendar(
        _day("a", "Chapel", "20260402T000000Z"),
        _day("b", "End of Year Program 6 PM", "20260521T000000Z"),
        _day("c", "Graduation Program 6:30 p.m.", "20260522T000000Z"),
        _day("d", "Grandparent's Day\\; Early Release 1 PM", "20260424T000000Z"),
    )
    assert [(r.title, r.date_text) for r in records] == [
        ("Chapel", None),
        ("End of Year Program", "21.05.2026, 6 PM"),
        ("Graduation Program", "22.05.2026, 6:30 p.m."),
        # the hour belongs to the last of the joined notes, not to the day's event
        ("Grandparent's Day; Early Release 1 PM", None),
    ]


def test_a_number_that_is_no_hour_stays_in_the_title() -> None:
    records = _calendar(
        _day("a", "Level 2", "20260402T000000Z"),
        _day("b", "Room 12", "20260403T000000Z"),
        _day("c", "Sale", "20260404T000000Z"),
    )
    assert [r.title for r in records] == ["Level 2", "Room 12", "Sale"]
    assert all(r.date_text is None for r in records)


# --- a feed item's labelled event day and hours, and its posting stamp ------------------------

_SUMMARY = (
    "<strong>Date:</strong> Wed, 11 Mar 2026 12:37:05 -0600<br><strong>Event date:</strong> "
    "April 4, 2026 <br /><strong>Event Time: </strong>10:00 AM - 10:30 AM<br /><strong>Location:"
    "</strong> <br />115 S Canyon St<br />Spearfish, SD 57783"
)


def test_labelled_event_lines_give_the_day_and_hours() -> None:
    lines = summary_lines(_SUMMARY)
    assert lines[:3] == [
        "Date: Wed, 11 Mar 2026 12:37:05 -0600",
        "Event date: April 4, 2026",
        "Event Time: 10:00 AM - 10:30 AM",
    ]
    assert labelled_event_days(lines) == "April 4, 2026, 10:00 AM - 10:30 AM"
    stamp = posting_stamp(lines)
    assert stamp is not None and stamp.isoformat() == "2026-03-11T12:37:05-06:00"


def test_whole_day_hours_leave_the_run_of_days() -> None:
    lines = summary_lines(
        "<b>Event dates:</b> April 9, 2026 - April 12, 2026 <br /><b>Event Time: </b>12:00 AM - 11:59 PM"
    )
    assert labelled_event_days(lines) == "April 9, 2026 - April 12, 2026"


def test_a_date_line_without_an_event_label_is_no_event_day() -> None:
    # „Date: Saturday, 4 April, 10 am“ written by hand is the event's; it is no mail stamp.
    lines = summary_lines("<p>Date: Saturday, 4 April 2026, 10 am</p><p>Place: Park</p>")
    assert labelled_event_days(lines) is None
    assert posting_stamp(lines) is None


def _feed_records(summary: str) -> list[RawRecord]:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Events</title>'
        "<link>https://example.org/</link><description>Events</description>"
        "<item><title>Community Egg Hunt</title><link>https://example.org/e/1</link>"
        f"<description>{summary.replace('<', '&lt;').replace('>', '&gt;')}</description></item>"
        "</channel></rss>"
    )
    page = page_from_text(body, "https://example.org/feed.xml", "application/rss+xml")
    page.fetched_at = datetime.fromisoformat("2026-04-02T08:00:00+00:00")
    return extract_page(page).records


def test_a_feed_item_is_dated_by_its_event_lines_not_by_its_posting_stamp() -> None:
    # Before: the egg hunt of 4 April on 11 March (the „Date:“ the city posted it).
    (record,) = _feed_records(_SUMMARY)
    assert record.date_text == "April 4, 2026, 10:00 AM - 10:30 AM"
    assert record.published == "2026-03-11T12:37:05-06:00"


# --- a place's closure named after the place ---------------------------------------------------


@pytest.mark.parametrize(
    ("title", "closed"),
    [
        ("Library CLOSED For Easter", True),
        ("Pool closed for maintenance", True),
        ("The library will be closed on Monday", True),
        ("Closed for Memorial Day", True),
        ("Remembrance Day - CLOSED", False),
        ("Closed Session", False),
        ("Road Closures for Parade", False),
        ("Closing Reception for the exhibit", False),
        ("City Council Meeting", False),
    ],
)
def test_a_closure_named_after_its_place_is_a_notice(title: str, closed: bool) -> None:
    assert is_closure_notice(title) is closed


# --- the real files ------------------------------------------------------------------------------


def test_spearfish_bulletin_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 29 of 54 — every midnight-UTC day came the evening before at Chicago's clock.
    rows = inspect_corpus_page(capsys, "ical-spearfish-bulletin-aggregator-2026-04")
    by_title = {row["title"]: row for row in rows}
    assert by_title["Spring Rummage Sale"]["start"][:10] == "2026-03-19"
    assert by_title["28th Annual Black Hills Research Symposium"]["end"][:10] == "2026-04-02"
    assert by_title["End of Year Program"]["start"][:16] == "2026-05-21T18:00"
    assert by_title["Graduation Program"]["start"][:16] == "2026-05-22T18:00"
    # the Matthews' fixed-offset TZID „UTC-06:00“ stays at its wall clock
    assert by_title["The Two Tracks"]["start"][:16] == "2026-04-03T19:00"
    assert len(rows) == 54


def test_spearfish_bulletin_feed(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 0 of 26 — each entry at the day the city posted it.
    rows = inspect_corpus_page(capsys, "rss-spearfish-bulletin-events-2026-04")
    starts = {(row["title"], (row["start"] or "")[:16]) for row in rows}
    assert ("Community Egg Hunt", "2026-04-04T10:00") in starts
    assert ("City Council Meeting", "2026-04-06T18:30") in starts
    assert ("Friends of the Library Book Sale", "2026-04-09") in {
        (title, start[:10]) for title, start in starts
    }
    assert "Library CLOSED For Easter" not in {row["title"] for row in rows}
