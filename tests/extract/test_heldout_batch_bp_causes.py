"""Held-out batch BP (English listings: a research committee's annual meetings named by their
year and host, an amateur radio club's minutes under a caption the template repeats, a school
board's meeting archive, a school committee's index, a parent council's meetings page): each
general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.site_name_tags import site_name_tag
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# --- „Annual Meetings“ over „2026: Cargill, Lewisburg, Ohio“: the year's meeting, at its host ---

_ANNUAL = """<html><head><title>Annual Meetings | NCCC170</title></head><body>
<div class="universal-wrapper"><h1>Annual Meetings</h1></div>
<div class="article-container">
<div class="media stream-item"><div class="media-body">
<div class="section-subheading article-title"><a href="/meetings/2026/">2026: Cargill, Lewisburg,
Ohio</a></div><div class="article-style">Jun 11, 2026 &mdash; Jun 12, 2026</div></div></div>
<div class="media stream-item"><div class="media-body">
<div class="section-subheading article-title"><a href="/meetings/2025/">2025: University of
Idaho</a></div><div class="article-style">Jun 5, 2025 &mdash; Jun 6, 2025</div></div></div>
<div class="media stream-item"><div class="media-body">
<div class="section-subheading article-title"><a href="/meetings/2021/">2021: Online</a></div>
<div class="article-style">Jun 25, 2021</div></div></div>
<div class="media stream-item"><div class="media-body">
<div class="section-subheading article-title"><a href="/meetings/2019/">2019: University of
Illinois, Urbana-Champaign</a></div><div class="article-style">Jun 20, 2019 &mdash; Jun 21,
2019</div></div></div>
</div></body></html>"""


def test_rows_named_by_their_year_and_host_are_the_series_meetings() -> None:
    assert readings_on(_ANNUAL, date(2026, 8, 28)) == [
        ("2026 NCCC170 Annual Meeting", "2026-06-11", "Cargill, Lewisburg, Ohio"),
        ("2025 NCCC170 Annual Meeting", "2025-06-05", "University of Idaho"),
        ("2021 NCCC170 Annual Meeting", "2021-06-25", None),  # „Online“ is no place
        ("2019 NCCC170 Annual Meeting", "2019-06-20", "University of Illinois, Urbana-Champaign"),
    ]


def test_year_rows_under_a_heading_of_no_meetings_keep_their_names() -> None:
    # „Past Workshops“ is no series the rows' hosts hold; a year that is not the row's own
    # („2019: …“ on a day of 2020) is no year of its meeting
    page = _ANNUAL.replace("<h1>Annual Meetings</h1>", "<h1>Our History</h1>")
    titles = [title for title, _, _ in readings_on(page, date(2026, 8, 28))]
    assert titles[0] == "2026: Cargill, Lewisburg, Ohio"
    page = _ANNUAL.replace("Jun 20, 2019 &mdash; Jun 21,\n2019", "Jun 20, 2020")
    titles = [title for title, _, _ in readings_on(page, date(2026, 8, 28))]
    assert titles[0] == "2026: Cargill, Lewisburg, Ohio"


def test_real_page_the_committees_annual_meetings() -> None:
    rows = saved_page_readings("hugo-wowchemy-nccc170-annual-meetings-2026-08")
    assert len(rows) == 10
    assert rows[0] == ("2026 NCCC170 Annual Meeting", "2026-06-11", "Cargill, Lewisburg, Ohio")
    assert rows[5] == ("2021 NCCC170 Annual Meeting", "2021-06-25", None)
    assert rows[9] == (
        "2017 NCCC170 Annual Meeting",
        "2017-06-22",
        "Cargill Innovation Campus, Minnesota",
    )


# --- „Meeting document from 2020.“ under every day: the template's caption names no meeting ---

_MINUTES = """<html><head><title>Meeting Minutes</title>
<link rel="alternate" href="https://w8fy.org/index.xml" type="application/rss+xml"
title="W8FY VAN WERT HAM RADIO CLUB"></head><body>
<h1>Meeting Minutes</h1>
<h2 class="filter-header">2020</h2>
<section class="post"><h2><a href="/m/April%2018,%202020.pdf">April 18, 2020</a></h2>
<p class="intro">Meeting document from 2020.</p><p><a href="/m/a18.pdf">View PDF</a></p></section>
<section class="post"><h2><a href="/m/June%206,%202020.pdf">June 6, 2020</a></h2>
<p class="intro">Meeting document from 2020.</p><p><a href="/m/j6.pdf">View PDF</a></p></section>
<section class="post"><h2><a href="/m/March%207,%202020.pdf">March 7, 2020</a></h2>
<p class="intro">Meeting document from 2020.</p><p><a href="/m/m7.pdf">View PDF</a></p></section>
<h2 class="filter-header">2019</h2>
<section class="post"><h2><a href="/m/August%203,%202019.pdf">August 3, 2019</a></h2>
<p class="intro">Meeting document from 2019.</p><p><a href="/m/a3.pdf">View PDF</a></p></section>
</body></html>"""


def test_the_head_names_the_site() -> None:
    assert site_name_tag(LexborHTMLParser(_MINUTES)) == "W8FY VAN WERT HAM RADIO CLUB"
    og = '<html><head><meta property="og:site_name" content="Sheffield Ruby"></head></html>'
    assert site_name_tag(LexborHTMLParser(og)) == "Sheffield Ruby"
    assert site_name_tag(LexborHTMLParser("<html><head><title>x</title></head></html>")) is None


def test_days_under_a_repeated_caption_are_the_clubs_meetings() -> None:
    rows = readings_on(_MINUTES, date(2025, 7, 1))
    assert rows == [
        ("W8FY VAN WERT HAM RADIO CLUB meeting", "2020-04-18", None),
        ("W8FY VAN WERT HAM RADIO CLUB meeting", "2020-06-06", None),
        ("W8FY VAN WERT HAM RADIO CLUB meeting", "2020-03-07", None),
        ("W8FY VAN WERT HAM RADIO CLUB meeting", "2019-08-03", None),
    ]


def test_rows_that_say_each_their_own_words_keep_them() -> None:
    own = _MINUTES.replace(
        'Meeting document from 2020.</p><p><a href="/m/a18.pdf">',
        'Field Day planning.</p><p><a href="/m/a18.pdf">',
    )
    titles = [title for title, _, _ in readings_on(own, date(2025, 7, 1))]
    assert "W8FY VAN WERT HAM RADIO CLUB meeting" not in titles
    # under a heading that names no meetings the caption stays what the rows are named by
    other = _MINUTES.replace("<h1>Meeting Minutes</h1>", "<h1>Newsletters</h1>")
    titles = [title for title, _, _ in readings_on(other, date(2025, 7, 1))]
    assert "W8FY VAN WERT HAM RADIO CLUB meeting" not in titles


def test_a_name_every_row_shares_without_its_year_is_the_series_own() -> None:
    # „<h4>4 March 2026</h4><p>Parish Council Meeting</p>“ in every row: the meetings' name
    shared = _MINUTES.replace("Meeting document from 2020.", "Parish Council Meeting").replace(
        "Meeting document from 2019.", "Parish Council Meeting"
    )
    titles = {title for title, _, _ in readings_on(shared, date(2025, 7, 1))}
    assert titles == {"Parish Council Meeting"}


def test_real_page_the_radio_clubs_minutes_days_are_its_meetings() -> None:
    rows = saved_page_readings("hugo-universal-w8fy-meeting-minutes-2025-07")
    assert [start for _, start, _ in rows] == [
        "2020-04-18",
        "2020-04-04",
        "2020-06-06",
        "2020-03-21",
        "2020-03-07",
        "2020-05-16",
        "2020-05-02",
    ]
    assert {title for title, _, _ in rows} == {"W8FY VAN WERT HAM RADIO CLUB meeting"}
