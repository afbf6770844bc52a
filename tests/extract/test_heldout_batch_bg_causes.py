"""Held-out batch BG (English listings: an astronomy society's meetings table with two talks per
row and its open-night calendar, a badminton club's fixture tables): each general cause it
showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract import extract_page
from netdir.extract.availability_titles import says_only_availability
from netdir.extract.weekly_slot import weekly_slot
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_MEETINGS = "middleman-cas-christchurch-meetings-2015-07"
_OPEN_NIGHTS = "middleman-cas-christchurch-open-nights-2015-06"


def _records(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    page = page_from_text(html, "https://example.org/society/meetings.html")
    records = extract_page(page).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


def _days(records: list[tuple[str | None, str | None, str | None]]) -> list[tuple[str, str]]:
    return [(title or "", (start or "")[:16]) for title, start, _ in records]


# --- a table of two series of talks: one talk per column, its hour from the lead ---

_TALK_COLUMNS = """<html><head><title>Monthly Meetings</title></head><body><div class="container">
<h1>Monthly Meetings</h1>
<p>The main meeting is held at 8:00pm on the 3rd Tuesday of the month (except December), in
room 12 of the Rutherford building of the University of Examples. The main meeting at 8:00pm is
preceded by the Beginners' Corner for All Ages meeting from 7:00pm to 7:45pm, in the same
room.</p>
<table class="table"><thead><tr><th>Date</th><th>Beginners' Corner</th><th>Members Speaker</th>
</tr></thead><tbody>
<tr><td><time datetime="2015-04-21">Tue Apr 21</time></td>
<td><strong>Gas Giants</strong> - Observing Saturn and Jupiter.</td>
<td><p><strong>Spiders In Space</strong> - Toby Hendy.</p><p>As a summer intern I worked on
low surface brightness imaging.</p></td></tr>
<tr><td><time datetime="2015-05-19">Tue May 19</time></td>
<td><strong><a href="/talks/milky-way.html">The Southern Milky Way</a></strong> - Ours.</td>
<td><strong>AGM</strong> + <strong>The future of the Observatory</strong> - Gary Steel.</td></tr>
<tr><td><time datetime="2015-06-16">Tue Jun 16</time></td>
<td><strong>Double stars.</strong></td><td>TBC</td></tr>
</tbody></table></div></body></html>"""


def test_each_column_of_talks_is_a_talk_of_the_rows_day() -> None:
    records = _records(_TALK_COLUMNS, date(2015, 4, 1))
    assert _days(records) == [
        ("Gas Giants", "2015-04-21T19:00"),  # the column's hour, named by the lead
        ("Spiders In Space", "2015-04-21T20:00"),  # the hour the lead gives all meetings
        ("The Southern Milky Way", "2015-05-19T19:00"),
        ("AGM + The future of the Observatory", "2015-05-19T20:00"),  # two bold titles, joined
        ("Double stars", "2015-06-16T19:00"),  # „TBC“ beside it is no talk
    ]
    assert {place for _, _, place in records} == {
        "room 12 of the Rutherford building of the University of Examples"
    }


def test_one_talk_column_is_read_as_before() -> None:
    html = _TALK_COLUMNS.replace("<th>Members Speaker</th>", "<th>Speaker</th>")
    titles = [title for title, _, _ in _records(html, date(2015, 4, 1))]
    assert "Spiders In Space" not in titles  # „Speaker“ is a field of the row's one talk


# --- a misspelt day in a time element: its datetime dates the row ---

_MISSPELT_DAY = """<html><body><h1>Monthly Meetings</h1>
<table class="table"><thead><tr><th>Date</th><th>Speaker</th></tr></thead><tbody>
<tr><td><time datetime="2015-07-21">Tue Jul 21</time></td><td>Dark Nebulae</td></tr>
<tr><td><time datetime="2015-08-18">Tue Aug l8</time></td><td>The Northern Winter Sky</td></tr>
<tr><td><time datetime="2015-09-15">Tue Sep 15</time></td><td>The Moon</td></tr>
</tbody></table></body></html>"""


def test_a_misspelt_day_is_dated_by_its_datetime() -> None:
    assert _days(_records(_MISSPELT_DAY, date(2015, 7, 28))) == [
        ("Dark Nebulae", "2015-07-21"),
        ("The Northern Winter Sky", "2015-08-18"),  # „Aug l8“: a letter l for the digit 1
        ("The Moon", "2015-09-15"),
    ]


# --- a monthly slot in the lead: its hour and room for every meeting ---


def test_a_monthly_slot_gives_the_hour_and_the_room() -> None:
    slot = weekly_slot(
        "The CAS main meeting is held at 8:00pm on the 3rd Tuesday of the month (except December"
        " and January), in room 275 of the Von Haast building of the University of Canterbury"
        " School of Biological Sciences. The main meeting at 8:00pm is preceded by …"
    )
    assert slot is not None
    assert (slot.weekday, slot.hours) == ("tuesday", "8:00pm")
    assert slot.place == (
        "room 275 of the Von Haast building of the University of Canterbury School of"
        " Biological Sciences"
    )
    slot = weekly_slot("We meet on the second Tuesday of each month at 7.30pm in the Village Hall.")
    assert slot is not None
    assert (slot.weekday, slot.hours, slot.place) == ("tuesday", "7.30pm", "Village Hall")
    # a month's meeting told without its hour is no slot; a long sentence is no venue
    assert weekly_slot("We meet on the second Tuesday of each month.") is None
    slot = weekly_slot("The club is held at 8pm on the first Friday of the month, in the evening.")
    assert slot is not None and slot.place is None


def test_the_astronomy_society_meetings_page(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _MEETINGS)
    assert len(rows) == 19
    talks = {(row["title"], row["start"][:16]) for row in rows}
    assert ("Gas Giants", "2015-04-21T19:00") in talks
    assert ("Spiders In Space", "2015-04-21T20:00") in talks
    assert ("The Northern Winter Sky", "2015-08-18T19:00") in talks  # „Tue Aug l8“
    assert ("Meteoroids, Meteors, and the CAMS Project", "2015-08-18T20:00") in talks
    assert ("AGM + The future of the R.F. Joyce Observatory", "2015-03-17T20:00") in talks
    assert all("Von Haast building" in (row["location"] or "") for row in rows)


# --- rows that only say whether one can come: named by the table's heading ---

_OPEN_NIGHT_TABLE = """<html><body><div class="container"><h1>Open Nights</h1>
<p>The Society hosts public Open Nights during the winter months. Open Nights run from 7:30 p.m.
to 9:00 p.m. on designated Friday nights, weather permitting.</p>
<p>Individuals and small groups are welcome on any Public Night.</p>
<p>Organised groups of 10 to 35 people are required to book their visit.</p>
<p>We regret that larger groups cannot be accepted.</p>
<p>If the sky is too poor for viewing, a notice will be placed on the main page.</p>
<p>For general open night queries, please email us.</p>
<h2>Open Night Calendar</h2>
<table class="table"><thead><tr><th>Date</th><th>Public Night</th><th>Group Booking</th>
<th>Moon Viewable?</th></tr></thead><tbody>
<tr><td><a href="/open-nights/2015/0626.html">2015-06-26</a></td>
<td>Open for individuals and small groups</td><td>Booked</td><td>Yes</td></tr>
<tr><td><a href="/open-nights/2015/0704.html">2015-07-04</a></td>
<td>Open for individuals and small groups</td><td>KidsFest</td><td>No</td></tr>
<tr><td><a href="/open-nights/2015/0925.html">2015-09-25</a></td>
<td>Open for individuals and small groups</td><td><a href="mailto:b@example.org">Email to
book</a></td><td>No</td></tr>
</tbody></table></div></body></html>"""


def test_rows_saying_only_who_may_come_are_named_by_the_heading() -> None:
    records = _records(_OPEN_NIGHT_TABLE, date(2015, 6, 26))
    assert _days(records) == [
        ("Open Night", "2015-06-26T19:30"),  # the heading without „Calendar“
        ("Open Night", "2015-07-04T19:30"),  # the hours the sentence naming „Open Nights“ says
        ("Open Night", "2015-09-25T19:30"),
    ]


def test_phrases_that_only_say_whether_one_can_come() -> None:
    assert all(
        says_only_availability(text)
        for text in ("Open for individuals and small groups", "Fully booked", "Sold out", "Open")
    )
    assert not any(
        says_only_availability(text) for text in ("Open Day", "Open Mic Night", "Closed Meeting")
    )


def test_a_heading_that_only_says_upcoming_names_no_row() -> None:
    html = _OPEN_NIGHT_TABLE.replace("Open Night Calendar", "Upcoming Dates")
    titles = {title for title, _, _ in _records(html, date(2015, 6, 26))}
    assert "Upcoming" not in titles


def test_the_astronomy_society_open_nights_page(capsys: pytest.CaptureFixture[str]) -> None:
    rows = inspect_corpus_page(capsys, _OPEN_NIGHTS)
    assert len(rows) == 21
    assert {row["title"] for row in rows} == {"Open Night"}
    assert [row["start"][:16] for row in rows[:2]] == ["2015-06-26T19:30", "2015-07-04T19:30"]
    assert rows[0]["end"][:16] == "2015-06-26T21:00"
