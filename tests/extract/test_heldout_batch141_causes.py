"""Causes found on held-out German batch 141 of the real-page corpus (tech meetups and a sports
club: the Webmontag Köln's archive and an evening's page, the Web Montag Kassel's home page),
each pinned on a minimal snippet and on its page: the records a reader would note, with their
names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.address_above_town import address_above_town
from netdir.extract.announced_name import announced_name
from netdir.extract.date_cues import iter_date_phrases
from netdir.extract.lead_sentence import names_only_the_list, page_name
from netdir.extract.title_text import title_in_text
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. A weekday written at the end of a compound is no weekday: „52. Webmontag, 05.12.2016“ names
#    the 52nd Web Monday on that day — the date phrase begins at the day, so the name keeps its
#    „montag“ (it was cut to „52. Web“).


def test_weekday_inside_a_compound_is_no_weekday() -> None:
    phrases = [match.group(0) for match in iter_date_phrases("52. Webmontag, 05.12.2016")]
    assert phrases == ["05.12.2016"]
    # a weekday of its own still opens the phrase, also glued to its day after the dot
    phrases = [match.group(0) for match in iter_date_phrases("Der Webmontag am Montag, 5.12.2016")]
    assert phrases == ["Montag, 5.12.2016"]
    assert [m.group(0) for m in iter_date_phrases("Sa.07.04.2018")] == ["Sa.07.04.2018"]


def test_evening_page_keeps_its_compound_name() -> None:
    titles = [
        title for title, _, _ in saved_page_readings("middleman-webmontagkoeln-event-2016-12-05")
    ]
    assert "52. Webmontag" in titles


# 2. An archive of a group's own evenings: link pills „28. Januar“ under h3 years („2019“), all
#    under „Vergangene Events“. A heading that is only a year is the year of the date lines under
#    it, no name; a heading that only says dates follow — also past ones („Vergangene Events“,
#    „Past Events“) — names none of them, the site's name in the document title does (a title
#    parted by „×“ as by a bar).

_ARCHIVE = """<html><head><title>Webmontag Köln × Vergangene Events</title></head><body>
<h3>Vergangene Events</h3>
<div><h3>2019</h3><ul><li><a href="/events/2019-01-28">28. Januar</a></li>
<li><a href="/events/2019-06-24">24. Juni</a></li></ul></div>
<div><h3>2018</h3><ul><li><a href="/events/2018-04-16">16. April</a></li></ul></div>
<div><h3>2017</h3><ul><li><a href="/events/2017-02-20">20. Februar</a></li>
<li><a href="/events/2017-08-14">14. August</a></li></ul></div>
</body></html>"""


def test_past_list_heading_and_title_separator() -> None:
    assert names_only_the_list("Vergangene Events")
    assert names_only_the_list("Past Events")
    assert not names_only_the_list("Vergangene Zeiten")
    assert page_name("Webmontag Köln × Vergangene Events") == "Webmontag Köln"
    assert page_name("3×3 Basketball") == "3×3 Basketball"  # „×“ inside a word parts nothing


def test_year_headings_date_an_archive_named_by_the_site() -> None:
    assert readings_on(_ARCHIVE, date(2019, 6, 27)) == [
        ("Webmontag Köln", "2019-01-28", None),
        ("Webmontag Köln", "2019-06-24", None),
        ("Webmontag Köln", "2018-04-16", None),
        ("Webmontag Köln", "2017-02-20", None),
        ("Webmontag Köln", "2017-08-14", None),
    ]


def test_webmontag_archive_page() -> None:
    readings = saved_page_readings("middleman-webmontagkoeln-archiv-2019-06")
    assert len(readings) == 58
    assert {title for title, _, _ in readings} == {"Webmontag Köln"}
    starts = [start for _, start, _ in readings]
    assert starts[:3] == ["2019-01-28", "2019-06-24", "2018-04-16"]
    assert starts[-2:] == ["2006-10-09", "2005-11-07"]


# 3. The heading names the series, the sentence under it the numbered edition it announces:
#    „<h1>Web Montag Kassel</h1> Der 17. Kasseler Web Montag findet am 30. Januar 2017 statt.“


def test_numbered_edition_names_the_event() -> None:
    assert (
        announced_name(
            "Der 17. Kasseler Web Montag findet am 30. Januar 2017 statt.", "Web Montag Kassel"
        )
        == "17. Kasseler Web Montag"
    )
    assert announced_name("Das 5. Sommerfest findet am 3. Juli statt.", "Sommerfest") == (
        "5. Sommerfest"
    )
    # no ordinal: the heading names it (the older rules decide)
    assert announced_name("Der Web Montag findet am 30. Januar statt.", "Web Montag Kassel") is None


def test_kassel_home_pages() -> None:
    # (placed in Kassel, the town its name's adjective and the <title> name, since session 57:
    # town_adjective_names)
    assert saved_page_readings("static-webmontag-kassel-home-2016-12") == [
        ("17. Kasseler Web Montag", "2017-01-30", "Kassel")
    ]
    assert saved_page_readings("static-webmontag-kassel-home-2014-05") == [
        ("5. Kasseler Web Montag", "2014-07-07", "Kassel")
    ]


# 4. „19:00 until 21:00“ under an evening's day: the English „until“ joins two clocks as „bis“
#    does — the line is the block's hours, not a name beside a clock.

_HERO = """<html><body><div class="event">
<h3>52. Webmontag, 05.12.2016</h3>
<p>Die Wohngemeinschaft - Theater</p>
<span>19:00 until 21:00</span>
</div><div class="event">
<h3>53. Webmontag, 20.02.2017</h3>
<p>Die Wohngemeinschaft - Theater</p>
<span>19:00 until 21:00</span>
</div></body></html>"""


def test_until_between_two_clocks() -> None:
    assert title_in_text("19:00 until 21:00") is None
    assert title_in_text("19:00 till 21:00") is None
    starts = [start for _, start, _ in readings_on(_HERO, date(2016, 11, 2))]
    assert starts == ["2016-12-05T19:00", "2017-02-20T19:00"]


def test_evening_page_hours() -> None:
    readings = saved_page_readings("middleman-webmontagkoeln-event-2016-12-05")
    assert ("52. Webmontag", "2016-12-05T19:00") in [(title, start) for title, start, _ in readings]


# 5. The address a block's town line closes: „Die Wohngemeinschaft - Theater“ / „Richard-Wagner-
#    Straße 39“ / „50674“ / „Cologne“ under the evening's heading — the venue, the street and the
#    postcode above the town are the place, not the town alone; a town without a street line
#    above it stays the place.


def test_address_lines_above_the_town() -> None:
    lines = ["52. Webmontag, 05.12.2016", "Die Wohngemeinschaft - Theater"]
    lines += ["Richard-Wagner-Straße 39", "50674", "Cologne", "Germany"]
    assert (
        address_above_town(lines, 4, "52. Webmontag")
        == "Die Wohngemeinschaft - Theater, Richard-Wagner-Straße 39, 50674 Cologne"
    )
    assert address_above_town(["Sommerfest", "Ubierring 58", "Köln"], 2, "Sommerfest") == (
        "Ubierring 58, Köln"  # the title above the street is no venue
    )
    assert address_above_town(["Sommerfest", "Köln"], 1, "Sommerfest") is None


def test_evening_page_place() -> None:
    readings = saved_page_readings("middleman-webmontagkoeln-event-2016-12-05")
    assert (
        "52. Webmontag",
        "2016-12-05T19:00",
        "Die Wohngemeinschaft - Theater, Richard-Wagner-Straße 39, 50674 Cologne",
    ) in readings
