"""Rows in a box „Also at this venue“ beside an event's own page take that event's place."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract.this_venue import place_rows_at_the_venue
from netdir.records import RawRecord
from tests.extract.raw_records import raw_record
from tests.extract.realpage_inspect import inspect_corpus_page


def _record(title: str, place: str | None = None) -> RawRecord:
    return raw_record(title, location_text=place)


def test_rows_of_a_box_at_this_venue_take_the_events_place() -> None:
    tree = LexborHTMLParser(
        "<div><h1>Bruce Cockburn</h1><div class='inset'><div class='insetTitle'>Also at this"
        " venue</div><table><tr><td>Wed, Feb 7</td><td><a href='/e/1'>John Reuben</a></td></tr>"
        "</table></div><ul><li>Sat, Feb 10 <a href='/e/2'>Elsewhere Band</a></li></ul></div>"
    )
    event = _record("Bruce Cockburn", "Calvin College: Fine Arts Centre")
    rows = [_record("John Reuben"), _record("Elsewhere Band"), _record("Its own", "Club")]
    place_rows_at_the_venue(event, rows, tree)
    assert [r.location_text for r in rows] == ["Calvin College: Fine Arts Centre", None, "Club"]


def test_a_box_without_the_venue_words_gives_no_place() -> None:
    tree = LexborHTMLParser(
        "<div><div>More events</div><p><a href='/e/1'>John Reuben</a> Wed, Feb 7</p></div>"
    )
    rows = [_record("John Reuben")]
    place_rows_at_the_venue(_record("Main", "Hall"), rows, tree)
    assert rows[0].location_text is None


def test_upcoming_venue_rows_are_at_the_fine_arts_centre(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "hcalendar-upcoming-event-cockburn-2007-02")
    assert len(records) == 4
    assert all(r["location"] and "Fine Arts Centre" in r["location"] for r in records)
