"""Held-out batch BH (English listings: a camera club's programme posts, a psychology
department's visit-day schedules): each general cause it showed, on its real page and on a
minimal snippet."""

from __future__ import annotations

from datetime import date

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.day_item_paragraphs import name_in_the_paragraph_after
from netdir.extract.title_text import title_in_text
from netdir.normalize import normalize_record
from netdir.normalize.when import parse_when
from netdir.normalize.when_letter_meridiems import letter_meridiems_spelt_out
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_PROGRAMME = "jekyll-broseley-camera-club-programme-2018-11"
_VISIT_2024 = "hugo-blogdown-columbia-psych-visit-days-2024-01"
_VISIT_2022 = "hugo-blogdown-columbia-psych-visit-days-2022-01"

Row = tuple[str | None, str | None, str | None, str | None]


def _records(html: str, today: date) -> list[Row]:
    page = page_from_text(html, "https://example.org/club/programme/")
    out: list[Row] = []
    for record in extract_page(page).records:
        normal = normalize_record(record, today=today)
        out.append(
            (
                record.title,
                (normal.start or "")[:16],
                (normal.end or "")[:16] or None,
                record.location_text,
            )
        )
    return out


# --- a bulleted day over the paragraph that names its meeting ---

_DAY_BULLETS = """<html><body><article><h1>Programme 2019-2020</h1>
<p>There is a full programme this season.</p>
<h4><strong>Workshops / Focus Points</strong></h4>
<ul><li>25th February 2019</li></ul>
<p><strong>Composition</strong> – We will look at some intermediate techniques.</p>
<ul><li>25th March 2019</li></ul>
<p><strong>Architectural Photography</strong> – A brief guide to the world of buildings.</p>
<ul><li>20th May 2019 (due to Bank Holiday)</li></ul>
<p><strong>Panoramic Images</strong> – From taking the images to stitching them together.</p>
<ul><li>24th June 2019</li></ul>
<p><strong>Flash in the Day</strong> – Off camera flash, and how to use it during the day.</p>
<ul><li>29th July 2019</li></ul>
<p><strong>Metering Modes</strong> – What are they, when and why would you use them?</p>
</article></body></html>"""


def test_the_paragraph_after_a_bulleted_day_names_its_meeting() -> None:
    records = _records(_DAY_BULLETS, date(2018, 11, 7))
    assert [(title, start) for title, start, _, _ in records] == [
        ("Composition", "2019-02-25"),
        ("Architectural Photography", "2019-03-25"),
        ("Panoramic Images", "2019-05-20"),  # not the note „(due to Bank Holiday)“
        ("Flash in the Day", "2019-06-24"),
        ("Metering Modes", "2019-07-29"),
    ]


def test_a_list_of_several_days_is_not_named_by_the_paragraph_after_it() -> None:
    item = LexborHTMLParser(
        "<html><body><ul><li>25th February 2019</li><li>25th March 2019</li></ul>"
        "<p><strong>Composition</strong> – both evenings.</p></body></html>"
    ).css_first("li")
    assert item is not None
    assert name_in_the_paragraph_after(item) is None


def test_a_bulleted_line_that_says_more_than_a_day_keeps_its_own_name() -> None:
    item = LexborHTMLParser(
        "<html><body><ul><li>25th February 2019: Composition evening</li></ul>"
        "<p><strong>Bring</strong> your camera.</p></body></html>"
    ).css_first("li")
    assert item is not None
    assert name_in_the_paragraph_after(item) is None


def test_the_camera_club_programme_is_named_by_its_bold_paragraphs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, _PROGRAMME)
    named = {(row["title"], row["start"][:10]) for row in rows}
    assert ("Composition", "2019-02-25") in named
    assert ("Panoramic Images", "2019-05-20") in named
    assert ("Using Window Light", "2020-01-27") in named
    assert not any(row["title"] == "Workshops / Focus Points" for row in rows)


# --- one-letter meridiems: „2:00p - 3:00p“ ---


def test_one_letter_meridiems_are_spelt_out() -> None:
    assert letter_meridiems_spelt_out("9:15a - 9:55a") == "9:15 am - 9:55 am"
    assert letter_meridiems_spelt_out("6:00p onward") == "6:00 pm onward"
    assert letter_meridiems_spelt_out("Room 3a, 9:15am") == "Room 3a, 9:15am"  # no clock, or read


def test_an_afternoon_of_one_letter_meridiems_is_the_afternoon() -> None:
    when = parse_when("Friday, February 4th, 2:00p - 3:00p", today=date(2022, 1, 27))
    assert when.start is not None and when.start.startswith("2022-02-04T14:00")
    assert when.end is not None and when.end.startswith("2022-02-04T15:00")


def test_hours_run_on_to_the_evening_name_nothing() -> None:
    assert title_in_text("6:00p onward") is None
    assert title_in_text("9:30pm onwards") is None
    assert title_in_text("Onward") == "Onward"  # a film's name, no clock before it


# --- a day's schedule table: hours | session | where ---

_SCHEDULE = """<html><head><title>Schedule | Visit Days (2024)</title></head><body><article>
<h1>Schedule</h1>
<h2>Thursday, Feb 1st</h2>
<table>
<tr><td>4:00pm - 5:00pm</td><td><strong>Welcome Tea</strong><br>Meet the students.</td>
<td><a href="https://tea.example.com/">The Tea House</a></td></tr>
<tr><td colspan="3"><hr></td></tr>
<tr><td>6:00pm - 9:00pm</td><td><strong>Dinner with students</strong><br>A casual dinner.</td>
<td><a href="https://osteria.example.com/">Osteria Lupa</a></td></tr>
</table>
<h2>Friday, Feb 2nd</h2>
<table>
<tr><td>8:45am - 9:40am</td><td><strong>Breakfast and introductions</strong></td>
<td><a href="https://maps.example.com/">Hamilton Room 321</a></td></tr>
<tr><td>9:40am - 12:30pm</td><td><strong>Interviews</strong><br>See your schedule.</td>
<td>Hamilton Hall<br>Science Institute</td></tr>
<tr><td>12:30pm - 2:00pm</td><td><strong>Lunch with labs</strong></td>
<td><a href="https://lunch.example.com/">Pisticci</a></td></tr>
<tr><td>2:30pm - 3:30pm</td><td><strong>Campus Tour</strong></td><td>Location TBD</td></tr>
<tr><td>5:15pm - 6:00pm</td><td><strong>General Q&amp;A</strong></td><td>Hamilton Rotunda</td></tr>
<tr><td>9:30pm onwards</td><td><strong>Bar with students</strong></td>
<td><a href="https://bar.example.com/">Amity Hall Uptown</a></td></tr>
</table></article></body></html>"""


def test_a_schedule_tables_last_column_is_where() -> None:
    records = sorted(_records(_SCHEDULE, date(2024, 1, 19)), key=lambda row: row[1] or "")
    assert [(title, start, place) for title, start, _, place in records] == [
        ("Welcome Tea", "2024-02-01T16:00", "The Tea House"),  # not named by the place's link
        ("Dinner with students", "2024-02-01T18:00", "Osteria Lupa"),
        ("Breakfast and introductions", "2024-02-02T08:45", "Hamilton Room 321"),
        ("Interviews", "2024-02-02T09:40", "Hamilton Hall, Science Institute"),
        ("Lunch with labs", "2024-02-02T12:30", "Pisticci"),
        ("Campus Tour", "2024-02-02T14:30", None),  # „Location TBD“ names no place yet
        ("General Q&A", "2024-02-02T17:15", "Hamilton Rotunda"),
        ("Bar with students", "2024-02-02T21:30", "Amity Hall Uptown"),  # not „onwards“
    ]


def test_a_column_of_speakers_is_no_place() -> None:
    html = """<html><body><h2>Thursday, Feb 1st</h2><table>
<tr><td>4:00pm - 5:00pm</td><td><strong>Deep Learning Today</strong></td>
<td><a href="/people/doe">Jane Doe</a></td></tr>
<tr><td>5:00pm - 6:00pm</td><td><strong>Graphs and Walks</strong></td>
<td><a href="/people/roe">Richard Roe</a></td></tr>
</table></body></html>"""
    records = _records(html, date(2024, 1, 19))
    assert len(records) == 2
    # (the linked names title the rows, as before; they are no places)
    assert [place for _, _, _, place in records] == [None, None]


def test_the_visit_day_schedules_are_named_by_their_sessions_and_placed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = inspect_corpus_page(capsys, _VISIT_2024)
    by_title = {row["title"]: row for row in rows}
    assert by_title["DiversiTea"]["location"] == "Kumospace"
    assert by_title["Dinner with graduate students"]["start"][:16] == "2024-02-01T18:00"
    assert by_title["Department Dinner"]["location"] == "Janet Metcalfe’s Apartment"
    assert by_title["Bar with graduate students"]["location"] == "Amity Hall Uptown"
    assert "Osteria Cotta" not in by_title and "onwards" not in by_title

    rows = inspect_corpus_page(capsys, _VISIT_2022)
    by_title = {row["title"]: row for row in rows}
    assert by_title["Q&A Session with Labs"]["start"][:16] == "2022-02-04T15:00"
    assert by_title["Faculty Show"]["end"][:16] == "2022-02-04T18:00"
    assert by_title["Faculty Meeting Slot 6"]["start"][:16] == "2022-02-03T13:40"  # „1:40p“
    assert by_title["Virtual Social Event"]["location"] == "Kumospace"
    assert "Zoom" in by_title["Information Session"]["location"]
