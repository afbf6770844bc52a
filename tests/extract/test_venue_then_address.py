"""A line „im VENUE, STREET, TOWN“ is a block's place, also as bare text between its elements;
a year before a programme's name („1992 Ein feste Burg“) is no postcode and town (place_lines,
block_places; the choir's archive of held-out batch 80)."""

from __future__ import annotations

import pytest

from netdir.extract.block_places import place_of_a_when_where_line
from netdir.extract.block_reading import BlockReading
from netdir.extract.place_lines import (
    only_an_address,
    venue_then_address,
    where_of_a_when_where_line,
)
from netdir.html_depth import parse_html


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (
            "im Hamburg Haus,\xa0Doormannsweg 12,\xa020259 Hamburg-Eimsbüttel",
            "Hamburg Haus,\xa0Doormannsweg 12,\xa020259 Hamburg-Eimsbüttel",
        ),
        ("in der Stadthalle, Marktplatz 1, 12345 Musterstadt", "Stadthalle, Marktplatz 1, 12345 Musterstadt"),
    ],
)  # fmt: skip
def test_a_venue_after_im_and_its_address_is_a_place(line: str, place: str) -> None:
    assert venue_then_address(line) == place
    assert where_of_a_when_where_line(line) == place


@pytest.mark.parametrize(
    "line",
    [
        "im Anschluss an die Wahl",  # no address
        "im Hamburg Haus gibt es Kuchen, Kaffee und Tee",  # a sentence
        "in der Pause, 20 Minuten",
        "Im Foyer, danach im Saal",
        "Im Gemeindehaus zeigen wir den Film, Hauptstraße 5",  # the venue part is a sentence
    ],
)
def test_other_lines_name_no_venue_and_address(line: str) -> None:
    assert venue_then_address(line) is None


def test_a_year_and_a_programmes_name_is_no_postcode_and_town() -> None:
    assert not only_an_address("1992 Ein feste Burg")
    assert where_of_a_when_where_line("1992\xa0\xa0\xa0\xa0 Ein feste Burg\xa0 -") is None
    # Postcodes with towns of one or more words stay addresses.
    assert only_an_address("3315 Bätterkinden")
    assert only_an_address("Doormannsweg 12, 20259 Hamburg-Eimsbüttel")
    assert only_an_address("60311 Frankfurt am Main")
    assert only_an_address("Hauptstraße 1, 39288 Burg bei Magdeburg")


def test_bare_text_between_the_blocks_elements_places_it() -> None:
    tree = parse_html(
        "<html><body><div><h2>Samstag, 7. Oktober 2017</h2><h1>SO WIE ES IST</h1>"
        "im Hamburg Haus, Doormannsweg 12, 20259 Hamburg<br><a href='x'>x</a></div></body></html>"
    )
    assert tree.body is not None
    segment = [*tree.body.css("h2"), *tree.body.css("h1")]
    reading = BlockReading(title="SO WIE ES IST", date_text="Samstag, 7. Oktober 2017")
    place_of_a_when_where_line(segment, reading)
    assert reading.location_text == "Hamburg Haus, Doormannsweg 12, 20259 Hamburg"
    assert reading.date_text == "Samstag, 7. Oktober 2017"  # „im“ is no hour
