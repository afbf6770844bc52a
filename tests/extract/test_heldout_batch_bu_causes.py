"""Held-out batch BU (English listings: a working group's calendar, a city's live-jazz listing,
a lacemaking club's events, a school organisation's meetings, an outing club's calendar table):
each general cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.at_venue_lines import venue_of_the_line
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.day_line_brackets import place_in_the_day_bracket
from netdir.normalize.when import parse_when
from netdir.normalize.when_colonless_clocks import colons_put_back
from netdir.normalize.when_comma_days import ordinal_list_dotted
from tests.extract.realpage_inspect import (
    readings_on,
    saved_page_readings,
    saved_page_spans,
)

# --- an upcoming list's day badges are not outnumbered by the minutes list's badges below ---

_MEETINGS = """<html><head><title>HSO Meetings</title></head><body>
<section class="module meeting_list"><div class="content"><h2>HSO Meetings</h2>
<h3>Upcoming HSO Meetings</h3><ul class="calendar_item">
<li><div class="date"><span class="month">Sep</span> <span class="day">11</span></div>
<h4>1st HSO Meeting</h4><p>Our first meeting of the year to kick things off.</p>
<a href="/meetings/09112025">Event Details</a></li>
<li><div class="date"><span class="month">Nov</span> <span class="day">13</span></div>
<h4>2nd HSO Meeting</h4><p>Our second meeting of the year to plan winter events.</p>
<a href="/meetings/11132025">Event Details</a></li>
<li><div class="date"><span class="month">Jan</span> <span class="day">8</span></div>
<h4>3rd HSO Meeting</h4><p>Our third meeting of the year to work on Coin Wars.</p>
<a href="/meetings/01082026">Event Details</a></li>
<li><div class="date"><span class="month">Apr</span> <span class="day">9</span></div>
<h4>4th HSO Meeting</h4><p>Our fourth meeting of the year to set goals.</p>
<a href="/meetings/04092026">Event Details</a></li>
</ul></div></section>
<section class="module minutes"><div class="content"><h2>Previous Minutes</h2>
<h3>Recaps of our past meetings</h3><ul>
<li><div class="date"><span class="month">Jan</span> <span class="day">11</span></div>
<a href="/meetings/01112022">View minutes</a></li>
<li><div class="date"><span class="month">May</span> <span class="day">12</span></div>
<a href="/meetings/05122022">View minutes</a></li>
<li><div class="date"><span class="month">Sep</span> <span class="day">6</span></div>
<a href="/meetings/09062022">View minutes</a></li>
<li><div class="date"><span class="month">Nov</span> <span class="day">15</span></div>
<a href="/meetings/11152022">View minutes</a></li>
<li><div class="date"><span class="month">Sep</span> <span class="day">7</span></div>
<a href="/meetings/09072023">View minutes</a></li>
</ul></div></section></body></html>"""


def test_the_upcoming_meetings_are_read_whole_and_the_minutes_badges_are_no_meetings() -> None:
    # The badges of both lists pooled (nine) outnumbered the four meetings, though each meeting
    # holds only its own badge: read as badges, three meetings were lost and the five minutes
    # links became meetings of the coming months.
    assert readings_on(_MEETINGS, date(2025, 10, 5)) == [
        ("1st HSO Meeting", "2025-09-11", None),
        ("2nd HSO Meeting", "2025-11-13", None),
        ("3rd HSO Meeting", "2026-01-08", None),
        ("4th HSO Meeting", "2026-04-09", None),
    ]


def test_minutes_badges_with_their_year_or_their_own_name_stay_meetings() -> None:
    dated = _MEETINGS.split('<section class="module minutes">')[0].replace(
        "<h3>Upcoming HSO Meetings</h3>", "<h3>Previous HSO Meetings</h3>"
    )
    # a past list whose rows name their meeting keeps them (the rule drops only bare file rows)
    assert len(readings_on(dated + "</body></html>", date(2025, 10, 5))) == 4


def test_real_page_the_school_organisations_four_meetings_and_no_minutes() -> None:
    assert saved_page_readings("hugo-colwich-hso-meetings-2025-10") == [
        ("1st HSO Meeting 🗓️", "2025-09-11", None),
        ("2nd HSO Meeting 🗓️", "2025-11-13", None),
        ("3rd HSO Meeting 🗓️", "2026-01-08", None),
        ("4th HSO Meeting 🗓️", "2026-04-09", None),
    ]


# --- „At Gather“: a card's venue line; the card's „Jazz @ Gather“ keeps its „@“ ---


def _line(html: str) -> str | None:
    tree = LexborHTMLParser(html)
    return venue_of_the_line([tree.css_first("div.card")])


def test_a_line_of_its_own_opening_with_at_names_the_venue() -> None:
    card = '<div class="card"><h2>Jazz @ Gather</h2><p>Thursday, May 16, 2024</p><p>{}</p></div>'
    assert _line(card.format("At Gather")) == "Gather"
    assert _line(card.format("At The Golf Club at Yankee Trace")) == "The Golf Club at Yankee Trace"
    # when, a quantity or a sentence after „At“ names no venue
    assert _line(card.format("At 7:30 PM")) is None
    assert _line(card.format("At least ten players")) is None
    assert _line(card.format("At the end we will eat.")) is None
    assert _line(card.format("At a glance: three sets")) is None


_JAZZ = """<html><head><title>Events</title></head><body><main><h1>Upcoming Events</h1>
<a class="event-card" href="/events/2024-5-16-Jazz-Gather"><div class="event-card-date">
<div>MAY</div><div>16</div><div>THU</div></div><div class="event-card-info"><h2>Jazz @ Gather</h2>
<p>Thursday, May 16, 2024 from 7:30 PM to 9:30 PM</p><div><span class="tag">Puzzle of Light</span>
</div><p>At Gather</p></div></a>
<a class="event-card" href="/events/2024-5-21-Bobby-D"><div class="event-card-date">
<div>MAY</div><div>21</div><div>TUE</div></div><div class="event-card-info"><h2>Bobby D @ DLM
Springboro</h2><p>Tuesday, May 21, 2024 from 5:00 PM to 7:00 PM</p><div><span class="tag">Bob
D'Epiro</span></div><p>At Dorothy Lane Market</p></div></a>
<a class="event-card" href="/events/2024-5-21-Central"><div class="event-card-date">
<div>MAY</div><div>21</div><div>TUE</div></div><div class="event-card-info"><h2>Central Jazz Big
Band</h2><p>Tuesday, May 21, 2024 from 7:00 PM to 9:00 PM</p><div><span class="tag">Central Jazz
Big Band</span></div><p>At Central Christian Church (Disciples of Christ)</p></div></a>
</main></body></html>"""


def test_a_jazz_card_is_placed_by_its_venue_line_and_keeps_its_at_sign() -> None:
    assert readings_on(_JAZZ, date(2024, 5, 15)) == [
        ("Jazz @ Gather", "2024-05-16T19:30", "Gather"),
        ("Bobby D @ DLM Springboro", "2024-05-21T17:00", "Dorothy Lane Market"),
        (
            "Central Jazz Big Band",
            "2024-05-21T19:00",
            "Central Christian Church (Disciples of Christ)",
        ),
    ]


def test_real_page_the_jazz_cards_are_named_whole_and_placed_at_their_venues() -> None:
    first = saved_page_readings("astro-live-jazz-dayton-events-2024-05")
    assert first[0] == ("Jazz @ Gather", "2024-05-16T19:30", "Gather")
    assert first[1] == ("Bobby D @ DLM Springboro", "2024-05-21T17:00", "Dorothy Lane Market")
    second = saved_page_readings("astro-live-jazz-dayton-events-2024-05-p2")
    assert [place for _, _, place in second] == [
        "Costco Wholesale",
        "Wholly Grounds",
        "The Golf Club at Yankee Trace",
        "Levitt Pavilion Dayton",
        "RiverScape MetroPark",
    ]


# --- „2nd, 3rd, 4th & 5th October 2026“: one workshop from the first listed day to the last ---


def test_listed_english_ordinals_before_a_month_are_one_run() -> None:
    assert ordinal_list_dotted("2nd, 3rd, 4th & 5th October 2026") == "2., 3., 4. & 5. October 2026"
    assert ordinal_list_dotted("2nd, 3rd, 4th, and 5th October") == "2., 3., 4. and 5. October"
    four = parse_when("2nd, 3rd, 4th & 5th October 2026", today=date(2026, 3, 28))
    assert (four.start, four.end) == ("2026-10-02", "2026-10-05")
    # days that do not follow each other stay separate: the first is the start
    apart = parse_when("1st, 3rd & 5th October 2026", today=date(2026, 3, 28))
    assert (apart.start, apart.end) == ("2026-10-01", None)
    # a pair and a plain comma list read as before
    pair = parse_when("28th & 29th November 2026", today=date(2026, 3, 28))
    assert (pair.start, pair.end) == ("2026-11-28", "2026-11-29")
    assert ordinal_list_dotted("4th October, 5th November") == "4th October, 5th November"


def test_real_page_the_four_day_workshop_starts_on_its_first_day() -> None:
    spans = saved_page_spans("astro-hedge-end-lacemakers-events-2026-03")
    assert ("JUST LACE - 4 Day Workshop", "2026-10-02", "2026-10-05", None) in spans


# --- „130 pm“: a twelve-hour clock typed without its colon ---


def test_a_colonless_twelve_hour_clock_is_read() -> None:
    assert colons_put_back("01/02/2022, 130 pm") == "01/02/2022, 1:30 pm"
    assert colons_put_back("730pm") == "7:30 pm"
    assert colons_put_back("1230 PM") == "12:30 PM"
    # a year, a house number before a German „am“, or a figure too big for an hour stay
    assert colons_put_back("2024 am Markt") == "2024 am Markt"
    assert colons_put_back("Haus 130 am See") == "Haus 130 am See"
    assert colons_put_back("1360 pm") == "1360 pm"
    assert TIME_LIKE.search("130 pm") is not None
    assert TIME_LIKE.search("Haus 130 am See") is None
    hike = parse_when("01/02/2022, 130 pm", today=date(2022, 1, 7))
    assert hike.start is not None and hike.start.startswith("2022-01-02T13:30")


def test_real_page_the_outing_clubs_hikes_start_at_half_past_one() -> None:
    rows = saved_page_readings("jekyll-erie-outing-club-calendar-2022-01")
    assert len(rows) == 6
    assert rows[0] == ("Hike/ski/snowshoe PI", "2022-01-02T13:30", None)
    assert all(start is not None and start.endswith("T13:30") for _, start, _ in rows)


# --- a box labelled „FEATURED EVENT“ over a heading and its day is that event ---

_LACE = """<html><head><title>Events 2026</title></head><body><main>
<section><div class="featured"><div class="flex"><span class="badge">FEATURED EVENT</span>
<span>🎉</span></div><h2>Our 1st Lace Day</h2><p>Saturday 25th April 2026</p>
<p>Join us for our first-ever Lace Day! Suppliers will be in attendance.</p>
<a href="https://tickets.example.org/lace-day">Buy Tickets</a></div></section>
<section><h2>Workshops</h2><div class="list">
<div class="card"><div class="head"><div><h3>Mounting Workshop</h3>
<p>Sunday 1st November 2026 (Boorley Green)</p></div><span>Spaces Available</span></div>
<p>Learn how to properly mount and finish your lace pieces.</p></div>
<div class="card"><div class="head"><div><h3>Milanese 2-Day Workshop</h3>
<p>28th &amp; 29th November 2026</p></div><span>Spaces Available</span></div>
<p>Another opportunity to learn Milanese techniques.</p></div>
<div class="card"><div class="head"><div><h3>Christmas Fair Trip</h3>
<p>5th December 2026</p></div><span>TBC</span></div>
<p>Possible trip by coach to a Christmas Fair.</p></div>
</div></section></main></body></html>"""


def test_the_featured_box_is_an_event_and_a_bracket_after_the_day_is_the_place() -> None:
    assert sorted(readings_on(_LACE, date(2026, 3, 28)), key=lambda row: row[1] or "") == [
        ("Our 1st Lace Day", "2026-04-25", None),
        ("Mounting Workshop", "2026-11-01", "Boorley Green"),
        ("Milanese 2-Day Workshop", "2026-11-28", None),
        ("Christmas Fair Trip", "2026-12-05", None),
    ]
    # without the label the box is one more heading over a day: left to the lists
    plain = _LACE.replace('<span class="badge">FEATURED EVENT</span>', "")
    assert "Our 1st Lace Day" not in {
        title for title, _, _ in readings_on(plain, date(2026, 3, 28))
    }


def test_a_bracket_that_says_the_day_is_open_or_how_it_is_held_is_no_place() -> None:
    for bracket in ("(Dates TBC)", "(TBA)", "(online)", "(Sunday)"):
        html = _LACE.replace("(Boorley Green)", bracket)
        rows = {title: place for title, _, place in readings_on(html, date(2026, 3, 28))}
        assert rows.get("Mounting Workshop") is None, bracket


def test_real_page_the_lace_day_is_found_and_the_workshop_placed() -> None:
    rows = saved_page_readings("astro-hedge-end-lacemakers-events-2026-03")
    assert ("Our 1st Lace Day", "2026-04-25", None) in rows
    assert ("Mounting Workshop", "2026-11-01", "Boorley Green") in rows
    assert len(rows) == 7


def test_a_bracket_that_links_papers_or_ends_a_name_after_the_day_is_no_place() -> None:
    for day in (
        "Mittwoch, 2. Juli 2014 um 19:30 Uhr (Agenda)",
        "15 Sep 2025 (Special)",
        "18.09.2022: Evangelisation Waren (Müritz)",
    ):
        reading = BlockReading(title="Meeting", date_text=day)
        place_in_the_day_bracket(reading)
        assert reading.location_text is None, day
        assert reading.date_text == day
    reading = BlockReading(
        title="Mounting Workshop", date_text="Sunday 1st November 2026 (Boorley Green)"
    )
    place_in_the_day_bracket(reading)
    assert (reading.date_text, reading.location_text) == (
        "Sunday 1st November 2026",
        "Boorley Green",
    )
