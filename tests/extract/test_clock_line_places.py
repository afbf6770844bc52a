"""The place after a clock on its own line (``clock_line_places``)."""

from __future__ import annotations

import pytest

from netdir.extract.clock_line_places import place_after_the_clock


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("7:00 pm Bowie State University Recital Hall", "Bowie State University Recital Hall"),
        # The clock pattern leaves „am“ to German („19 Uhr am Markt“): the meridiem goes too.
        ("8:00 am Palisades Community Church", "Palisades Community Church"),
        ("11:30 am - 1:00 pm · Cava Chinatown HQ", "Cava Chinatown HQ"),
        ("18:00 Uhr, Bürgerhaus Süd", "Bürgerhaus Süd"),
        ("9:00 am threespot.", "threespot."),
    ],
)
def test_the_rest_of_a_clock_line_is_its_place(line: str, place: str) -> None:
    assert place_after_the_clock(line) == place


@pytest.mark.parametrize(
    "line",
    [
        "7:00 pm",  # nothing after the clock
        "Doors 7:00 pm Main Hall",  # the line does not open with the clock
        "7:00 pm until 9:30 pm in the hall",  # a further hour
        "7:00 pm, 12 March 2026 Main Hall",  # a further date
        "7:00 pm Doors open at the side entrance for all guests.",  # a sentence
    ],
)
def test_no_place_after_the_clock(line: str) -> None:
    assert place_after_the_clock(line) is None
