"""colon_place_lists: each record takes the address a colon line lists above the table of the
block it was read from — told by the block itself, not by matching date texts (two tables may
list the same day)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time

from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.colon_place_lists import SOURCE, places_over_each_table
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text

_BOW = "Koboldgarten, 85080 Gaimersheim"
_RIFLE = "Marktplatz 5, 85080 Gaimersheim"


def _card(name: str, line: str, address: str, days: list[str]) -> str:
    rows = "".join(f"<tr><td>{day}</td><td>14-16</td></tr>" for day in days)
    return (
        f'<div class="card"><h5>{name}</h5><p>{line}:<br><ul><li>{address}</li></ul></p>'
        f"<table><tr><th>Datum</th><th>Uhrzeit</th></tr>{rows}</table></div>"
    )


def _places(html: str, today: date) -> list[tuple[str, str | None, str | None]]:
    saved = datetime.combine(today, time(12), tzinfo=UTC)
    page = dataclasses.replace(page_from_text(html), fetched_at=saved)
    return [(r.title, r.date_text, r.location_text) for r in extract_page(page).records]


def test_two_tables_listing_the_same_day_each_give_their_own_place() -> None:
    # The bow card repeats its 13 October row (one offering); the rifle card lists that day as
    # well. Matched by date text, the rifle's 13 October took the repeated bow row's place.
    html = (
        "<html><body><main>"
        + _card(
            "Bogenschießen",
            "Bei gutem Wetter wird draußen geschossen",
            _BOW,
            ["13.10.2024", "13.10.2024", "19.10.2024"],
        )
        + _card(
            "Luftgewehr",
            "Geschossen wird bei uns im Vereinsheim",
            _RIFLE,
            ["13.10.2024", "30.10.2024", "31.10.2024"],
        )
        + "</main></body></html>"
    )
    records = _places(html, date(2024, 10, 9))
    assert len(records) == 5
    for title, date_text, place in records:
        expected = _BOW if title == "Bogenschießen" else _RIFLE
        assert place == expected, (title, date_text, place)


def test_each_record_takes_the_place_over_its_own_blocks_table() -> None:
    html = (
        "<div>"
        + _card("A", "Bei gutem Wetter wird draußen geschossen", _BOW, ["13.10.2024"])
        + _card("B", "Geschossen wird bei uns im Vereinsheim", _RIFLE, ["13.10.2024"])
        + "</div>"
    )
    rows = LexborHTMLParser(html).css("tr")
    bow_row, rifle_row = rows[1], rows[3]
    first, second, stray = (
        RawRecord(
            source_id="s", page_url="u", extractor="listing", title=name, date_text="13.10.2024"
        )
        for name in ("A", "B", "C")
    )
    # in any order, and the same date text: the linked block alone decides
    places_over_each_table([(second, [rifle_row]), (first, [bow_row]), (stray, None)])
    assert (first.location_text, second.location_text, stray.location_text) == (_BOW, _RIFLE, None)
    assert first.field_sources["location_text"] == SOURCE


def test_a_group_with_a_place_of_its_own_is_left_alone() -> None:
    html = "<div>" + _card("A", "Geschossen wird hier", _BOW, ["13.10.2024"]) + "</div>"
    row = LexborHTMLParser(html).css("tr")[1]
    placed, bare = (
        RawRecord(
            source_id="s", page_url="u", extractor="listing", title=name, date_text="13.10.2024"
        )
        for name in ("A", "B")
    )
    placed.location_text = "Halle"
    places_over_each_table([(placed, [row]), (bare, [row])])
    assert (placed.location_text, bare.location_text) == ("Halle", None)
