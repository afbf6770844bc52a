"""Held-out structured batch AH: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_hcalendar_rows_without_dtstart_are_dated_by_their_cells_and_their_heading(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Upcoming.org's home page: two tables of tr.vevent rows with no dtstart at all. The day
    # stands in a cell "Sat, 11/18", "Mon, 1/8", "Tomorrow" (no year; saved 8 Nov 2006), or
    # only in the section heading "Around the World Today". Before: 17 records without a day.
    rows = inspect_corpus_page(capsys, "hcalendar-upcoming-home-2006-11")
    days = {r["title"]: r["start"] for r in rows}
    assert days["Creative Commons Salon SF"] == "2006-11-08"  # under „Around the World Today“
    assert days["Web 2point2"] == "2006-11-09"  # „Tomorrow“
    assert days["Macworld Expo/SF"] == "2007-01-08"  # „Mon, 1/8“
    # „Sun, 5/20“: 20 May 2006 was a Saturday, the weekday names May 2007
    assert days["Bay To Breakers 2007"] == "2007-05-20"
    assert days["Where 2.0 Conference 2007"] == "2007-06-19"
    assert all(r["start"] for r in rows) and len(rows) == 17


def test_an_hcalendar_location_card_gives_the_address_and_its_zone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Upcoming.org's event page: abbr.dtstart title="20070313T200000" (no zone) and a
    # „location vcard“ with fn org and an adr in Grand Rapids, Michigan. Before: the card's
    # name only, and the clock put on Europe/Berlin (+01:00).
    rows = inspect_corpus_page(capsys, "hcalendar-upcoming-event-cockburn-2007-02")
    concert = next(r for r in rows if r["title"] == "Bruce Cockburn")
    assert concert["start"] == "2007-03-13T20:00:00-04:00"
    assert "3210 Burton SE" in concert["location"] and "Grand Rapids" in concert["location"]


def test_damaged_json_ld_blocks_are_read(capsys: pytest.CaptureFixture[str]) -> None:
    # Issue #11 cause 3 on real pages. Eventful: a backslash before a raw backspace inside a
    # name („Weezer & Pixies\\<BS>“), raw line breaks inside descriptions, human-text
    # startDates („Wednesday, August  8, 2018  7:00 PM“). EventON: trailing and double commas,
    # „2018-7-19T00-00-00-00“. Animarathon: an unpadded hour „2019-03-30T9:00“.
    eventful = inspect_corpus_page(capsys, "jsonld-eventful-losangeles-events-2018-08")
    assert len(eventful) == 16
    weezer = next(r for r in eventful if r["title"].startswith("Weezer"))
    assert weezer["start"].startswith("2018-08-08T19:00")
    golf = inspect_corpus_page(capsys, "eventon-golfavisen-turneringer-2018-07")
    assert {r["start"] for r in golf} == {"2018-07-19"}
    amp = inspect_corpus_page(capsys, "jsonld-amp-animarathon-2018-02")
    assert [r["start"][:16] for r in amp] == ["2019-03-30T09:00"]


def test_json_ld_and_microdata_of_one_event_give_one_record_and_no_placeholder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # EventON: each row is itemscope itemtype=Event (hidden name, startDate „2018-7-19“) and
    # holds a JSON-LD block of the same event — one record each, fields from either; the LPGA
    # row „INGEN TURNERING DENNE UGE“ („no tournament this week“) is no event.
    rows = inspect_corpus_page(capsys, "eventon-golfavisen-turneringer-2018-07")
    # the block with „,,“ is read too: every record's day comes from its JSON-LD
    assert {r["field_sources"]["start"] for r in rows} == {"jsonld:Event.startDate"}
    assert sorted(r["title"] for r in rows) == [
        "BARBASOL CHAMPIONSHIP",
        "LE VAUDREUIL GOLF CHALLENGE",
        "PINNACLE BANK CHAMPIONSHIP",
        "THE OPEN CHAMPIONSHIP",
    ]
