"""Causes found on held-out German batch 184 of the real-page corpus (pages of event plugins and
CMS systems; the batch's pages are English ones of families not yet in the corpus: a Squarespace
town calendar, a GrowthZone chamber events list, the Travel Wisconsin events widget and a
chamber's WordPress page with a menu tab of event teasers), each pinned on a minimal snippet and
on its page: the records a reader would note, with their names, starts and places."""

from __future__ import annotations

from datetime import date

from netdir.extract.place_lines import names_a_place
from tests.extract.realpage_inspect import readings_on, saved_page_readings

# 1. The St. Germain Chamber of Commerce features its next events as teasers: a linked h6 name
#    over „<strong><em>Monday, September 1st, 2025</em></strong><br>St. Germain Community Park
#    545 Hwy 155“. The line below the day is where the event is, but neither a park named by its
#    kind („Community Park“) nor a house on a numbered highway („545 Hwy 155“) was known as a
#    place: the venue words know a park by its kind as they know a „Community Pool“
#    (place_lines._VENUE_WORD), and an American street address may be a number on a highway
#    (block_places._STREET_ADDRESS).

_TEASER = (
    "<a href='/events/{slug}/' class='x-text'><div class='x-text-content'>"
    "<div class='x-text-content-text'><h6 class='x-text-content-text-primary'>{name}</h6>"
    "<span class='x-text-content-text-subheadline'><p><strong><em>{day}</em></strong><br>"
    "{place}</p></span></div></div></a>"
)


def _teasers(rows: tuple[tuple[str, str, str, str], ...]) -> str:
    cards = "".join(
        _TEASER.format(slug=slug, name=name, day=day, place=place)
        for slug, name, day, place in rows
    )
    return f"<html lang='en'><body><div class='x-tabs-panel'>{cards}</div></body></html>"


def test_a_park_named_by_its_kind_is_a_place() -> None:
    assert names_a_place("St Germain Community Park")
    assert names_a_place("Veterans Memorial Park")
    assert names_a_place("Pioneer County Park")
    assert not names_a_place("Park")
    assert not names_a_place("Jurassic Park")
    assert not names_a_place("Pints in the Park 2025")


def test_the_place_below_the_teasers_day() -> None:
    html = _teasers(
        (
            ("fair", "Harvest Fair", "Saturday, September 6th, 2025", "Riverside Community Park"),
            ("market", "Flea Market", "Monday, September 8th, 2025", "Town Hall 473 Hwy 70"),
            ("run", "Fun Run", "Saturday, September 13th, 2025", "City Park"),
        )
    )
    readings = readings_on(html, date(2025, 8, 28))
    assert readings == [
        ("Harvest Fair", "2025-09-06", "Riverside Community Park"),
        ("Flea Market", "2025-09-08", "Town Hall 473 Hwy 70"),
        ("Fun Run", "2025-09-13", "City Park"),
    ]


def test_the_chambers_teasers_on_the_page() -> None:
    readings = saved_page_readings("wordpress-themeco-stgermain-chamber-events-2025-08")
    assert readings == [
        ("Flea Market 2025", "2025-09-01", "St. Germain Community Park 545 Hwy 155"),
        ("Colorama 2025", "2025-09-20", "St Germain Community Park"),
        ("Pints in the Park 2025", "2025-09-20", "St Germain Community Park"),
    ]
