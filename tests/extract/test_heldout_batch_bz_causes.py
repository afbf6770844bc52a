"""Held-out batch BZ (English listings: a meet-up's home page with its meetings grouped under the
books they read, a county's community-workshop list, an online seminar's tables): each general
cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from netdir.extract.place_lines import names_a_place
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# --- meetings nested under their book's name in one list ---

_GROUPED = """<html><body><h1>Club</h1><section id="past"><h2>Past meetings</h2><ul>
<li><a href="/4">Opt Art: Chapter 4</a>, <time datetime="2023-07-10">6:30 PM-8:30 PM Monday 10th July
2023</time><ul><li><a href="/w4">Write-up</a></li></ul></li>
<li><a href="/3">What Next?</a>, <time datetime="2020-01-21">6:30 PM-8:30 PM Tuesday 21st January 2020
</time></li>
<li>10 Technical Papers Every Programmer Should Read<ul>
<li><a href="/2">Papers: Out Of The Tar Pit</a>, <time datetime="2020-01-07">6:30 PM-8:30 PM Tuesday 7th
January 2020</time></li></ul></li>
<li><a href="/1">Festive Show &amp; Tell 2019</a>, <time datetime="2019-12-03">6:30 PM-8:30 PM Tuesday
3rd December 2019</time></li>
<li>Physically Based Rendering<ul>
<li><a href="/b">Rendering: Shading Our Spheres</a>, <time datetime="2019-03-12">6:30 PM-8:30 PM Tuesday
12th March 2019</time></li>
<li><a href="/a">Rendering: Mobbing a Ray Tracer</a>, <time datetime="2019-02-26">6:30 PM-8:30 PM Tuesday
26th February 2019</time></li></ul></li>
</ul></section></body></html>"""


def test_meetings_nested_under_their_label_are_items_of_the_list() -> None:
    # Only the longest book's two meetings were read: the outer list's items were meetings and
    # whole books, and each book's list stood apart.
    assert [(title, start) for title, start, _ in readings_on(_GROUPED, date(2023, 8, 22))] == [
        ("Opt Art: Chapter 4", "2023-07-10T18:30"),
        ("What Next?", "2020-01-21T18:30"),
        ("Papers: Out Of The Tar Pit", "2020-01-07T18:30"),
        ("Festive Show & Tell 2019", "2019-12-03T18:30"),
        ("Rendering: Shading Our Spheres", "2019-03-12T18:30"),
        ("Rendering: Mobbing a Ray Tracer", "2019-02-26T18:30"),
    ]


_YEARS = """<html><body><h2>Meetings</h2><ul>
<li>2024<ul><li><a href="/c">Spring meeting</a>, 12 March 2024</li>
<li><a href="/d">Summer meeting</a>, 11 June 2024</li></ul></li>
<li>2023<ul><li><a href="/a">Spring meeting</a>, 14 March 2023</li>
<li><a href="/b">Summer meeting</a>, 13 June 2023</li></ul></li>
</ul></body></html>"""


def test_a_list_of_labels_only_keeps_its_lists() -> None:
    # Years over their meetings, no meeting of the outer list's own: each year's list is read as
    # before (the lifting needs the outer list to hold dated entries of its own).
    starts = sorted(start or "" for _, start, _ in readings_on(_YEARS, date(2024, 7, 1)))
    assert starts == ["2023-03-14", "2023-06-13", "2024-03-12", "2024-06-11"]


def test_real_page_the_clubs_meetings_of_each_book_and_between_them() -> None:
    readings = saved_page_readings("jekyll-london-computation-club-home-2020-02")
    starts = [start for _, start, _ in readings]
    assert len(starts) == 16
    assert "2020-01-07T18:30" in starts  # „Out Of The Tar Pit“, the one meeting of its book
    assert "2020-01-21T18:30" in starts  # „What Next?“, between two books
    assert "2019-05-21T18:30" in starts  # „Raytracing Show & Tell“, its book's last meeting


# --- a one-item „Future meetings“ list built as the past meetings' items ---

_FUTURE = """<html><body><div class="padded">
<section id="future-meetings" class="box"><h2>Future meetings</h2><ul>
<li><a href="/5">Opt Art: Chapter 5</a>, <time datetime="2023-08-30">6:30 PM-8:30 PM Wednesday 30th
August 2023</time></li></ul></section>
<section id="past-meetings"><h2>Past meetings</h2><ul>
<li><a href="/4">Opt Art: Chapter 4</a>, <time datetime="2023-07-10">6:30 PM-8:30 PM Monday 10th July
2023</time></li>
<li><a href="/3">Opt Art: Chapter 3</a>, <time datetime="2023-06-20">6:30 PM-8:30 PM Tuesday 20th June
2023</time></li>
<li><a href="/2">What Next?</a>, <time datetime="2023-05-09">6:30 PM-8:30 PM Tuesday 9th May 2023
</time></li></ul></section></div></body></html>"""


def test_a_lone_future_meeting_built_as_the_past_ones_is_read() -> None:
    # A list of one item needs its day first to join a chosen list beside it; this one names
    # its day after its name, in a <time> as every past meeting does.
    readings = readings_on(_FUTURE, date(2023, 8, 22))
    assert sorted((start or "", title or "") for title, start, _ in readings) == [
        ("2023-05-09T18:30", "What Next?"),
        ("2023-06-20T18:30", "Opt Art: Chapter 3"),
        ("2023-07-10T18:30", "Opt Art: Chapter 4"),
        ("2023-08-30T18:30", "Opt Art: Chapter 5"),
    ]


def test_real_page_the_one_future_meeting_is_read() -> None:
    readings = saved_page_readings("jekyll-london-computation-club-home-2023-08")
    assert ("Opt Art: Chapter 5", "2023-08-30T18:30") in [reading[:2] for reading in readings]
    assert len(readings) == 26


# --- „Jimmie B. Keel Regional Library“: a house's name of five words or more ---


def test_a_long_proper_name_ending_in_a_venue_word_names_a_place() -> None:
    assert names_a_place("Jan Kaminis Platt Regional Library")
    assert names_a_place("Jimmie B. Keel Regional Library")
    assert names_a_place("Town 'N Country Regional Public Library")
    assert names_a_place("Upper Tampa Bay Regional Public Library")
    # a title-case phrase with its small words, a kind of event, a sentence
    assert not names_a_place("Annual Friends Of The Library")
    assert not names_a_place("Family Movie Night at the Library")
    assert not names_a_place("Musikalische Vorführungen und Vorträge in der Gymnasialkirche")


_WORKSHOPS = """<html><body><h1>Meetings</h1><ul class="media-list">
<li class="meeting media"><div class="media-body"><h3>October 13, 2015 <small>Town 'N Country</small></h3>
<p><strong>Town 'N Country Regional Public Library</strong><br>7606 Paula Dr #120, Tampa, FL 33615</p>
</div></li>
<li class="meeting media"><div class="media-body"><h3>October 5, 2015 <small>Carrollwood</small></h3>
<p><strong>Jimmie B. Keel Regional Library</strong><br>2902 W. Bearss Ave. Tampa, FL 33618</p></div></li>
<li class="meeting media"><div class="media-body"><h3>October 1, 2015 <small>Plant City</small></h3>
<p><strong>Bruton Memorial Library</strong><br>302 W McLendon St. Plant City, FL 33563</p></div></li>
</ul></body></html>"""


def test_the_venue_line_over_the_address_places_the_workshop() -> None:
    # The address below was taken: the venue's name was too long to name a place.
    places = [place for _, _, place in readings_on(_WORKSHOPS, date(2015, 10, 29))]
    assert places == [
        "Town 'N Country Regional Public Library",
        "Jimmie B. Keel Regional Library",
        "Bruton Memorial Library",
    ]


def test_real_page_every_workshop_is_placed_at_its_library() -> None:
    places = {
        title: place for title, _, place in saved_page_readings("jekyll-gohills-meetings-2015-10")
    }
    assert places["Carrollwood"] == "Jimmie B. Keel Regional Library"
    assert places["South Tampa"] == "Jan Kaminis Platt Regional Library"
    assert places["West/South Tampa"] == "Charles J. Fendig Public Library"
    assert places["Town 'N Country"] == "Town 'N Country Regional Public Library"


# --- „TBD“ over a speaker classed as such; „TBD“ over „TBD“: an open week ---

_CARDS = """<html><body><h1>Seminar</h1><div class="talks">
<article class="talk-card"><div class="talk-date"><span class="date-main">Sep 4 2026</span>
<span class="date-time">12:00PM – 1:00PM</span></div><div class="talk-body">
<h4 class="talk-title">Stochastic thermodynamics</h4><div class="talk-speaker"><span class="speaker-name">
Andre Barato</span> <span class="speaker-affil">Physics, University of Houston</span></div></div></article>
<article class="talk-card"><div class="talk-date"><span class="date-main">Sep 11 2026</span>
<span class="date-time">12:00PM – 1:00PM</span></div><div class="talk-body">
<h4 class="talk-title">TBD</h4><div class="talk-speaker"><span class="speaker-name">Erez Aghion</span>
<span class="speaker-affil">Physics, University of Louisiana at Lafayette</span></div></div></article>
<article class="talk-card"><div class="talk-date"><span class="date-main">Sep 18 2026</span>
<span class="date-time">12:00PM – 1:00PM</span></div><div class="talk-body">
<h4 class="talk-title">TBD</h4><div class="talk-speaker"><span class="speaker-name tbd">TBD</span></div>
</div></article>
<article class="talk-card"><div class="talk-date"><span class="date-main">Sep 25 2026</span>
<span class="date-time">12:00PM – 1:00PM</span></div><div class="talk-body">
<h4 class="talk-title">Frame Theory and Transformers</h4><div class="talk-speaker"><span class="speaker-name">
Emily King</span> <span class="speaker-affil">Mathematics, Colorado State</span></div></div></article>
</div></body></html>"""


def test_a_card_titled_tbd_is_named_by_its_classed_speaker_and_an_open_week_is_no_talk() -> None:
    # Every „TBD“ card was a record named „TBD“: the booked one is Erez Aghion's talk, the one
    # whose speaker is „TBD“ too only holds the week open.
    assert [(title, start) for title, start, _ in readings_on(_CARDS, date(2026, 8, 6))] == [
        ("Stochastic thermodynamics", "2026-09-04T12:00"),
        ("Erez Aghion", "2026-09-11T12:00"),
        ("Frame Theory and Transformers", "2026-09-25T12:00"),
    ]


def test_real_page_the_seminars_open_weeks_are_no_talks() -> None:
    readings = saved_page_readings("jekyll-uh-data-enabled-science-seminar-2026-08")
    titles = [title for title, _, _ in readings]
    assert "TBD" not in titles
    assert {"Erez Aghion", "Kevin Bassler"} <= set(titles)
    assert len(readings) == 27
