"""A venue on the line right above a card's title is its place (place_above_title)."""

from __future__ import annotations

import pytest

from netdir.extract.block_reading import BlockReading
from netdir.extract.place_above_title import place_above_the_title
from tests.extract.realpage_inspect import inspect_corpus_page


def _place(*lines: str, title: str = "Max Ernst in Photographie und Plakat") -> str | None:
    reading = BlockReading(title=title, date_text="18. Mai - 19. Juni 2009")
    place_above_the_title([(line, None) for line in lines], reading, lambda line: "museum" in line)
    return reading.location_text


@pytest.mark.parametrize(
    "line",
    [
        "Rotunde der Bundesfinanzakademie, Brühl",
        "Galerie ON, Köln",
        "Siebengebirgsmuseum Königswinter",
    ],
)
def test_a_venue_over_the_title(line: str) -> None:
    assert _place(line, "Max Ernst in Photographie und Plakat", "18. Mai - 19. Juni 2009") == line


@pytest.mark.parametrize(
    "line",
    [
        "Ausstellung",  # a kicker naming the kind
        "Fotografie, Malerei",  # no town after the comma
        "18. Mai 2009, Köln",  # a day
        "dies und das, Köln",  # no name
    ],
)
def test_other_lines_over_the_title(line: str) -> None:
    assert _place(line, "Max Ernst in Photographie und Plakat") is None


def test_only_the_line_right_above() -> None:
    assert _place("Max Ernst in Photographie und Plakat", "Galerie ON, Köln") is None


def test_the_venues_of_a_collections_exhibitions(capsys: pytest.CaptureFixture[str]) -> None:
    """A photo collection's exhibitions: each card's venue link stands above its <h2> title."""
    records = inspect_corpus_page(capsys, "static-sammlung-mueller-ausstellungen")
    assert [r["location"] for r in records] == [
        "Rotunde der Bundesfinanzakademie, Brühl",
        "Siebengebirgsmuseum Königswinter",
        "Rathausgalerie, Brühl",
        "Galerie ON, Köln",
    ]
