"""The venue a date heading names after its day and hour is the block's place."""

from __future__ import annotations

import pytest

from netdir.extract.block_reading import BlockReading
from netdir.extract.date_heading_places import place_in_the_date_heading
from netdir.html_depth import parse_html


def _place(html: str, title: str = "Es gibt keinen Frieden") -> str | None:
    tree = parse_html(f"<html><body><div>{html}</div></body></html>")
    div = tree.css_first("div")
    assert div is not None
    segment = [child for child in div.iter(include_text=False)]
    reading = BlockReading(title=title, date_text="5. Mai 2018")
    place_in_the_date_heading(segment, reading)
    return reading.location_text


def test_the_venue_after_the_day_and_hour_with_the_blocks_address() -> None:
    html = (
        "<h2>5. Mai 2018 – 20 Uhr Hof Akkerboom</h2><br>Konzert<br>"
        "<h1>Es gibt keinen Frieden</h1>Lieder und Texte<br>Stockholmstraße 159, 24109 Kiel<br>"
    )
    assert _place(html) == "Hof Akkerboom, Stockholmstraße 159, 24109 Kiel"
    assert _place("<h2>18. Aug. 2019 – Räucherei Kiel</h2><h1>Konzert</h1>", "Konzert") == (
        "Räucherei Kiel"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "10.11.2018, 19.00 Uhr",  # day and hour only
        "5. Mai 2018 – ausverkauft",  # no proper name
        "5. Mai 2018 – 20 Uhr bis 6. Mai 2018",  # a date again
        "5. Mai 2018 Hof Akkerboom",  # no dash or comma after the day
    ],
)
def test_headings_naming_no_venue(heading: str) -> None:
    assert _place(f"<h2>{heading}</h2><h1>Es gibt keinen Frieden</h1>") is None


def test_the_heading_that_titles_the_block_is_left_to_its_own_reader() -> None:
    html = "<h2>5. Mai 2018 – Hof Akkerboom</h2>"
    assert _place(html, title="Hof Akkerboom") is None
