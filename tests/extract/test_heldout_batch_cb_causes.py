"""Held-out batch CB (English listings: a security group's past presentations, a statistical
section's past and future meetings, a digital-epigraphy community's workshops, a one-day
workshop's programme table, a pub's special events): each general cause it showed, on its real
page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from netdir.extract.notices import names_a_break
from netdir.extract.prose_announcements import announcing_sentence
from tests.extract.realpage_inspect import readings_on, saved_page_readings, spans_on

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


# --- a pub's special events: bold day, a short sentence naming the evening, then its description;
# a section's run announced by its link, and the heading that shortens a listed name ---

_SPECIAL_EVENTS = """<html><body><div id="content">
<h1>Carnival</h1>
<p><a href="https://wakes.example/">Winster Wakes and Carnival</a> runs from Sunday the 26th June
to Saturday 2nd July and The Old Bowling Green will be hosting several special events.</p>
<p><b>Tuesday, 28th June at 9pm</b> Allan's Carnival Quiz. Come along and join this fun general
knowledge quiz - teams of up-to 4, &pound;2 per team.</p>
<p><b>Thursday, 30th June at 6pm</b> BBQ.  Cheer home the brave souls who have run the hill race.</p>
<p><b>Thursday, 30th June at 9pm</b> Shaun's Music Quiz. Test your musical knowledge.</p>
<h1>Secret Gardens</h1>
<p><a href="http://gardens.example/">The Secret Gardens of Winster</a> will be on Saturday 16th
July and Sunday 17th July. The Old Bowling Green will be open for drinks.</p>
</div></body></html>"""


def test_the_short_sentence_after_the_bold_day_names_the_evening() -> None:
    spans = [(t, s, e) for t, s, e, _ in spans_on(_SPECIAL_EVENTS, date(2016, 5, 21))]
    assert spans[:4] == [
        ("Winster Wakes and Carnival", "2016-06-26", "2016-07-02"),  # the run, one record
        ("Allan's Carnival Quiz", "2016-06-28T21:00", None),
        ("BBQ", "2016-06-30T18:00", None),
        ("Shaun's Music Quiz", "2016-06-30T21:00", None),
    ]
    # the link names the gardens' days; the heading „Secret Gardens“ is no second record
    assert [(t, s) for t, s, _ in spans[4:]] == [("The Secret Gardens of Winster", "2016-07-16")]


def test_an_abbreviation_ends_no_name_sentence() -> None:
    # „St.“ closes no sentence: the line stays whole
    assert (
        name_before_the_description_of("<b>Sunday, 3rd July at 3pm</b> St. Mary's fete. Stalls.")
        is None
    )
    assert (
        name_before_the_description_of(
            "<b>Sunday, 3rd July at 3pm</b> Organ recital. Music by Bach."
        )
        == "Organ recital"
    )
    assert name_before_the_description_of("<b>Sunday, 3rd July</b> Dr. Smith talks. Free.") is None


def test_a_quoted_title_or_an_abbreviation_keeps_its_full_stop() -> None:
    quoted = (
        "<b>Dienstag, 3. Juni, 19:15 Uhr</b> „Gewusste Wahrheit. Über Fakten und ihre Fiktionen“"
    )
    assert name_before_the_description_of(quoted) is None
    assert name_before_the_description_of("<b>Samstag, 1. August</b> Ital. Abend im Hof.") is None


def name_before_the_description_of(paragraph: str) -> str | None:
    from selectolax.lexbor import LexborHTMLParser

    from netdir.extract.bold_day_sentences import name_before_the_description

    node = LexborHTMLParser(f"<div><p>{paragraph}</p></div>").css_first("p")
    assert node is not None
    bold = node.css_first("b")
    assert bold is not None
    date_text = bold.text()
    rest = node.text().replace(date_text, "", 1).strip()
    return name_before_the_description([node], rest, date_text)


def test_real_page_the_pubs_events_once_each_named_by_their_first_sentence() -> None:
    readings = saved_page_readings("php-old-bowling-green-winster-events-2016-05")
    titles = [title for title, _, _ in readings]
    assert titles == [
        "Winster Wakes and Carnival",
        "Allan's Carnival Quiz",
        "BBQ",
        "Shaun's Music Quiz",
        "The Secret Gardens of Winster",
    ]


# --- the venue a row's excerpt says the meeting was held at ---

_PAST_MEETINGS = """<html><body><h1>Past events</h1><ul class="posts">
<li><a href="/e/1.html">10 Oct 2016 Citizen Science</a><p>A full day meeting
took place at the David Attenborough Building in Cambridge. The meeting was attended by 40.</p></li>
<li><a href="/e/2.html">21 Jul 2016 The TIES conference</a><p>A session of three talks. The
event was held at Heriot Watt University in Edinburgh, and the session had 3 speakers.</p></li>
<li><a href="/e/3.html">24 Aug 2016 Palaeoclimate workshop</a><p>The network held a three day
workshop at Sidney Sussex College in Cambridge.</p></li>
<li><a href="/e/4.html">18 Mar 2016 Statistics in Weather</a><p>The meeting focussed on the use
of statistics at all scales.</p></li></ul></body></html>"""


def test_the_venue_the_excerpt_says_the_meeting_was_held_at() -> None:
    places = [place for _, _, place in readings_on(_PAST_MEETINGS, date(2016, 12, 9))]
    assert places == [
        "David Attenborough Building in Cambridge",
        "Heriot Watt University in Edinburgh",
        "Sidney Sussex College in Cambridge",
        None,  # „the use of statistics at all scales“: no one held it there
    ]


def test_real_page_the_past_meetings_take_their_venues_from_the_excerpts() -> None:
    places = {t: p for t, _, p in saved_page_readings("jekyll-rss-ess-past-events-2016-12")}
    assert places["Citizen Science"] == "David Attenborough Building in Cambridge"
    assert places["Model Averaging: Elephants, Oscars and Spiky Data"] == (
        "University of Kent in Canterbury"
    )


# --- one row under a list's label; a programme page titled by its site ---

_ONE_FUTURE_EVENT = """<html><body><div class="sidebar well"><h1>Committee members</h1><ul>
<li>Chair: <a href="https://x.example/">Ali Johnston</a></li>
<li>Secretary: <a href="https://x.example/">Adam Butler</a></li></ul></div>
<div class="main"><h1 id="events">Events</h1><p>We’ll list forthcoming events here.</p>
<ul class="posts"><li>
<a href="/e/2017/01/09/PremMort.html">09 Jan 2017 Assessing Uncertainty in Premature Mortality Due to Degraded Air Quality</a><p>Ambient air pollution, including elevated
concentrations of atmospheric particles, is estimated to cause premature deaths.</p></li></ul>
</div></body></html>"""


def test_the_one_rows_link_names_its_event_under_the_lists_label() -> None:
    assert readings_on(_ONE_FUTURE_EVENT, date(2016, 12, 9)) == [
        (
            "Assessing Uncertainty in Premature Mortality Due to Degraded Air Quality",
            "2017-01-09",
            None,
        )
    ]


def test_real_page_the_future_event_is_not_named_by_the_sidebar() -> None:
    readings = saved_page_readings("jekyll-rss-ess-events-2016-12")
    assert [title for title, _, _ in readings] == [
        "Assessing Uncertainty in Premature Mortality Due to Degraded Air Quality"
    ]


def test_a_programme_page_is_named_by_its_sites_title() -> None:
    html = _PROGRAMME.replace(
        "<html><body>",
        '<html><body><header><a class="site-title" href="/">Quantitative Systems Biology 2017'
        " (November 3rd)</a></header>",
    )
    readings = readings_on(html, date(2018, 9, 11))
    assert readings[0] == ("Quantitative Systems Biology 2017", "2017-11-03", None)


def test_real_page_the_workshop_is_named_by_the_site_not_by_programme() -> None:
    readings = saved_page_readings("jekyll-qsb-kcl-programme-2017-11")
    assert readings[0][:2] == ("Quantitative Systems Biology 2017", "2017-11-03")
