"""A bare „im <venue> <address>“ line above a list names where its rows take place."""

from __future__ import annotations

import pytest

from netdir.extract.where_lines import venue_of_a_where_line


def test_a_venue_with_its_address_after_im_is_the_place() -> None:
    line = "im Gemeinschaftshaus  Pleißaer Str. 13c, 09212 Limbach-Oberfrohna"
    assert (
        venue_of_a_where_line(line)
        == "Gemeinschaftshaus Pleißaer Str. 13c, 09212 Limbach-Oberfrohna"
    )
    assert venue_of_a_where_line("Im Saal des Rathauses, Marktplatz 1, 12345 Ort") == (
        "Saal des Rathauses, Marktplatz 1, 12345 Ort"
    )


@pytest.mark.parametrize(
    "line",
    [
        "im Gemeindehaus",  # a venue word alone: which house?
        "in der Pleißaer Str. 13c, 09212 Limbach",  # an address alone: a street's
        "Im Mai treffen wir uns im Haus Bergstr. 3",  # a sentence
        "Der jeweils nächste Termin ist hervorgehoben.",
    ],
)
def test_other_lines_name_no_place(line: str) -> None:
    assert venue_of_a_where_line(line) is None
