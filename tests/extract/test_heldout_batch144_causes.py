"""Causes found on held-out German batch 144 of the real-page corpus (culture: the home page of
Die Hamburgische Staatsoper with its production teasers and its calendar, the St. Pauli
Theater's Spielplan saved before its calendar loaded), each pinned on a minimal snippet and on
its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_titles import TITLE_CLASS
from netdir.extract.card_title_lines import named_by_its_card
from netdir.extract.listed_show_days import days_listed_in_the_card
from netdir.extract.listing_twins import without_untimed_repeats
from netdir.extract.stacked_title_lines import name_line_inside
from netdir.records import RawRecord
from tests.extract.realpage_inspect import readings_on, saved_page_readings

STAATSOPER = "hamburgische-staatsoper-startseite-2026-06"
SAVED = date(2026, 6, 15)


def _teaser(sparte: str, name: str, credit: str, days: list[str]) -> str:
    items = "".join(
        f'<li class="toggable__element"><span class="date">{d}</span> /</li>' for d in days
    )
    return (
        '<div class="block"><div class="text"><div class="title">'
        f'<div class="overline"><span>{sparte}</span></div>'
        f'<div class="headline"><span>{name}</span></div>'
        f'<div class="underlinesmall"><span class="underlinesmall__text">{credit}</span>'
        f'<ul class="toggable__elements">{items}'
        '<li class="toggable__element" aria-hidden="true"><button>3</button></li></ul></div>'
        f'</div><div class="controls"><a href="/programm/{name.lower()}">Details</a></div>'
        "</div></div>"
    )


_TEASERS = (
    '<html><body><section class="skip-links"><h2 class="screenreader-only">Sprungmarken</h2>'
    '<a href="#page">Zum Seiteninhalt springen</a></section><main id="page">'
    + _teaser("Oper", "Tosca", "Giacomo Puccini", ["15.6.", "17.6.", "13.12.", "31.12."])
    + _teaser("Ballett", "Giselle", "Adolphe Adam", ["20.6.", "26.6.", "26.6.", "21.11.", "20.3."])
    + _teaser("Oper", "Carmen", "Georges Bizet", ["2.7.", "4.7."])
    + "</main></body></html>"
)

# 1. A production's card lists the days it is played, one list item each and without a year
#    („15.6. / 17.6. / 13.12.“): each day is one performance of the card's production, the list
#    runs forward across New Year („21.11.“ then „20.3.“ of the next year), and a day the list
#    names twice („26.6. / 26.6.“) is two performances (listed_show_days, in listing._parts_of).
# 2. The card's title box stacks the Sparte, the name, the composer and the days as block lines,
#    one of them classed „headline“: that line names the production (stacked_title_lines).
# 3. The nearest heading above the cards is the skip links' „Sprungmarken“: the days of a card's
#    list take their name from the card's own title line, not from that heading, so the lists'
#    items read alone name nothing and do not outscore the cards (card_title_lines).


def test_card_days_on_a_snippet() -> None:
    readings = readings_on(_TEASERS, SAVED)
    assert [start for title, start, _ in readings if title == "Tosca"] == [
        "2026-06-15",
        "2026-06-17",
        "2026-12-13",
        "2026-12-31",
    ]
    assert [start for title, start, _ in readings if title == "Giselle"] == [
        "2026-06-20",
        "2026-06-26",
        "2026-06-26",
        "2026-11-21",
        "2027-03-20",
    ]
    assert not any(title and "Sprungmarken" in title for title, _, _ in readings)


def test_which_lists_are_a_cards_days() -> None:
    def parts(html: str, date_text: str | None) -> list[str | None]:
        segment = [LexborHTMLParser(html).css_first("div.card")]
        reading = BlockReading(title="Tosca", date_text=date_text, sources={"title": "t"})
        return [part.date_text for part in days_listed_in_the_card(segment, reading)]

    shows = '<div class="card"><ul><li>15.6. /</li><li>17.6. /</li><li><button>5</button></li></ul></div>'
    assert parts(shows, "15.6.") == ["15.6.", "17.6."]
    # a conference dated by its run, the list the hours of its days: one event
    schedule = (
        '<div class="card"><p>Freitag, 7. August 2026 bis Sonntag, 9. August 2026</p>'
        "<ul><li>Freitag, 07.08. 18:00 - 21:00 Uhr</li><li>Samstag, 08.08. 10:00 Uhr</li></ul></div>"
    )
    assert parts(schedule, "Freitag, 7. August 2026 bis Sonntag, 9. August 2026") == []
    # a market's card with a list of days per month: a calendar, read elsewhere
    months = (
        '<div class="card"><ul><li>Sa. 03.02.2018</li><li>Sa. 10.02.2018</li></ul>'
        "<ul><li>Sa. 03.03.2018</li><li>Sa. 10.03.2018</li></ul></div>"
    )
    assert parts(months, "Sa. 03.02.2018") == []
    # an item that says more than its day: no list of days
    notes = '<div class="card"><ul><li>15.6. Premiere</li><li>17.6.</li></ul></div>'
    assert parts(notes, "15.6.") == []


def test_card_days_on_the_page() -> None:
    readings = saved_page_readings(STAATSOPER)
    barbiere = [start for title, start, _ in readings if title == "Il barbiere di Siviglia"]
    assert barbiere[-6:] == [
        "2026-12-13",
        "2026-12-15",
        "2026-12-21",
        "2026-12-26",
        "2026-12-29",
        "2026-12-31",
    ]
    wunderland = [start for title, start, _ in readings if title == "Wunderland"]
    assert len(wunderland) == 14
    assert wunderland.count("2026-06-26") == 2
    assert wunderland[-1] == "2027-03-20"
    assert ("Tristan und Isolde", "2026-06-21", None) in readings


def test_stacked_title_box_names_by_its_headline() -> None:
    tree = LexborHTMLParser(
        '<div class="title"><div class="overline"><span>Oper</span></div>'
        '<div class="headline"><span>Tosca</span></div>'
        '<div class="underlinebig"><span>Liebe, Macht und Verrat</span></div></div>'
        '<div class="event-title"><span class="artist-name">Alice</span> live im Park</div>'
    )
    stacked, inline = tree.css("div.title, div.event-title")
    assert name_line_inside(stacked, TITLE_CLASS) == "Tosca"
    # the class marks a part of a name written inline: the box keeps its words
    assert name_line_inside(inline, TITLE_CLASS) is None
    # two lines classed alike (the weekday and the name, each a „panel-title“): no one line
    twice = LexborHTMLParser(
        '<div class="panel-heading"><div class="info"><div class="panel-title">Sa.</div>'
        '<div class="panel-subtitle">26.11</div></div>'
        '<div class="text"><div class="panel-title">test heute</div></div></div>'
    ).css_first("div.panel-heading")
    assert name_line_inside(twice, TITLE_CLASS) is None


def test_card_title_names_its_list_not_the_heading_above() -> None:
    tree = LexborHTMLParser(
        "<h2>Sprungmarken</h2>"
        '<div class="card"><div class="headline">Tosca</div><ul><li>15.6.</li></ul></div>'
        '<div class="event"><h3 class="event-title">Carmen</h3><ul><li>2.7.</li></ul></div>'
    )
    far, card_heading = tree.css("h2, h3")
    tosca_day, carmen_day = tree.css("li")
    assert named_by_its_card(tosca_day, far)
    # a heading inside the card is the card's own and still names its days
    assert not named_by_its_card(carmen_day, card_heading)
    # the row above, built like this one, is another item with its own name
    rows = LexborHTMLParser(
        '<div><h2>Around the World Today</h2><table><tr class="vevent"><td>'
        '<a class="event-name">Salon</a></td></tr><tr class="vevent"><td>'
        '<a class="event-name">Dorkbot</a></td></tr></table></div>'
    )
    heading = rows.css_first("h2")
    second = rows.css("tr")[1]
    assert not named_by_its_card(second, heading)


def test_titles_on_the_page() -> None:
    titles = {title for title, _, _ in saved_page_readings(STAATSOPER)}
    assert {"Il barbiere di Siviglia", "Wunderland", "51. Hamburger Ballett-Tage"} <= titles
    assert not any(title and ("Sprungmarken" in title or "Rossini" in title) for title in titles)


# 4. The calendar beside the teasers gives the next evenings in full („Mo 15.6.26 | 19:00 |
#    Il barbiere di Siviglia“): the teaser's „15.6.“ is that evening told again without its
#    year and hour, one record with the calendar's hour and place (listing_twins.
#    without_untimed_repeats; „15.6.“ and „15.6.26“ are two texts to without_same_day_twins).


def _record(title: str, date_text: str, url: str | None = None) -> RawRecord:
    return RawRecord(
        source_id="t",
        page_url="https://example.org/",
        extractor="listing",
        title=title,
        date_text=date_text,
        url=url,
    )


def test_untimed_repeat_of_a_timed_evening() -> None:
    evening = _record("Il barbiere di Siviglia", "Mo 15.6.26, 19:00")
    repeat = _record("Il barbiere di Siviglia", "15.6.", "https://example.org/barbiere")
    later = _record("Il barbiere di Siviglia", "13.12.", "https://example.org/barbiere")
    other = _record("Tosca", "15.6.")
    kept = without_untimed_repeats([evening, repeat, later, other], SAVED)
    assert kept == [evening, later, other]
    # two untimed listings of one day (a matinee and an evening): one timed record answers
    # for one of them
    twice = [evening, repeat, _record("Il barbiere di Siviglia", "15.6.")]
    assert len(without_untimed_repeats(twice, SAVED)) == 2


def test_untimed_repeats_on_the_page() -> None:
    readings = saved_page_readings(STAATSOPER)
    barbiere = [
        (start, place) for title, start, place in readings if title == "Il barbiere di Siviglia"
    ]
    assert barbiere[:2] == [
        ("2026-06-15T19:00", "Staatsoper, Großes Haus"),
        ("2026-06-17T19:30", "Staatsoper, Großes Haus"),
    ]
    assert ("2026-06-15", None) not in barbiere
    assert len(barbiere) == 8


def test_empty_spielplan_gives_no_record() -> None:
    assert saved_page_readings("st-pauli-theater-spielplan-2026-06") == []
