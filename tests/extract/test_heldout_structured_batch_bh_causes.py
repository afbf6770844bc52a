"""Held-out structured batch BH: each general cause it showed, a minimal feed and the real file."""

from __future__ import annotations

from datetime import date, datetime

import icalendar
import pytest

from netdir.extract import extract_page
from netdir.extract.feed_local_times import placeholder_end, venue_clock
from netdir.extract.feed_title_days import without_leading_start
from netdir.extract.ical_event_zones import event_zone
from netdir.extract.ical_orphan_overrides import is_orphan_override, series_uids
from netdir.normalize import normalize_record
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"
 xmlns:s="http://sidearmsports.com/schemas/cal_rss/1.0/">
<channel><title>Athletics</title><link>https://athletics.example.edu</link>
{items}
</channel></rss>"""
_ITEM = """<item><title>{title}</title>
<link>https://athletics.example.edu/calendar.aspx?game_id={n}</link>
<ev:location>{place}</ev:location>
<ev:startdate>{utc_start}</ev:startdate><ev:enddate>{utc_end}</ev:enddate>
{local}</item>"""


def _records(items: str, today: str = "2026-07-18") -> list[RawRecord]:
    page = page_from_text(
        _FEED.format(items=items),
        "https://athletics.example.edu/calendar.rss",
        "application/rss+xml",
    )
    page.fetched_at = datetime.fromisoformat(f"{today}T08:00:00+00:00")
    return extract_page(page).records


def _item(
    n: int, title: str, place: str, utc: tuple[str, str], local: tuple[str, str] | None
) -> str:
    stated = (
        f"<s:localstartdate>{local[0]}</s:localstartdate><s:localenddate>{local[1]}</s:localenddate>"
        if local
        else ""
    )
    return _ITEM.format(
        title=title, n=n, place=place, utc_start=utc[0], utc_end=utc[1], local=stated
    )


def test_a_wall_clock_beside_a_utc_instant_states_the_venues_offset() -> None:
    # 8 PM in Tennessee in summer is 01:00 UTC of the next day (SIDEARM adds a tick: .0000001).
    assert venue_clock("2026-08-28T00:00:00.0000001Z", "2026-08-27T20:00:00.0000000") == (
        "2026-08-27T20:00-04:00"
    )
    assert venue_clock("2026-11-01T18:00:00Z", "2026-11-01T13:00:00") == "2026-11-01T13:00-05:00"
    assert venue_clock("2026-08-12T18:00:00+00:00", "2026-08-12T20:00") == "2026-08-12T20:00+02:00"
    # No UTC instant to compare with: the wall clock alone; a bare day stays a day.
    assert venue_clock(None, "2026-08-27T20:00:00.0000000") == "2026-08-27T20:00"
    assert venue_clock("2026-08-27T20:00:00-04:00", "2026-08-27T20:00:00") == "2026-08-27T20:00"
    assert venue_clock("2026-08-29", "2026-08-29") == "2026-08-29"
    # A difference no zone has, or a value that is no wall clock, gives nothing to prefer.
    assert venue_clock("2026-08-28T00:07:00Z", "2026-08-27T20:00:00") == "2026-08-27T20:00"
    assert venue_clock("2026-08-28T00:00:00Z", "2026-08-27T20:00:00-04:00") is None
    assert venue_clock("2026-08-28T00:00:00Z", "TBA") is None


def test_a_day_without_an_hour_has_no_end_on_its_own_day() -> None:
    assert placeholder_end("2026-08-29", "2026-08-29T03:00-04:00")
    assert not placeholder_end("2027-03-19", "2027-03-20T23:59-04:00")
    assert not placeholder_end("2026-08-29T19:00-04:00", "2026-08-29T21:00-04:00")
    assert not placeholder_end("2026-08-29", None)


def test_a_feed_items_title_opening_with_its_own_day_and_hour() -> None:
    start = "2026-08-16T19:00-04:00"
    assert without_leading_start("8/16 7:00 PM Women's Soccer at Xavier", start) == (
        "Women's Soccer at Xavier"
    )
    assert without_leading_start("16.08. 19:00 Uhr Stammtisch", start) == "Stammtisch"
    assert without_leading_start("16.08.2026 Stammtisch", "2026-08-16") == "Stammtisch"
    assert without_leading_start("8/29 Men's Golf vs Virtues Intercollegiate", "2026-08-29") == (
        "Men's Golf vs Virtues Intercollegiate"
    )
    # Another day, another hour, or nothing left after them: the title stays whole.
    assert without_leading_start("8/17 7:00 PM Women's Soccer at Xavier", start) is None
    assert without_leading_start("8/16 3 Lions", start) is None
    assert without_leading_start("1/2 Marathon", "2026-05-01") is None
    assert without_leading_start("8/16 7:00 PM", start) is None
    assert without_leading_start("Women's Soccer at Xavier", start) is None


def test_an_athletics_feed_is_read_at_the_venues_clock_and_named_without_its_day() -> None:
    items = "\n".join(
        (
            _item(
                1,
                "8/27 8:00 PM State University Women&#39;s Soccer at Middle Tennessee",
                "Murfreesboro, Tenn.",
                ("2026-08-28T00:00:00.0000001Z", "2026-08-28T02:00:00.0000001Z"),
                ("2026-08-27T20:00:00.0000000", "2026-08-27T22:00:00.0000000"),
            ),
            _item(
                2,
                "8/29 State University Men&#39;s Golf vs Virtues Intercollegiate",
                "Nashport, Ohio",
                ("2026-08-29", "2026-08-29T07:00:00.0000000Z"),
                ("2026-08-29", "2026-08-29T03:00:00.0000000"),
            ),
        )
    )
    records = _records(items)
    assert [record.title for record in records] == [
        "State University Women's Soccer at Middle Tennessee",
        "State University Men's Golf vs Virtues Intercollegiate",
    ]
    soccer, golf = (normalize_record(record, today=date(2026, 7, 18)) for record in records)
    assert (soccer.start, soccer.end) == ("2026-08-27T20:00:00-04:00", "2026-08-27T22:00:00-04:00")
    assert records[0].location_text == "Murfreesboro, Tenn."
    assert (golf.start, golf.end) == ("2026-08-29", None)


def test_an_event_module_feed_without_a_local_clock_keeps_its_stamps() -> None:
    # Only the RSS event module: the title's day is still the start's and goes; the time stays
    # the instant the feed states.
    items = _item(
        3,
        "9/3 4:00 PM Women&#39;s Soccer at Eastern Kentucky",
        "Richmond, Ky.",
        ("2026-09-03T16:00:00-04:00", "2026-09-03T18:00:00-04:00"),
        None,
    )
    (record,) = _records(items)
    assert record.title == "Women's Soccer at Eastern Kentucky"
    assert normalize_record(record, today=date(2026, 7, 18)).start == "2026-09-03T16:00:00-04:00"


def test_the_miami_redhawks_calendar_feed(capsys: pytest.CaptureFixture[str]) -> None:
    # SIDEARM Sports' feed of Miami University Athletics (July 2026). Before: every start was the
    # UTC instant shown in Berlin time (7 PM Eastern on 3 November as 01:00 on the 4th), four
    # evening games fell on the next day, and each title kept its „8/16 7:00 PM“.
    rows = inspect_corpus_page(capsys, "rss-sidearm-miamiredhawks-calendar-2026-07")
    assert len(rows) == 35
    found = {(row["title"], row["start"][:16]) for row in rows}
    assert ("Miami University Football vs Buffalo", "2026-11-03T19:00") in found
    assert ("Miami University Women's Soccer at Middle Tennessee", "2026-08-27T20:00") in found
    assert ("Miami University Women's Soccer at Toledo", "2026-11-01T13:00") in found
    assert ("Miami University Hockey vs NCHC Semifinal", "2027-03-13") in found
    assert not any(row["title"][0].isdigit() for row in rows)
    golf = next(row for row in rows if row["start"] == "2026-08-29")
    assert golf["end"] is None
    assert golf["location"] == "Nashport, Ohio"


_LIVEWHALE = "\r\n".join(
    (
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Indiana University//NONSGML v1.0//EN",
        "X-WR-CALNAME:Indiana University Events",
        "BEGIN:VEVENT",
        "DTSTART:20261103T180000Z",
        "DTEND:20261103T200000Z",
        "LOCATION:LGBTQ+ CULTURE CENTER",
        "SUMMARY:LGBTQ+ Career Consulting",
        "UID:20261103T180000Z-1@events.iu.edu",
        "DTSTAMP:20260728T133958Z",
        "{zone}",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    )
)


def _ical_records(text: str) -> list[RawRecord]:
    page = page_from_text(text, "https://events.example.edu/live/ical", "text/calendar")
    page.fetched_at = datetime.fromisoformat("2026-08-22T08:00:00+00:00")
    return extract_page(page).records


def test_an_events_own_zone_property_names_its_clock() -> None:
    def zone_of(line: str) -> str | None:
        calendar = icalendar.Calendar.from_ical(_LIVEWHALE.format(zone=line).encode())
        zone = event_zone(next(iter(calendar.walk("VEVENT"))))
        return zone.key if zone is not None else None

    assert zone_of("X-LIVEWHALE-TIMEZONE:America/New_York") == "America/New_York"
    assert zone_of("X-TIMEZONE:Europe/Vienna") == "Europe/Vienna"
    # UTC names no place, a name the zone database lacks none either, other X- fields nothing.
    assert zone_of("X-LIVEWHALE-TIMEZONE:UTC") is None
    assert zone_of("X-LIVEWHALE-TIMEZONE:Eastern Time") is None
    assert zone_of("X-LIVEWHALE-ID:2341890") is None


def test_a_utc_stamp_is_read_at_the_zone_its_event_names() -> None:
    (record,) = _ical_records(_LIVEWHALE.format(zone="X-LIVEWHALE-TIMEZONE:America/New_York"))
    offering = normalize_record(record, today=date(2026, 8, 22))
    assert (offering.start, offering.end) == (
        "2026-11-03T13:00:00-05:00",
        "2026-11-03T15:00:00-05:00",
    )
    # Without it the stamp stays a UTC instant (shown at Berlin's clock): the property decides.
    (bare,) = _ical_records(_LIVEWHALE.format(zone="X-LIVEWHALE-ID:2341890"))
    assert normalize_record(bare, today=date(2026, 8, 22)).start != offering.start


def test_the_iu_lgbtq_culture_centers_livewhale_calendar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # LiveWhale's export of the IU LGBTQ+ Culture Center's events (August 2026): UTC stamps, no
    # VTIMEZONE, the zone only in X-LIVEWHALE-TIMEZONE. Before: every time in Berlin's clock
    # (time 0/13).
    rows = inspect_corpus_page(capsys, "ical-livewhale-iu-lgbtq-center-events-2026-08")
    starts = {(row["title"], row["start"][:16]) for row in rows}
    assert ("Embedded Counseling (CAPS)", "2026-08-24T08:00") in starts
    assert ("Sippin Tea on the Porch", "2026-09-03T17:00") in starts
    assert ("Friendsgiving", "2026-11-17T17:30") in starts


_BEDEWORK = "\r\n".join(
    (
        "BEGIN:VCALENDAR",
        "PRODID:BedeWork V3.5",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "X-SOURCE:Duke University",
        "",
        "DTSTART;TZID=America/New_York:20260821T170000",
        "DURATION:PT15M",
        "LOCATION:Duke Chapel",
        "RECURRENCE-ID;TZID=America/New_York:20260821T210000Z",
        "SUMMARY:Weekday Carillon Recital",
        "UID:CAL-recital@mysite.edu",
        "END:VEVENT",
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20260824T170000",
        "DURATION:PT15M",
        "LOCATION:Duke Chapel",
        "RECURRENCE-ID;TZID=America/New_York:20260824T210000Z",
        "SUMMARY:Weekday Carillon Recital",
        "UID:CAL-recital@mysite.edu",
        "END:VEVENT",
        "{series}",
        "END:VCALENDAR",
        "",
    )
)
_SERIES = "\r\n".join(
    (
        "BEGIN:VEVENT",
        "DTSTART;TZID=America/New_York:20260817T170000",
        "DURATION:PT15M",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,FR",
        "SUMMARY:Weekday Carillon Recital",
        "UID:CAL-recital@mysite.edu",
        "END:VEVENT",
    )
)


def test_an_occurrence_without_its_series_is_a_single_event() -> None:
    calendar = icalendar.Calendar.from_ical(_BEDEWORK.format(series="").encode())
    series = series_uids(calendar)
    assert series == set()
    assert all(is_orphan_override(event, series) for event in calendar.walk("VEVENT"))
    with_series = icalendar.Calendar.from_ical(_BEDEWORK.format(series=_SERIES).encode())
    series = series_uids(with_series)
    assert series == {"CAL-recital@mysite.edu"}
    assert not any(is_orphan_override(event, series) for event in with_series.walk("VEVENT"))


def test_bedeworks_exported_occurrences_are_each_shown_on_their_day() -> None:
    # Saved on 22 August: the recital of the 21st is a past event of the calendar, kept like the
    # single events of that day; the one of the 24th too, each once.
    records = _ical_records(_BEDEWORK.format(series=""))
    starts = sorted(normalize_record(r, today=date(2026, 8, 22)).start or "" for r in records)
    assert starts == ["2026-08-21T17:00:00-04:00", "2026-08-24T17:00:00-04:00"]
    # With its series in the file, an occurrence is the series' business: one record for the
    # series at its next occurrence (the override of the 24th), none for the past override.
    with_series = _ical_records(_BEDEWORK.format(series=_SERIES))
    assert len(with_series) == 1


def test_duke_universitys_bedework_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    # Bedework's export of Duke's calendar (August 2026). Before: the carillon recital of the
    # 21st, exported as an occurrence without its series, was lost (13 of 14).
    rows = inspect_corpus_page(capsys, "ical-bedework-duke-events-2026-08")
    found = {(row["title"], row["start"][:16]) for row in rows}
    assert ("Weekday Carillon Recital", "2026-08-21T17:00") in found
    assert ("Weekday Carillon Recital", "2026-08-24T17:00") in found
    assert ("Orientation Shabbat with Jewish Life at Duke", "2026-08-21T17:30") in found
    assert len(rows) == 14
