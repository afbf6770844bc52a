"""Held-out batch BV (English listings: a furry meetup group's home page, a bass-fishing club's
tournament schedule, a mapping meetup's meetings, a mathematics society's events): each general
cause it showed, on its real page and on a minimal snippet."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_titles import block_links
from netdir.extract.labelled_name_links import name_after_its_label
from netdir.extract.place_to_come import name_before_a_place_to_come, only_things_to_come
from netdir.extract.poster_names import name_of_the_poster
from netdir.extract.title_text import is_junk_title
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# --- „Date | Lake | Results“: a row known by its lake, the championship by its name ---

_SCHEDULE = """<html><head><title>Club Tournament Schedule</title></head><body><main>
<h1>Club Tournament Schedule</h1><h3>2026 Tournament Schedule</h3>
<table><thead><tr><th>Date</th><th>Lake</th><th>Results</th></tr></thead><tbody>
<tr><td>03/21/2026</td><td>Council Grove City Lake</td><td>TBD</td></tr>
<tr><td>04/18/2026</td><td>Glen Elder</td><td>TBD</td></tr>
<tr><td>05/16/2026</td><td>Milford Lake</td><td>TBD</td></tr>
<tr><td>10/03/2026</td><td>Championship TBD</td><td>TBD</td></tr>
</tbody></table></main></body></html>"""


def test_a_lake_column_places_each_row_and_names_it_when_nothing_else_does() -> None:
    # The lake column placed nothing („Lake“ was no place header); the results column's „TBD“
    # then named every row, and „Championship TBD“ kept its placeholder.
    assert readings_on(_SCHEDULE, date(2026, 3, 1)) == [
        ("Council Grove City Lake", "2026-03-21", "Council Grove City Lake"),
        ("Glen Elder", "2026-04-18", "Glen Elder"),
        ("Milford Lake", "2026-05-16", "Milford Lake"),
        ("Championship", "2026-10-03", None),
    ]


def test_a_place_cell_with_a_placeholder_after_a_name_names_the_row() -> None:
    assert name_before_a_place_to_come("Championship TBD") == "Championship"
    assert name_before_a_place_to_come("Club Final – to be confirmed") == "Club Final"
    # a place, or a bare placeholder, names no row
    assert name_before_a_place_to_come("Wilson Lake") is None
    assert name_before_a_place_to_come("TBD") is None
    assert name_before_a_place_to_come("Room 4 (TBC)") is None


def test_only_cells_still_to_come_hold_no_name() -> None:
    assert only_things_to_come(["TBD"])
    assert only_things_to_come(["TBA", None, "–"])
    assert not only_things_to_come(["Spring Open"])
    assert not only_things_to_come([None, ""])  # empty cells say nothing either way


def test_a_row_with_a_remark_beside_its_place_keeps_its_own_reading() -> None:
    # a column that says something („Night event“) may name the row: no name from the place
    remarked = _SCHEDULE.replace(
        "<td>TBD</td></tr>\n<tr><td>04/18", "<td>Night event</td></tr>\n<tr><td>04/18"
    )
    first = readings_on(remarked, date(2026, 3, 1))[0]
    assert first[1:] == ("2026-03-21", "Council Grove City Lake")
    assert first[0] != "Council Grove City Lake (no name column)"


def test_real_page_the_bass_clubs_tournaments_are_placed_at_their_lakes() -> None:
    readings = saved_page_readings("eleventy-i70-bass-anglers-club-schedule-2026-03")
    assert readings[0] == ("Council Grove City Lake", "2026-03-21", "Council Grove City Lake")
    assert readings[4] == ("Wilson Lake", "2026-06-27", "Wilson Lake")
    assert readings[-1] == ("Championship", "2026-10-03", None)
    assert len(readings) == 9


# --- „<strong>Details: <a>name</a></strong>“: the label is no part of the name ---


def _label(html: str) -> str | None:
    node = LexborHTMLParser(html).css_first("strong, h3")
    return name_after_its_label(" ".join(node.text().split()), block_links([node]))


def test_a_label_before_a_link_of_the_title_is_dropped() -> None:
    assert _label("<strong>Details: <a href='/e/1'>Secret Furry Gamers Meeting</a></strong>") == (
        "Secret Furry Gamers Meeting"
    )
    assert _label("<h3>Event: <a href='/e/2'>Spring Social</a></h3>") == "Spring Social"
    # a kind of event or a field of its own before the link stays („Workshop:“, „Venue:“)
    assert _label("<strong>Workshop: <a href='/e/3'>Bobbin Lace</a></strong>") is None
    assert _label("<strong>Venue: <a href='/v'>Dmen Tap</a></strong>") is None
    # a title without a label, or whose link does not end it, is left alone
    assert _label("<strong><a href='/e/4'>Pride Fest Meetup</a></strong>") is None
    assert _label("<h3>Details: <a href='/a'>Zoo</a> and the park</h3>") is None


_CARDS = """<html><head><title>Furcago</title></head><body><main><section class="events">
<h2>Upcoming Furcago Events</h2>
<div class="card"><p><strong>Details: <a href="/events/pride-fest">Furcago Pride Fest Meetup</a>
</strong></p><p><strong>When:</strong> Sunday, June 22, 2025<br>10:00 AM – 1:00 PM</p>
<p><strong>Venue:</strong> <a href="https://northalsted.com/">Halsted &amp; Addison</a></p>
<strong>Details: </strong>Join Furcago Sunday morning at Chicago Pride Fest!</div>
<div class="card"><p><strong>Details: <a href="/events/dmen-tap">Secret Furry Gamers Meeting</a>
</strong></p><p><strong>When:</strong> Saturday, July 26, 2025<br>3:00 PM – 7:00 PM</p>
<p><strong>Venue:</strong> <a href="https://www.dmentap.com/">Dmen Tap</a></p>
<strong>Details: </strong>Join our furry meetup for some casual board games.</div>
<div class="card"><p><strong>Details: <a href="/events/zoo">Lincoln Park Zoo Walk</a>
</strong></p><p><strong>When:</strong> Sunday, August 17, 2025<br>11:00 AM – 2:00 PM</p>
<p><strong>Venue:</strong> <a href="https://www.lpzoo.org/">Lincoln Park Zoo</a></p>
<strong>Details: </strong>A walk through the zoo in suit.</div>
</section></main></body></html>"""


def test_a_cards_bold_details_label_is_left_out_of_its_name() -> None:
    assert readings_on(_CARDS, date(2025, 6, 9)) == [
        ("Furcago Pride Fest Meetup", "2025-06-22T10:00", "Halsted & Addison"),
        ("Secret Furry Gamers Meeting", "2025-07-26T15:00", "Dmen Tap"),
        ("Lincoln Park Zoo Walk", "2025-08-17T11:00", "Lincoln Park Zoo"),
    ]


def test_real_page_the_meetup_cards_are_named_without_their_label() -> None:
    readings = saved_page_readings("hugo-furcago-meetups-home-2025-06")
    assert [title for title, _, _ in readings] == [
        "Furcago Pride Month Bowling",
        "Furcago Pride Fest Meetup",
        "Secret Furry Gamers Meeting (Board Game Bar)",
        "Hundreds of Furries",
    ]
    later = saved_page_readings("hugo-furcago-meetups-home-2025-07")
    assert later[0] == ("looney Tunes At the Music Box", "2025-07-12T10:30", "Music Box Theatre")


# --- a card named only by its poster; „Where:“ lines; „Register: Here“ names nothing ---


def _poster(html: str) -> str | None:
    return name_of_the_poster(LexborHTMLParser(html).css_first("p.when"))


def test_the_one_poster_of_a_card_without_alt_text_names_it_by_its_file() -> None:
    card = '<div class="card"><img src="{}" alt="{}"><div><p>Prose.</p><p class="when">x</p></div></div>'
    assert _poster(card.format("/img/2021/world_of_trading_2021.jpg", "")) == "World of trading"
    assert _poster(card.format("/img/speed-friending-1024x768.png", "")) == "Speed friending"
    # a camera's name, one word, or an image with alt text (read elsewhere) names nothing here
    assert _poster(card.format("/img/IMG_2041.jpg", "")) is None
    assert _poster(card.format("/img/camp_2021.jpg", "")) is None
    assert _poster(card.format("/img/pi_day_2021.jpg", "Pi Day poster")) is None
    # two images: the card's poster is not told from the other
    two = card.format("/img/pi_day_2021.jpg", "").replace("<div><p>", '<div><img src="/b.png"><p>')
    assert _poster(two) is None


_POSTERS = """<html><head><title>Events - Maths Society</title></head><body><main>
<h1>Events</h1><h3>Past Events</h3><div class="flex-container" id="past-events">
<div class="events-containerh"><img class="events-pic" src="/img/2021/speed_friending_2021.png" alt="">
<div><p>Haven't made many friends at uni? Join us online for an evening of games.<hr />
<p> When: April 9, 2021 @ 6-8PM<br>Where: MathSoc Discord</p>
<a class="btn" href="https://www.facebook.com/events/1/">More Info</a></div></div>
<div class="events-containerh"><img class="events-pic" src="/img/2021/latex_workshop_2021.jpg" alt="">
<div><p>CSESoc is teaming up with MathSoc to answer all your LaTeX questions.<hr />
<p> When: March 16th, 2021 @ 4-6PM<br>Where: Zoom<br>Register: <a href="http://bit.ly/x">Here</a></p>
<a class="btn" href="https://www.facebook.com/events/2/">More Info</a></div></div>
<div class="events-containerh"><img class="events-pic" src="/img/2021/puzzle_hunt_2021.png" alt="">
<div><p>Welcome to the Puzzle Hunt of the year!<hr />
<p> When: March 5th, 2021 @ 4-6pm<br>Where: Ice Zoo</p>
<a class="btn" href="https://www.facebook.com/events/3/">More Info</a></div></div>
</div></main></body></html>"""


def test_poster_cards_are_named_by_their_posters_and_placed_by_their_where_lines() -> None:
    # Named „UNSW Mathematics Society“ (the document title) or „Here“ (the sign-up link), and
    # the „Where:“ line placed nothing („Where“ was no label of a block's line).
    assert readings_on(_POSTERS, date(2021, 9, 9)) == [
        ("Speed friending", "2021-04-09T18:00", "MathSoc Discord"),
        ("Latex workshop", "2021-03-16T16:00", "Zoom"),
        ("Puzzle hunt", "2021-03-05T16:00", "Ice Zoo"),
    ]


def test_a_sign_up_pointer_names_nothing() -> None:
    for text in ("Here", "Click here", "Register", "Register: Here", "Sign up now!"):
        assert is_junk_title(text), text
    assert not is_junk_title("Registered Nurses' Social")


def test_real_page_the_societys_cards_are_named_by_their_posters() -> None:
    readings = saved_page_readings("jekyll-unsw-mathsoc-events-2021-09")
    assert readings[0] == (
        "World of trading",
        "2021-04-15T16:00",
        "Zoom. Links will be emailed before the event to those who register",
    )
    assert readings[6] == ("Speed friending", "2021-04-09T18:00", "MathSoc Discord")
    assert readings[-1] == ("Ice skating", "2021-03-04T18:15", "Ice Zoo")
    assert len(readings) == 14
