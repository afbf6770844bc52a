"""Held-out batch CC (English listings: a university data-science seminar's series posts, a
research group's meetings, a brass quintet's calendar, a Linux users group's talks, an NHS code
club's schedules): each general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.numbered_day_lines import (
    day_of_a_numbered_day_line,
    name_of_a_numbered_day_line,
)
from netdir.extract.plural_weekdays import only_a_plural_weekday, opens_with_listed_weekdays
from netdir.extract.title_text import is_junk_title
from netdir.extract.when_where_statement import places_from_the_where_label
from netdir.records import RawRecord
from tests.extract.realpage_inspect import readings_on, saved_page_spans, spans_on

# --- „Lesson 1 - January 23rd - Topic“ rows, „Where:“ / „When:“ once below the list ---

_LESSONS = """<html><head><title>Seminar</title></head><body><h1>Data Wrangling in R</h1>
<p>The four sessions will cover data cleaning:</p><ol>
<li>Lesson 1 - January 23rd - Working with Existing Variables</li>
<li>Lesson 2 - February 6th - Creating New Variables</li>
<li>Lesson 3 - February 20th - Managing Observations</li>
<li>Lesson 4 - March 6th - Grouping and Summarizing Data</li></ol>
<p><strong>Where: 3600 Morrissey Hall</strong></p>
<p><strong>When: Select Wednesdays (see above) from 1pm to 2pm</strong></p></body></html>"""


def test_a_numbered_day_line_is_named_after_its_day() -> None:
    line = "Lesson 4 - October 17th - Using knitr"
    assert name_of_a_numbered_day_line(line) == "Using knitr"
    assert day_of_a_numbered_day_line(line) == "October 17th"  # not a run from the 4th
    assert name_of_a_numbered_day_line("Room 4 - a quiet place") is None  # no day between
    assert name_of_a_numbered_day_line("October 17th - Using knitr") is None  # no label


def test_the_where_and_when_below_the_list_place_and_time_every_row() -> None:
    assert spans_on(_LESSONS, date(2019, 1, 4)) == [
        ("Working with Existing Variables", "2019-01-23T13:00", "2019-01-23T14:00", _ROOM),
        ("Creating New Variables", "2019-02-06T13:00", "2019-02-06T14:00", _ROOM),
        ("Managing Observations", "2019-02-20T13:00", "2019-02-20T14:00", _ROOM),
        ("Grouping and Summarizing Data", "2019-03-06T13:00", "2019-03-06T14:00", _ROOM),
    ]


_ROOM = "3600 Morrissey Hall"


def test_real_page_each_lesson_named_timed_and_placed() -> None:
    spans = saved_page_spans("hugo-slu-dss-seminar-06-2018-08")
    assert spans == [
        ("Introduction to R and RStudio", "2018-09-05T13:00", "2018-09-05T14:00", _ROOM),
        (
            "Reading and Writing Data with readr, readxl, and haven",
            "2018-09-19T13:00",
            "2018-09-19T14:00",
            _ROOM,
        ),
        ("Notebooks and RMarkdown", "2018-10-03T13:00", "2018-10-03T14:00", _ROOM),
        ("Using knitr", "2018-10-17T13:00", "2018-10-17T14:00", _ROOM),
    ]
    assert {place for *_, place in saved_page_spans("hugo-slu-dss-seminar-07-2019-01")} == {_ROOM}


# --- a card of heading, day and excerpt: the heading names it ---

_CARDS = """<html><body><h1>Talks</h1>
<section><div class="card"><h4>Packaging Applications for ArchLinux</h4><h6>25 September 2015
</h6><p>How to package an application for ArchLinux.</p></div></section>
<section><div class="card"><h4>Editing with Ed</h4><h6>25 September 2015</h6><p>An introductory
guide to the standard text editor.</p><p><a href="/ed.pdf">Download the slides</a></p></div></section>
<section><div class="card"><h4>Gentoo</h4><h6>20 February 2015</h6><p>Gentoo slides, covering
the basics.</p></div></section></body></html>"""


def test_the_heading_opening_a_card_names_its_day() -> None:
    assert readings_on(_CARDS, date(2015, 10, 3)) == [
        ("Packaging Applications for ArchLinux", "2015-09-25", None),  # its excerpt no place
        ("Editing with Ed", "2015-09-25", None),
        ("Gentoo", "2015-02-20", None),
    ]


def test_real_page_every_talk_named_by_its_card_heading() -> None:
    assert [title for title, *_ in saved_page_spans("jekyll-ritlug-talks-2015-10")] == [
        "Packaging Applications for ArchLinux",
        "Editing with Ed",
        "Gentoo",
        "i3 Tiling Window Manager",
    ]


# --- the site's name in a linked header h1 and og:site_name, the post's after it in <title>;
# a weekday in the plural over its listed days ---

_SERIES = """<html><head><title>Data Seminar - Seminar 04: Mapping Data in R</title>
<meta property="og:site_name" content="Data Seminar"></head><body>
<section class="header"><a href="https://example.org/"><div class="name"><h1>Data Seminar</h1>
</div></a></section><section class="main"><div class="page-heading">Seminar 04: Mapping Data in R
</div><p>Our Fall, 2017 seminar series will be a four-part introduction to spatial data.</p>
<p><strong>Where: 3600 Morrissey Hall</strong></p>
<p><strong>When: Wednesdays (Sept. 20, Oct. 4, Oct. 18, &amp; Nov. 1) from 2pm to 3pm</strong></p>
</section></body></html>"""


def test_a_series_post_is_one_session_per_listed_day_named_by_the_post() -> None:
    name = "Seminar 04: Mapping Data in R"
    assert spans_on(_SERIES, date(2017, 11, 30)) == [
        (name, "2017-09-20T14:00", "2017-09-20T15:00", _ROOM),
        (name, "2017-10-04T14:00", "2017-10-04T15:00", _ROOM),
        (name, "2017-10-18T14:00", "2017-10-18T15:00", _ROOM),
        (name, "2017-11-01T14:00", "2017-11-01T15:00", _ROOM),
    ]


def test_real_page_the_series_four_wednesdays() -> None:
    spans = saved_page_spans("hugo-slu-dss-seminar-04-2017-11")
    assert {title for title, *_ in spans} == {"DSS Seminar 04: Mapping Data in R"}
    assert [start for _, start, *_ in spans] == [
        "2017-09-20T14:00",
        "2017-10-04T14:00",
        "2017-10-18T14:00",
        "2017-11-01T14:00",
    ]


# --- a column its table's header labels („Module“) is no column of venues ---

_SCHEDULE = """<html><body><h1>Schedule</h1><table><thead><tr><th>Session Date</th><th>Module</th>
<th>Session Name</th></tr></thead><tbody>
<tr><td>17/07/2025</td><td>Core concepts</td><td>Data Types</td></tr>
<tr><td>31/07/2025</td><td>Core concepts</td><td>Control Flow</td></tr>
<tr><td>25/09/2025</td><td>Data Science</td><td>Comparing Samples</td></tr>
<tr><td>09/10/2025</td><td>Data Science</td><td>Analysing Relationships</td></tr>
</tbody></table></body></html>"""


def test_a_labelled_column_after_the_day_is_no_place() -> None:
    assert readings_on(_SCHEDULE, date(2026, 6, 18)) == [
        ("Data Types", "2025-07-17", None),
        ("Control Flow", "2025-07-31", None),
        ("Comparing Samples", "2025-09-25", None),
        ("Analysing Relationships", "2025-10-09", None),
    ]


def test_real_page_the_module_column_places_no_session() -> None:
    for page in (
        "quarto-nhs-code-club-essentials-schedule-2026-06",
        "quarto-nhs-code-club-intermediate-schedule-2026-06",
    ):
        assert {place for *_, place in saved_page_spans(page)} == {None}


# --- „When: Wednesdays (Jan. 24, …) from 1pm to 2pm“ read as a list's rows: the weekday names
# none of them, the „Where:“ beside it places them; „RSVP: …“ is how to reply ---

_SERIES_LISTED = """<html><head><title>Data Seminar - Seminar 05: Functions &amp; Packages in R
</title></head><body><section class="header"><a href="/"><h1>Data Seminar</h1></a></section>
<section class="main"><div class="page-heading">Seminar 05: Functions &amp; Packages in R</div>
<div class="markdown"><p>The four sessions for the Spring 2018 seminar will cover ways to use R
for managing research projects. We'll discuss how to write functions that automate repetitive
tasks and how to include those functions in your own package. No prior experience is needed!</p>
<p><strong>Where: 3600 Morrissey Hall</strong></p>
<p><strong>When: Wednesdays (Jan. 24, Feb. 7, Feb. 21, &amp; Mar. 7) from 1pm to 2pm</strong></p>
<p><strong>RSVP: <a href="https://example.org/form">Register via Google Forms</a></strong></p>
</div></section></body></html>"""


def test_listed_weekdays_are_named_by_the_page_and_placed_by_the_where_beside() -> None:
    name = "Seminar 05: Functions & Packages in R"
    assert spans_on(_SERIES_LISTED, date(2017, 11, 30)) == [
        (name, "2018-01-24T13:00", "2018-01-24T14:00", _ROOM),
        (name, "2018-02-07T13:00", "2018-02-07T14:00", _ROOM),
        (name, "2018-02-21T13:00", "2018-02-21T14:00", _ROOM),
        (name, "2018-03-07T13:00", "2018-03-07T14:00", _ROOM),
    ]


def test_real_page_the_four_wednesdays_in_their_room_without_the_rsvp() -> None:
    spans = saved_page_spans("hugo-slu-dss-seminar-05-2017-11")
    assert {(title, place) for title, *_, place in spans} == {
        ("DSS Seminar 05: Functions & Packages in R", _ROOM)
    }
    assert [start for _, start, *_ in spans] == [
        "2018-01-24T13:00",
        "2018-02-07T13:00",
        "2018-02-21T13:00",
        "2018-03-07T13:00",
    ]


def test_the_where_beside_a_when_that_lists_the_rows_days_places_them() -> None:
    tree = LexborHTMLParser(_SERIES_LISTED)
    days = ["Jan 24, from 1pm to 2pm", "Feb 7, from 1pm to 2pm", "Feb 21, from 1pm to 2pm"]
    days.append("Mar 7, from 1pm to 2pm")
    rows = [RawRecord("s", "https://example.org/", "listing", "x", date_text=d) for d in days]
    first = tree.css_first("div.markdown p")
    assert first is not None
    places_from_the_where_label(rows, first)
    assert {row.location_text for row in rows} == {_ROOM}
    other = [RawRecord("s", "https://example.org/", "listing", "x", date_text="Apr 4")] * 2
    places_from_the_where_label(other, first)  # days the „When:“ does not list: one event's
    assert {row.location_text for row in other} == {None}


def test_a_plural_weekday_names_no_session() -> None:
    assert only_a_plural_weekday("Wednesdays") and only_a_plural_weekday("mittwochs")
    assert not only_a_plural_weekday("Wednesday Club")
    assert opens_with_listed_weekdays("Wednesdays (Sept. 20, Oct. 4, & Nov. 1) from 2pm to 3pm")
    assert not opens_with_listed_weekdays("Wednesday, Sept. 20")


def test_an_rsvp_line_names_nothing() -> None:
    assert is_junk_title("RSVP: Register via Google Forms")
    assert is_junk_title("RSVP")
    assert not is_junk_title("RSVP Party at the Boathouse")
