"""Held-out batch BS (English listings: a university library's data services calendar, a
university research software engineering team's events, a civic-tech brigade's events table, a
volunteer group's library meeting schedule): each general cause it showed, on its real page and
on a minimal snippet."""

from __future__ import annotations

from datetime import date

from netdir.extract.from_hour_spans import from_hour_span, venue_after_the_hours
from netdir.extract.place_lines import venue_part_of_title
from netdir.extract.places_named_in_full import place_named_in_full
from netdir.extract.room_codes import names_a_room
from tests.extract.realpage_inspect import (
    readings_on,
    saved_page_readings,
    saved_page_spans,
    spans_on,
)

# --- „CISE Seminar - Multi-Agent Map-Building“: a hyphened „-Building“ is a topic, no house ---


def test_a_venue_word_hyphened_to_the_word_before_names_no_venue() -> None:
    assert venue_part_of_title("CISE Seminar - Multi-Agent Map-Building") is None
    assert venue_part_of_title("Leadership Day - Team-Building") is None
    # a house named in words of its own is still the title's venue part
    assert venue_part_of_title("Concert - Town Hall") == ("Concert", "Town Hall")
    assert venue_part_of_title("Lecture - Science Building") == ("Lecture", "Science Building")
    # German compounds keep their venue ends, hyphened or not
    assert venue_part_of_title("Konzert - Stadt-Halle") == ("Konzert", "Stadt-Halle")


_SEMINAR_ROWS = """<html><head><title>Calendar</title></head><body><h1>Calendar</h1><ul>
<li class="news-item"><div class="row"><div class="news-date"><p> Oct 19, 2018 </p></div>
<div class="news-title"><a class='news-title-link' href="/a/"><h4>CISE Seminar - James Tee</h4>
</a></div></div><div class="row"><p class="workshop-excerpt">Is Information in the Brain
Represented in Continuous or Discrete Form?</p></div></li>
<li class="news-item"><div class="row"><div class="news-date"><p> Oct 24, 2018 </p></div>
<div class="news-title"><a class='news-title-link' href="/b/"><h4>CISE Seminar - Multi-Agent
Map-Building</h4></a></div></div><div class="row"><p class="workshop-excerpt">Kalman Filtering
Meets Gaussian Processes</p></div></li>
<li class="news-item"><div class="row"><div class="news-date"><p> Nov 7, 2018 </p></div>
<div class="news-title"><a class='news-title-link' href="/c/"><h4>Microbiology Seminar - Peter
Daszak</h4></a></div></div><div class="row"><p class="workshop-excerpt">Forecasting
Pandemics</p></div></li>
</ul></body></html>"""


def test_a_seminar_named_by_its_hyphened_topic_keeps_the_topic() -> None:
    assert readings_on(_SEMINAR_ROWS, date(2018, 10, 18)) == [
        ("CISE Seminar - James Tee", "2018-10-19", None),
        ("CISE Seminar - Multi-Agent Map-Building", "2018-10-24", None),
        ("Microbiology Seminar - Peter Daszak", "2018-11-07", None),
    ]


def test_real_page_the_library_calendar_keeps_the_seminars_topic() -> None:
    rows = saved_page_readings("jekyll-bu-data-services-calendar-2018-10")
    assert len(rows) == 27
    assert rows[2] == ("CISE Seminar - Multi-Agent Map-Building", "2018-10-24", None)


# --- „Stop in to Mugar Library from 2:00-3:00“: the excerpt's hours after „from“ ---


def test_an_english_span_of_hours_after_from_is_handed_on_with_its_from() -> None:
    assert from_hour_span(["Stop in to Mugar Library from 2:00-3:00 for office hours."]) == (
        "from 2:00-3:00"
    )
    assert from_hour_span(["It will be on Friday, October 28 from 2:00 - 3:30 in the Hall."]) == (
        "from 2:00 - 3:30"
    )
    assert from_hour_span(["Join us from 11:30am to 1:00pm."]) == "from 11:30am to 1:00pm"
    # the hours a place keeps, a count and a lone clock are no span of an event's hours
    assert from_hour_span(["The help desk is open from 9:00-5:00 on weekdays."]) is None
    assert from_hour_span(["Ages from 2 to 5 are welcome."]) is None
    assert from_hour_span(["Doors open at 2:00."]) is None


_OFFICE_HOURS = """<html><head><title>Calendar</title></head><body><h1>Calendar</h1><ul>
<li class="news-item"><div class="news-date"><p> Dec 14, 2016 </p></div>
<div class="news-title"><a href=""><h4>Data Coordinating Center Office Hours</h4></a></div>
<p class="workshop-excerpt">Have a data question? Stop in to Mugar Library from 2:00-3:00 for
office hours with the DCC.</p></li>
<li class="news-item"><div class="news-date"><p> Dec 12, 2016 </p></div>
<div class="news-title"><a href="/tap/"><h4>Fear, Violence, and Trauma</h4></a></div>
<p class="workshop-excerpt">This Research on Tap session will convene researchers. RSVP</p></li>
<li class="news-item"><div class="news-date"><p> Oct 28, 2016 </p></div>
<div class="news-title"><a href="/open/"><h4>Open Science at BU: Success Stories</h4></a></div>
<p class="workshop-excerpt">The Office of Research is hosting an Open Access Week event. It will
be on Friday, October 28 from 2:00-3:30. Be sure to register.</p></li>
</ul></body></html>"""


def test_the_hours_an_excerpt_gives_after_from_time_its_day() -> None:
    spans = spans_on(_OFFICE_HOURS, date(2018, 10, 18))
    assert [(title, start, end) for title, start, end, _ in spans] == [
        ("Data Coordinating Center Office Hours", "2016-12-14T14:00", "2016-12-14T15:00"),
        ("Fear, Violence, and Trauma", "2016-12-12", None),
        ("Open Science at BU: Success Stories", "2016-10-28T14:00", "2016-10-28T15:30"),
    ]


def test_real_page_the_office_hours_and_the_open_access_event_are_timed() -> None:
    spans = saved_page_spans("jekyll-bu-data-services-calendar-2018-10")
    timed = [(title, start, end) for title, start, end, _ in spans if start and "T" in start]
    assert timed == [
        ("Data Coordinating Center Office Hours", "2016-12-14T14:00", "2016-12-14T15:00"),
        ("Data Coordinating Center Office Hours", "2016-12-02T14:00", "2016-12-02T15:00"),
        ("Data Coordinating Center Office Hours", "2016-11-18T14:00", "2016-11-18T15:00"),
        ("Data Coordinating Center Office Hours", "2016-11-04T14:00", "2016-11-04T15:00"),
        ("Open Science at BU: Success Stories", "2016-10-28T14:00", "2016-10-28T15:30"),
        ("Data Coordinating Center Office Hours", "2016-10-21T14:00", "2016-10-21T15:00"),
    ]


# --- „16/05/2023“ over „HDB.1.06 Learning Lab“: a room's dotted code is the place ---


def test_a_rooms_dotted_code_is_known_by_its_shape() -> None:
    for line in ("HDB.1.06 Learning Lab", "KGVI.1.71B", "BSTC.2.40.PC", "ARMB.2.49"):
        assert names_a_room(line), line
    for line in ("Version 2.1.0", "v1.2.3 released", "Training Workshop", "16.05.2023", "A.B.C"):
        assert not names_a_room(line), line


_ROOM_CARDS = """<html><head><title>Events</title></head><body><h1>Upcoming Events</h1>
<div role="list">
<div role="listitem"><a href="/events/git-16-05-2023" class="card"><div class="content">
<h2>Version Control with Git</h2><h5>16/05/2023</h5><h6>HDB.1.06 Learning Lab</h6>
<p>Version control is the lab notebook of the digital world.</p></div>
<div class="kind"><h6>Training Workshop</h6></div></a></div>
<div role="listitem"><a href="/events/python-23-05-2023" class="card"><div class="content">
<h2>Programming with Python</h2><h5>23/05/2023</h5><h6>KGVI.1.71B</h6>
<p>This lesson serves as an introduction to Python 3.</p></div>
<div class="kind"><h6>Training Workshop</h6></div></a></div>
<div role="listitem"><a href="/events/pages-07-06-2023" class="card"><div class="content">
<h2>GitHub Pages - Create your own module</h2><h5>07/06/2023</h5><h6>BSTC.2.40.PC</h6>
<p>This session will provide an overview of how to use GitHub Pages.</p></div>
<div class="kind"><h6>Code Community</h6></div></a></div>
</div></body></html>"""


def test_the_room_code_under_a_cards_day_is_its_place() -> None:
    assert readings_on(_ROOM_CARDS, date(2023, 5, 12)) == [
        ("Version Control with Git", "2023-05-16", "HDB.1.06 Learning Lab"),
        ("Programming with Python", "2023-05-23", "KGVI.1.71B"),
        ("GitHub Pages - Create your own module", "2023-06-07", "BSTC.2.40.PC"),
    ]


def test_real_page_the_research_software_teams_rooms() -> None:
    rows = saved_page_readings("jekyll-newcastle-rse-events-2023-05")
    assert [place for _, _, place in rows] == [
        "HDB.1.06 Learning Lab",
        "KGVI.1.71B",
        "BSTC.2.40.PC",
        "BSTC.2.40.PC",
        "HDB.1.14.PC",
        "HDB.1.14.PC",
        "HDB.1.14.PC",
        "ARMB.2.49",
    ]
    assert rows[0][0] == "Version Control with Git"
    assert rows[-1][0] == "Gotta go fast - Getting your code on HPC or Cloud"


# --- „… Office Hours @ Mugar“ over „Stop in to Mugar Library“: the place named in full ---


def test_a_short_place_goes_on_to_the_venue_the_text_names() -> None:
    text = "Have a data question? Stop in to Mugar Library from 2:00-3:00 for office hours."
    assert place_named_in_full("Mugar", text) == "Mugar Library"
    assert place_named_in_full("Mugar", "Mugar Memorial Library opens") == "Mugar Memorial Library"
    # no venue's word after it, or a venue already: the title's place stands
    assert place_named_in_full("Mugar", "Mugar Stories from the archive") is None
    assert place_named_in_full("Town Hall", "the Town Hall Annex") is None


def test_the_title_place_after_an_at_sign_is_named_as_the_excerpt_names_it() -> None:
    rows = readings_on(
        _OFFICE_HOURS.replace("Office Hours</h4>", "Office Hours @ Mugar</h4>"), date(2018, 10, 18)
    )
    assert rows[0] == ("Data Coordinating Center Office Hours", "2016-12-14T14:00", "Mugar Library")


def test_real_page_the_office_hours_are_placed_at_the_library() -> None:
    rows = saved_page_readings("jekyll-bu-data-services-calendar-2018-10")
    office_hours = [row for row in rows if row[0] == "Data Coordinating Center Office Hours"]
    assert len(office_hours) == 5
    assert {place for _, _, place in office_hours} == {"Mugar Library"}


# --- „… from 2:00-3:30 in Barristers Hall (LAW, 765 Commonwealth Avenue).“: the hall after the hours ---


def test_the_venue_a_sentence_names_after_its_hours() -> None:
    line = (
        "Open Science at BU: Success Stories will be on Friday, October 28 from 2:00-3:30 in"
        " Barristers Hall (LAW, 765 Commonwealth Avenue). Be sure to register."
    )
    assert venue_after_the_hours([line]) == "Barristers Hall (LAW, 765 Commonwealth Avenue)"
    assert venue_after_the_hours(["We meet from 6:00-8:00 at the Town Hall."]) == "Town Hall"
    # a month or a word that names no venue after the hours is no place
    assert venue_after_the_hours(["Sessions run from 2:00-3:00 in March."]) is None
    assert venue_after_the_hours(["Drop in from 2:00-3:00 in Person."]) is None


def test_real_page_the_open_access_week_event_is_in_its_hall() -> None:
    rows = saved_page_readings("jekyll-bu-data-services-calendar-2018-10")
    assert rows[20] == (
        "Open Science at BU: Success Stories",
        "2016-10-28T14:00",
        "Barristers Hall (LAW, 765 Commonwealth Avenue)",
    )


# --- „<a href="https://goo.gl/maps/…"><img alt="Acton Memorial Library"></a>“: the logo's venue ---

_LOGO_ROWS = """<html><head><title>TSSG</title></head><body>
<h1>WEDNESDAY WEEKLY MEETING SCHEDULE</h1>
<table><thead><tr><th></th><th>WEDNESDAY</th><th></th></tr></thead><tbody>
<tr><td><span>OCT</span><br><span>03</span><br><span>2018</span></td>
<td><a href="https://goo.gl/maps/6wmSZBydHVU2"><img alt="Acton Memorial Library"
src="Images/icon-lib-acton.png"></a></td><td><p>12:30<br>to<br>5pm</p></td></tr>
<tr><td><span>OCT</span><br><span>17</span><br><span>2018</span></td>
<td><a href="https://goo.gl/maps/5r8hpPRyd4n"><img alt="Chelmsford Public Library"
src="Images/icon-lib-chelmsford.png"></a></td><td><p>12:30<br>to<br>5pm</p></td></tr>
<tr><td><span>OCT</span><br><span>24</span><br><span>2018</span></td>
<td><a href="https://goo.gl/maps/NRQS3LpAZ812"><img alt=""
src="Images/icon-lib-chelmsford.png"></a></td><td><p>12:30<br>to<br>5pm</p></td></tr>
</tbody></table></body></html>"""


def test_the_venue_logo_in_a_map_link_places_the_row() -> None:
    rows = readings_on(_LOGO_ROWS, date(2018, 9, 20))
    assert [(start, place) for _, start, place in rows] == [
        ("2018-10-03T12:30", "Acton Memorial Library"),
        ("2018-10-17T12:30", "Chelmsford Public Library"),
        # a logo without its alt says nothing a reader without the image gets
        ("2018-10-24T12:30", None),
    ]


def test_real_page_the_general_meetings_libraries() -> None:
    rows = saved_page_readings("static-tssg-general-meeting-schedule-2018-09")
    assert [place for _, _, place in rows] == [
        None,
        "Acton Memorial Library",
        "Acton Memorial Library",
        "Chelmsford Public Library",
        "Acton Memorial Library",
        "Hopkinton Public Library",
    ]
