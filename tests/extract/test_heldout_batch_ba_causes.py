"""Held-out batch BA (English listings): each general cause it showed, on its real page and on a
minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.announced_name import announced_name
from netdir.extract.block_columns import without_a_linked_key
from netdir.extract.date_cues import has_year
from netdir.extract.day_column import day_of_the_day_column
from netdir.extract.prose_announcements import announcing_sentence
from netdir.extract.weekday_lines import weekly_row_line
from netdir.extract.year_rows import year_row_above
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page, page_records, starts_by_title

_LONDON = "hugo-londonevents-table-2023-12"
_PAST = "php-nesmaa-past-meetings-2018-06"
_NEXT = "php-nesmaa-meetings-2018-06"


def _by_title(rows: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for row in rows:
        found.setdefault(row["title"], []).append(row)
    return found


def _records(html: str, today: date) -> list[tuple[str | None, str | None, str | None]]:
    page = page_from_text(html, "https://example.org/events/")
    records = extract_page(page).records
    return [(r.title, normalize_record(r, today=today).start, r.location_text) for r in records]


# --- a blank day cell continues the day of the row above, however many rows the day has ----


_DAY_TABLE = """<html><body><article><header><h2>Events</h2>
<time datetime="2023-12-07T21:22:51-05:00">7 December, 2023</time></header>
<table><thead><tr><th>When</th><th></th><th>Event (Venue)</th></tr></thead><tbody>
<tr><td>Friday</td><td>12:00</td><td><a href="/a">Hockey Night</a></td></tr>
<tr><td></td><td>12:30</td><td><a href="/b">Studio Recital</a></td></tr>
<tr><td></td><td>15:00</td><td><a href="/c">Tuba Christmas</a></td></tr>
<tr><td></td><td>18:00</td><td><a href="/d">Winter Dance</a></td></tr>
<tr><td></td><td>19:30</td><td><a href="/e">Symphony Orchestra Concert</a></td></tr>
<tr><td>Thursday December 14</td><td>11:30</td><td><a href="/f">Public Lecture</a></td></tr>
<tr><td></td><td>18:30</td><td><a href="/g">Holiday Concert</a></td></tr>
</tbody></table></article></body></html>"""


def test_a_blank_day_cell_continues_the_day_above_not_the_page_header_day() -> None:
    starts = {t: s for t, s, _ in _records(_DAY_TABLE, date(2023, 12, 7))}
    assert starts["Symphony Orchestra Concert"] == "2023-12-08T19:30:00+01:00"
    assert starts["Winter Dance"] == "2023-12-08T18:00:00+01:00"
    assert starts["Holiday Concert"] == "2023-12-14T18:30:00+01:00"


def test_a_row_without_a_clock_under_a_dated_row_is_no_event_of_that_day() -> None:
    # „03/07/20 - 03/08/20 | Big Rock“ over „&nbsp; | Access Fund Adopt-a-Crag at Big Rock“:
    # the second row describes the trip above; only a row with its own clock is a day's event.
    html = """<html><body><table>
    <tr><td><a href="/e1">03/07/20 - 03/08/20</a></td><td><a href="/e1">Big Rock</a></td></tr>
    <tr><td>&nbsp;</td><td>Access Fund Adopt-a-Crag at Big Rock</td></tr>
    <tr><td><a href="/e2">03/13/20 - 03/15/20</a></td><td><a href="/e2">Alabama Hills</a></td></tr>
    <tr><td>&nbsp;</td><td>Climbing at Alabama Hills</td></tr>
    <tr><td><a href="/e3">03/21/20 - 03/21/20</a></td><td><a href="/e3">Safety Course</a></td></tr>
    <tr><td>&nbsp;</td><td>Rock Climbing Safety Course</td></tr>
    </table></body></html>"""
    titles = [title for title, _, _ in _records(html, date(2020, 2, 29))]
    assert titles == ["Big Rock", "Alabama Hills", "Safety Course"]


def test_the_day_column_reads_own_and_blank_cells() -> None:
    rows = LexborHTMLParser(_DAY_TABLE).css("tbody tr")
    assert day_of_the_day_column(rows[0]) == "Friday"
    assert day_of_the_day_column(rows[4]) == "Friday"  # four rows down
    assert day_of_the_day_column(rows[6]) == "Thursday December 14"
    other = LexborHTMLParser(
        "<table><tr><td>Chor</td><td>19:00</td><td>x</td></tr>"
        "<tr><td></td><td>20:00</td><td>y</td></tr></table>"
    ).css("tr")
    assert day_of_the_day_column(other[1]) is None  # the filled cell above is no day


def test_weekdays_beside_dated_rows_are_the_coming_days_not_a_weekly_rule() -> None:
    rows = LexborHTMLParser(_DAY_TABLE).css("tbody tr")
    assert weekly_row_line(rows[0]) is None
    timetable = LexborHTMLParser(
        "<table><tr><td>Montag</td><td>19:00</td><td>Chor Übung</td></tr>"
        "<tr><td>Dienstag</td><td>18:30</td><td>Teenagerstunde</td></tr></table>"
    ).css("tr")
    assert weekly_row_line(timetable[0]) == "Montag, 19:00 Uhr"


def test_london_events_rows_take_their_days_from_the_when_column(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Friday | 12:00 | …“ then seven rows with a blank When cell: all on Friday 8 December,
    # none on the build day the article header states; no weekly rule on any of them.
    rows = _by_title(inspect_corpus_page(capsys, _LONDON))
    assert rows["Emo Night: London"][0]["start"].startswith("2023-12-08T21:00")
    assert rows["LAGWAGON"][0]["start"].startswith("2023-12-14T19:00")
    assert [r["start"][:10] for r in rows["Imagination Station: Gelli Plate Printing"]] == [
        "2023-12-10",
        "2023-12-17",
    ]
    assert not any(r["recurrence"] for found in rows.values() for r in found)


# --- a bracketed link after the name is the aggregator's key, no word of the name -----------


def test_a_bracketed_link_after_the_name_is_no_part_of_it() -> None:
    cell = LexborHTMLParser(
        '<table><tr><td><a href="/e">Studio Recital: Patricia Green (voice)</a> '
        '(<a href="/about#FMus">FMus</a>)</td></tr></table>'
    ).css_first("td")
    text = "Studio Recital: Patricia Green (voice) ( FMus )"
    assert without_a_linked_key(cell, text) == "Studio Recital: Patricia Green (voice)"
    plain = LexborHTMLParser(
        '<table><tr><td><a href="/e">Recital</a> (voice)</td></tr></table>'
    ).css_first("td")
    assert without_a_linked_key(plain, "Recital (voice)") == "Recital (voice)"


def test_london_events_titles_without_the_venue_keys(capsys: pytest.CaptureFixture[str]) -> None:
    titles = set(_by_title(inspect_corpus_page(capsys, _LONDON)))
    assert "Studio Recital: Patricia Green (voice)" in titles
    assert "TRIBE AND DIRECT" in titles
    assert not any(title.endswith(")") and "( " in title for title in titles)


# --- „Year | Dates | Location“: the year cell, day runs, names from the place column ---------


def test_a_day_run_after_a_month_word_is_no_two_digit_year() -> None:
    assert not has_year("November 17-18")
    assert not has_year("May 29-30")
    assert not has_year("29-30 May")
    assert has_year("12-05-23")
    assert has_year("Fri Nov 17-18, 2017")


def test_a_rows_own_year_cell_comes_before_the_year_row_above() -> None:
    rows = LexborHTMLParser(
        "<table><tr><td>2017</td><td>November 17-18</td><td>Sacred Heart</td></tr>"
        "<tr><td></td><td>June 2-3</td><td>Norwich</td></tr>"
        "<tr><td>2016</td><td>November 18-19</td><td>Trinity</td></tr></table>"
    ).css("tr")
    assert [year_row_above(row) for row in rows] == ["2017", "2017", "2016"]


_PAST_TABLE = """<html><body><h1>Northeastern Section</h1><h2>Past Meetings</h2><table>
<tr><td><b>Year</b></td><td><b>Dates</b></td><td><b>Location</b></td><td><b>Attendance</b></td></tr>
<tr><td>2017</td><td>November 17-18</td><td><a href="/f17">Sacred Heart University</a></td>
<td>145</td></tr>
<tr><td></td><td>June 2-3</td><td><a href="/s17">Norwich University</a></td><td>65</td></tr>
<tr><td>2010</td><td>November 19-20</td><td>Providence College</td><td>185</td></tr>
<tr><td></td><td>June 11-12</td><td><a href="/s10">Salve Regina University</a></td><td>82</td></tr>
<tr><td>2006</td><td>November 17-18</td><td><a href="/f06">Sacred Heart University</a></td>
<td>123</td></tr>
</table></body></html>"""


def test_past_meetings_known_by_their_host() -> None:
    records = _records(_PAST_TABLE, date(2018, 6, 23))
    starts = sorted((s or "")[:10] + " " + (t or "") for t, s, _ in records)
    assert starts == [
        "2006-11-17 Sacred Heart University",
        "2010-06-11 Salve Regina University",
        "2010-11-19 Providence College",
        "2017-06-02 Norwich University",
        "2017-11-17 Sacred Heart University",
    ]
    assert all(title == place for title, _, place in records)


def test_maa_past_meetings_in_their_years(capsys: pytest.CaptureFixture[str]) -> None:
    # „2016 | November 18-19 | Trinity College“ read 2018-11-18 (the page's year) and „ |
    # May 29-30 | Keene State College“ under 2015 too: „29-30“ was taken for a year.
    rows = _by_title(inspect_corpus_page(capsys, _PAST))
    assert rows["Trinity College"][0]["start"] == "2016-11-18"
    assert rows["Keene State College"][0]["start"] == "2015-05-29"
    assert [r["start"] for r in rows["Sacred Heart University"]] == ["2017-11-17", "2006-11-17"]
    assert rows["Providence College"][0]["location"] == "Providence College"  # no link
    assert sum(len(found) for found in rows.values()) == 29


# --- a „Last Modified:“ stamp is no event's day --------------------------------------------


def test_a_last_modified_stamp_dates_no_event() -> None:
    # „Last Modified: 06/22/2018 - 04:20pm“ in the footer made the page one event „Section
    # Meetings“ on the day the page was edited.
    url = "http://sections.maa.org/northeastern/newsite/mtgs/index.php"
    starts = starts_by_title(_NEXT, url, date(2018, 6, 23))
    assert not any((start or "").startswith("2018-06-22") for start in starts.values())
    snippet = """<html><body><h1>Section Meetings</h1><p>Our meetings are held twice a year.</p>
    <h3>Viewing this Site</h3><div>Copyright 2018<br>Last Modified:  06/22/2018 - 04:20pm</div>
    </body></html>"""
    assert not any(
        (s or "").startswith("2018-06-22") for _, s, _ in _records(snippet, date(2018, 6, 23))
    )


# --- „The next Section Meeting is our Fall 2018 Meeting on Friday, November 16 …“ -------------


def test_the_next_meeting_sentence_announces_its_days() -> None:
    text = (
        "The next Section Meeting is our Fall 2018 Meeting on Friday, November 16 and Saturday, "
        "November 17, 2018, at Southern New Hampshire University in Manchester, NH. More "
        "information about the meeting will be posted here in the coming months."
    )
    assert announcing_sentence(text) is not None
    assert (
        announcing_sentence("The meeting on Friday, November 16, 2018 was well attended.") is None
    )


def test_maa_next_meeting_on_its_two_days() -> None:
    url = "http://sections.maa.org/northeastern/newsite/mtgs/index.php"
    records = page_records(_NEXT, url, date(2018, 6, 23))
    assert [start for _, start, _ in records] == ["2018-11-16"]


def test_the_next_meeting_is_named_as_the_sentence_calls_it() -> None:
    sentence = (
        "The next Section Meeting is our Fall 2018 Meeting on Friday, November 16 and Saturday, "
        "November 17, 2018, at Southern New Hampshire University in Manchester, NH"
    )
    assert announced_name(sentence, "Section Meetings") == "Fall 2018 Meeting"
    assert announced_name("The next meeting is on Friday, November 16.", "Meetings") is None
    url = "http://sections.maa.org/northeastern/newsite/mtgs/index.php"
    assert starts_by_title(_NEXT, url, date(2018, 6, 23)) == {"Fall 2018 Meeting": "2018-11-16"}
