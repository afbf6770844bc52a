"""Unit tests of extract.day_tables: a day's timetable under its caption or its heading."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_columns import aside_cell_texts
from netdir.extract.block_reading import BlockReading
from netdir.extract.day_tables import captioned_day_rows

_ROWS = (
    "<tr><td>17:00 Uhr</td><td>Standkonzert</td></tr><tr><td>18:30</td><td>Bieranstich</td></tr>"
)


def _rows(
    html: str, selector: str, place: str | None = None
) -> list[tuple[str | None, str | None]]:
    node = LexborHTMLParser(html).css_first(selector)
    assert node is not None
    reading = BlockReading(title="Theme", date_text="x", location_text=place)
    return [(p.title, p.date_text) for p in captioned_day_rows([node], reading)]


def test_a_caption_that_only_names_the_day() -> None:
    html = f"<table><caption>26. April</caption>{_ROWS}</table>"
    assert _rows(html, "table") == [
        ("Standkonzert", "26. April, 17:00 Uhr"),
        ("Bieranstich", "26. April, 18:30 Uhr"),
    ]


def test_a_heading_with_the_day_and_a_theme_above_the_blocks_one_table() -> None:
    html = f"<div><h5>Freitag 02.08.2024 Partyabend</h5><p>Ablauf:</p><table>{_ROWS}</table></div>"
    assert _rows(html, "div") == [
        ("Standkonzert", "02.08.2024, 17:00 Uhr"),
        ("Bieranstich", "02.08.2024, 18:30 Uhr"),
    ]


def test_no_day_in_the_heading_or_a_heading_below_the_table() -> None:
    assert _rows(f"<div><h5>Partyabend</h5><table>{_ROWS}</table></div>", "div") == []
    assert _rows(f"<div><table>{_ROWS}</table><h5>Samstag 03.08.2024</h5></div>", "div") == []


def test_two_tables_or_one_timed_row_are_no_days_timetable() -> None:
    two = f"<div><h5>Freitag 02.08.2024</h5><table>{_ROWS}</table><table>{_ROWS}</table></div>"
    assert _rows(two, "div") == []
    one = "<div><h5>Freitag 02.08.2024</h5><table><tr><td>17:00</td><td>A</td></tr></table></div>"
    assert _rows(one, "div") == []


def test_a_place_the_block_took_from_a_row_is_no_place_of_the_rows() -> None:
    html = f"<div><h5>Freitag 02.08.2024</h5><table>{_ROWS}</table></div>"
    node = LexborHTMLParser(html).css_first("div")
    assert node is not None
    reading = BlockReading(title="T", date_text="x", location_text="Bieranstich")
    reading.sources["location_text"] = "listing:place line"
    parts = captioned_day_rows([node], reading)
    assert [p.location_text for p in parts] == [None, None]
    assert "location_text" not in parts[0].sources
    kept = BlockReading(title="T", date_text="x", location_text="Festzelt")
    assert [p.location_text for p in captioned_day_rows([node], kept)] == ["Festzelt"] * 2


def test_aside_cells_are_whom_a_row_is_for_when_no_column_names_it() -> None:
    html = (
        "<table><tr><th>Datum</th><th>Uhrzeit</th><th>bevorzugter Verein</th></tr>"
        "<tr><td>29.10.2024</td><td>18-22</td><td>Eichenlaub Böhmfeld</td></tr></table>"
    )
    rows = LexborHTMLParser(html).css("tr")
    assert aside_cell_texts([rows[1]]) == {"Eichenlaub Böhmfeld"}
    named = html.replace("<th>Datum</th>", "<th>Datum</th><th>Thema</th>").replace(
        "<td>29.10.2024</td>", "<td>29.10.2024</td><td>Schießen</td>"
    )
    assert aside_cell_texts([LexborHTMLParser(named).css("tr")[1]]) == set()
