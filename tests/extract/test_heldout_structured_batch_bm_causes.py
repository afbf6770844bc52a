"""Held-out structured batch BM: the general causes it showed, minimal calendars and pages and the real files."""

from __future__ import annotations

from datetime import datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.card_clocks import read_clocks_of_linked_cards
from netdir.records import RawRecord
from netdir.zone_names import named_zone, zone_key
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _calendar(zone_line: str, *events: str) -> list[RawRecord]:
    text = "\r\n".join(
        (
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Test//DE",
            zone_line,
            *events,
            "END:VCALENDAR",
            "",
        )
    )
    page = page_from_text(text, "https://example.org/ffMerged.ics", "text/calendar")
    page.fetched_at = datetime.fromisoformat("2015-06-06T08:00:00+00:00")
    return extract_page(page).records


_WEEKLY = "\r\n".join(
    (
        "BEGIN:VEVENT",
        "UID:offener-montag",
        "SUMMARY:ffhh: Offener Montag",
        "DTSTART:20150608T190000",
        "DTEND:20150608T210000",
        "RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO",
        "END:VEVENT",
    )
)
_MUMBLE = "\r\n".join(
    (
        "BEGIN:VEVENT",
        "UID:mumble",
        "SUMMARY:Freifunk Vernetzungsmumble",
        "DTSTART:20150623T180000Z",
        "DTEND:20150623T183000Z",
        "END:VEVENT",
    )
)


# --- a calendar zone written in other capitals than the zone database's ------------------


def test_a_zone_name_in_other_capitals_is_that_zone() -> None:
    assert zone_key("EUROPE/Berlin") == "Europe/Berlin"
    assert zone_key("europe/berlin") == "Europe/Berlin"
    assert zone_key("Europe/Berlin") == "Europe/Berlin"
    zone = named_zone("AMERICA/NEW_YORK")
    assert zone is not None and zone.key == "America/New_York"


def test_a_name_of_no_zone_stays_no_zone() -> None:
    assert zone_key("Europe") is None
    assert zone_key("Foo/Bar") is None
    assert zone_key("W. Europe Standard Time") is None


def test_a_calendar_zone_in_capitals_loses_neither_its_series_nor_its_events() -> None:
    # Before: „ZoneInfoNotFoundError: No time zone found with key EUROPE/Berlin“, 0 records.
    records = _calendar("X-WR-TIMEZONE:EUROPE/Berlin", _MUMBLE, _WEEKLY)
    assert [(r.title, r.start) for r in records] == [
        # the UTC stamp at the calendar's (Berlin's) clock, the series at its next night
        ("Freifunk Vernetzungsmumble", "2015-06-23T20:00:00+02:00"),
        ("ffhh: Offener Montag", "2015-06-08T19:00:00+02:00"),
    ]


def test_a_calendar_zone_that_names_no_zone_loses_no_series() -> None:
    records = _calendar("X-WR-TIMEZONE:Europe", _WEEKLY)
    assert [(r.title, r.start[:16] if r.start else None) for r in records] == [
        ("ffhh: Offener Montag", "2015-06-08T19:00")
    ]


# --- an event linked from a card with its clock and from a box without one ---------------

_SERIES_PAGE = """<html><body>
<div class="call-announce"><h2>Calls for participation</h2><ul>
<li><strong><a href="/calls/1/">Call for speakers</a></strong> at
<a href="http://lanyrd.test/2012/melbjs-october/">MelbJS</a> on 10th October 2012
<span class="deadline">closes 10th Oct 2012</span></li>
<li><strong><a href="/calls/2/">Call for speakers</a></strong> at
<a href="http://lanyrd.test/2012/melbjs-november/">MelbJS</a> on 14th November 2012</li>
</ul></div>
<div id="listing">
<div class="wrapper"><h3>November 2012</h3><ol>
<li class="conference vevent"><h4><a href="/2012/melbjs-november/" class="summary url">MelbJS</a></h4>
<p class="location">Australia, Melbourne</p>
<p class="date"><abbr class="dtstart" title="2012-11-14">14th November 2012</abbr>, 6pm</p></li>
</ol></div>
<div class="wrapper"><h3>October 2012</h3><ol>
<li class="conference vevent"><h4><a href="/2012/melbjs-october/" class="summary url">MelbJS</a></h4>
<p class="location">Australia, Melbourne</p>
<p class="date"><abbr class="dtstart" title="2012-10-10">10th October 2012</abbr>, 6pm</p></li>
</ol></div>
<div class="wrapper"><h3>September 2012</h3><ol>
<li class="conference vevent"><h4><a href="/2012/melbjs-september/" class="summary url">MelbJS</a></h4>
<p class="location">Australia, Melbourne</p>
<p class="date"><abbr class="dtstart" title="2012-09-12">12th September 2012</abbr>, 5:30pm</p></li>
</ol></div>
</div></body></html>"""


def _series_starts(html: str) -> list[str | None]:
    page = page_from_text(html, "http://lanyrd.test/series/melbjs/")
    page.fetched_at = datetime.fromisoformat("2012-09-18T08:00:00+00:00")
    return [record.start for record in extract_page(page).records]


def test_a_second_link_from_a_box_without_a_clock_leaves_the_card_s_clock() -> None:
    # Before: the two nights the calls box links again came as bare days.
    assert _series_starts(_SERIES_PAGE) == [
        "2012-11-14T18:00",
        "2012-10-10T18:00",
        "2012-09-12T17:30",
    ]


def _clocked_by_cards(html: str) -> list[str | None]:
    """The starts card_clocks gives the three bare-day records of the series page."""
    base = "http://lanyrd.test/series/melbjs/"
    records = [
        RawRecord(
            "t", base, "microformats", "MelbJS", url=f"http://lanyrd.test/2012/{slug}/", start=day
        )
        for slug, day in (
            ("melbjs-november", "2012-11-14"),
            ("melbjs-october", "2012-10-10"),
            ("melbjs-september", "2012-09-12"),
        )
    ]
    read_clocks_of_linked_cards(records, LexborHTMLParser(html), base, english=True)
    return [record.start for record in records]


def test_two_cards_showing_different_clocks_leave_the_day() -> None:
    assert _clocked_by_cards(_SERIES_PAGE) == [
        "2012-11-14T18:00",
        "2012-10-10T18:00",
        "2012-09-12T17:30",
    ]
    teaser = _SERIES_PAGE.replace(
        "on 14th November 2012</li>", "on 14th November 2012<p>doors 7pm</p></li>"
    )
    assert _clocked_by_cards(teaser) == ["2012-11-14", "2012-10-10T18:00", "2012-09-12T17:30"]


# --- the real files ----------------------------------------------------------------------


def test_freifunk_merged_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 0 records (the capitals of „EUROPE/Berlin“ ended the calendar's reading).
    rows = inspect_corpus_page(capsys, "ical-freifunk-merged-communities-2015-06")
    assert len(rows) == 35
    by_title: dict[str, list[str]] = {}
    for row in rows:
        by_title.setdefault(row["title"], []).append(row["start"])
    assert by_title["Freifunk Vernetzungsmumble"] == ["2015-06-23T20:00:00+02:00"]
    assert by_title["ffwp: Freifunk Treffen"] == ["2015-07-03T19:00:00+02:00"]
    assert by_title["ffwi: Freifunk Treffen"] == ["2015-06-25T19:00:00+02:00"]
    assert by_title["Wuppertal: Freifunkstammtisch"] == ["2011-07-26T19:00:00+02:00"]


def test_lanyrd_series_page(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: MelbJS of 14 November and 10 October without their 6pm.
    rows = inspect_corpus_page(capsys, "hcalendar-lanyrd-melbjs-series-2012-09")
    assert [(row["title"], row["start"][:16]) for row in rows] == [
        ("MelbJS", "2012-11-14T18:00"),
        ("MelbJS", "2012-10-10T18:00"),
        ("MelbJS / YOW! Night Spectacular", "2012-09-12T17:30"),
        ("MelbJS", "2012-08-08T18:00"),
        ("MelbJS", "2012-07-11T18:00"),
    ]


def test_calagator_person_page(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, "hcalendar-calagator-geoloqi-person-events-2015-06")
    assert len(rows) == 30
    first = rows[0]
    assert (first["title"], first["start"][:16], first["location"]) == (
        "DevSummit Europe",
        "2013-11-11T08:00",
        "Park Plaza Riverbank London",
    )
