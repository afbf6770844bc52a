"""Held-out batch CB (English listings: a security group's past presentations, a statistical
section's past and future meetings, a digital-epigraphy community's workshops, a one-day
workshop's programme table, a pub's special events): each general cause it showed, on its real
page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from netdir.extract.notices import names_a_break
from netdir.extract.prose_announcements import announcing_sentence
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# --- a link after „by“ names the speaker, „Video“ the recording: not the talk ---

_TALKS = """<html><body><h1>Meetings</h1><h3>Past Presentations</h3><ul>
<li>2015-04-27 <a href="https://github.com/yelp/osxcollector">OSX Collector</a> by
<a href="https://twitter.com/c0wl">Ivan Leichtling</a>, <a href="https://youtu.be/x">Video</a></li>
<li>2015-04-06 <a href="https://www.elastic.co">ElasticNSM</a> by <a href="http://a.example">Matt
Bromiley, Brian Marks</a>, <a href="https://vimeo.com/1">Video</a></li>
<li>2015-02-09 <a href="http://osquery.io">osquery</a> by <a href="http://b.example">Teddy Reed</a>
and <a href="http://twitter.com/m">Mike Arpaia</a>, <a href="https://youtu.be/y">Video</a></li>
<li>2014-10-13 OSSEC by <a href="http://c.example">Mike Downey</a></li>
<li>2014-09-22 Implementing a Network Security Monitoring System by
<a href="http://d.example">Jon Schipp</a></li>
</ul></body></html>"""


def test_the_link_after_by_names_the_speaker_not_the_talk() -> None:
    titles = {start: title for title, start, _ in readings_on(_TALKS, date(2015, 11, 25))}
    assert titles == {
        "2015-04-27": "OSX Collector",
        "2015-04-06": "ElasticNSM",
        "2015-02-09": "osquery",
        "2014-10-13": "OSSEC",  # the talk is no link: the text before „by“ names it
        "2014-09-22": "Implementing a Network Security Monitoring System",
    }


def test_a_partners_link_or_a_lone_link_without_by_still_names_the_row() -> None:
    html = """<html><body><ul>
<li>2017-01-10 - <a href="/r">R and Machine Learning</a> - Joint meetup with <a href="/w">Women
Who Code Portland</a></li>
<li>2017-02-14 - <a href="/s">Shiny dashboards for everyone</a></li>
<li>2017-03-14 - <a href="/t">Tidy text mining</a></li></ul></body></html>"""
    titles = [title for title, _, _ in readings_on(html, date(2017, 4, 1))]
    assert titles == [
        "R and Machine Learning",
        "Shiny dashboards for everyone",
        "Tidy text mining",
    ]


def test_real_page_every_past_presentation_is_named_by_its_talk() -> None:
    readings = saved_page_readings("jekyll-open-nsm-meetings-2015-11")
    titles = {start: title for title, start, _ in readings}
    assert len(readings) == 26
    assert titles["2015-04-27"] == "OSX Collector"
    assert titles["2015-02-09"] == "osquery"
    assert titles["2014-10-13"] == "OSSEC"
    assert titles["2014-09-08"] == "Tragfen"


# --- a programme table „Time | Speaker | Title“ under a lead naming the one day ---


def test_will_run_and_will_be_held_announce_the_events_day() -> None:
    assert announcing_sentence("The workshop will run all day on November 3 2017.") is not None
    assert announcing_sentence("The AGM will be held on 12 March 2024 in the hall.") is not None
    assert announcing_sentence("We ran the workshop on November 3 2017.") is None


def test_lunch_and_poster_session_is_the_lunch_break() -> None:
    assert names_a_break("Lunch and poster session")
    assert not names_a_break("Poster session")


_PROGRAMME = """<html><body><h1>Programme</h1>
<p>The workshop will run all day on November 3 2017.</p>
<table><tr><th>Time</th><th>Speaker</th><th>Title</th></tr>
<tr><td>09:30-09:45</td><td colspan="2">Introduction and registration</td></tr>
<tr><td>09:45-10:30</td><td>Peter Swain</td><td>An intracellular organization of information</td></tr>
<tr><td>11:45-13:15</td><th colspan="2">Lunch and poster session</th></tr>
<tr><td>13:15-14:00</td><td>Alex Fletcher</td><td>Cancer progression and therapeutic response</td></tr>
<tr><td>15:15-16:15</td><th colspan="2">Poster session</th></tr>
</table></body></html>"""


def test_a_speaker_column_beside_the_names_keeps_the_table_a_programme() -> None:
    readings = readings_on(_PROGRAMME, date(2018, 9, 11))
    points = [(title, start) for title, start, _ in readings if start and "T" in start]
    assert points == [
        ("Introduction and registration", "2017-11-03T09:30"),
        ("An intracellular organization of information", "2017-11-03T09:45"),
        ("Cancer progression and therapeutic response", "2017-11-03T13:15"),
        ("Poster session", "2017-11-03T15:15"),
    ]


def test_real_page_the_workshops_talks_are_read_at_their_clocks() -> None:
    readings = saved_page_readings("jekyll-qsb-kcl-programme-2017-11")
    starts = {title: start for title, start, _ in readings}
    assert starts["Friction forces position the neural anlage"] == "2017-11-03T14:45"
    assert starts["Concluding remarks"] == "2017-11-03T17:30"
    assert "Lunch and poster session" not in starts
    assert len([s for s in starts.values() if s and "T" in s]) == 11


# --- an English run whose first day names its own month keeps the run's year ---

_WORKSHOPS = """<html><body><h1>Meetings &amp; Events</h1><ul>
<li><p><a href="../w1/">Workshop I</a>: Heidelberg (21st - 23rd March 2018)</p></li>
<li><p><a href="../w3/">Workshop III</a>: Vienna (30th May - 1st June, 2019)</p></li>
<li><p><a href="../w4/">Workshop IV</a>: Hamburg (19th February - 21st February 2020)</p></li>
</ul></body></html>"""


def test_the_days_in_brackets_keep_their_year_and_the_town_before_them_is_the_place() -> None:
    readings = readings_on(_WORKSHOPS, date(2021, 1, 29))
    assert readings == [
        ("Workshop I", "2018-03-21", "Heidelberg"),
        ("Workshop III", "2019-05-30", "Vienna"),
        ("Workshop IV", "2020-02-19", "Hamburg"),  # was 19 February 2021
    ]


def test_one_row_with_a_colon_and_bracketed_days_gives_no_place() -> None:
    html = """<html><body><ul>
<li><p><a href="/a">Talk</a>: Introduction (5 May 2020)</p></li>
<li><p><a href="/b">Meetup twelve</a> (6 June 2020)</p></li></ul></body></html>"""
    places = [place for _, _, place in readings_on(html, date(2020, 1, 1))]
    assert places == [None, None]


def test_real_page_each_workshop_is_placed_in_its_town() -> None:
    readings = saved_page_readings("jekyll-epigraphy-info-meetings-2021-01")
    assert ("Workshop IV", "2020-02-19", "Hamburg") in readings
    assert [place for _, _, place in readings] == [
        "Heidelberg",
        "Zadar",
        "Vienna",
        "Hamburg",
        "Leuven",
    ]
