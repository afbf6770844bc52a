"""A date line that goes on past its hours with „in“ and a name ends on its town."""

from __future__ import annotations

import pytest

from netdir.extract.block_reading import BlockReading
from netdir.extract.day_line_places import place_after_the_day
from netdir.html_depth import parse_html
from tests.extract.realpage_inspect import inspect_corpus_page


def _place(date_line: str) -> str | None:
    body = parse_html(f"<div><h2>Workshop</h2><h3>{date_line}</h3></div>").body
    assert body is not None
    reading = BlockReading(title="Workshop", date_text=date_line)
    place_after_the_day([body.child], reading)
    return reading.location_text


def test_the_town_after_the_hours() -> None:
    assert _place("21.10.2018 um 16:30 Uhr in Halle") == "Halle"
    assert _place("03.10.2018 um 19 Uhr in Bad Homburg") == "Bad Homburg"


def test_no_town_after_the_hours() -> None:
    assert _place("21.10.2018 um 16:30 Uhr") is None
    assert _place("21.10.2018 um 16:30 Uhr in der Aula") is None


def test_the_third_workshops_town(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "jekyll-feministclickback-termine-2018")
    clickback = [r for r in records if "Clickback" in r["title"]]
    assert clickback and clickback[0]["location"] == "Halle"
