"""The year a section heading above a yearless box states (heading_year_above)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.heading_year_above import year_heading_above


def _year_of_box(html: str) -> str | None:
    box = LexborHTMLParser(f"<html><body>{html}</body></html>").css_first("#box")
    assert box is not None
    return year_heading_above(box)


def test_the_year_of_the_heading_the_box_stands_under() -> None:
    html = '<h2>Termine 2026</h2><div>a</div><h2>Termine 2027</h2><div><h3>1</h3></div><div id="box">b</div>'
    assert _year_of_box(html) == "2027"


def test_a_heading_of_an_ancestors_sibling() -> None:
    assert _year_of_box('<h1>Programm 2025</h1><section><div id="box">b</div></section>') == "2025"


def test_the_nearest_heading_decides_even_without_a_year() -> None:
    assert _year_of_box('<h2>Termine 2026</h2><h3>Vereinsabende</h3><div id="box">b</div>') is None


def test_two_years_or_a_long_heading_say_nothing() -> None:
    assert _year_of_box('<h2>Saison 2025/2026</h2><div id="box">b</div>') is None
    long = "Rückblick auf die Veranstaltungen und Feste des Vereins im Jahr 2019 und mehr"
    assert _year_of_box(f'<h2>{long}</h2><div id="box">b</div>') is None


def test_no_heading() -> None:
    assert _year_of_box('<p>2026</p><div id="box">b</div>') is None
