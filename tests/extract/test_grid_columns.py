"""A table's column labels by the grid columns their header cells span (grid_columns)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.block_columns import table_column_labels
from netdir.extract.grid_columns import column_span, grid_columns
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _cells(html: str) -> list:
    tree = LexborHTMLParser(f"<table><tr>{html}</tr></table>")
    return [node for node in tree.css("td, th")]


def test_each_cell_starts_after_the_columns_the_cells_before_it_span() -> None:
    cells = _cells(
        '<th colspan="2">Datum</th><th>Uhrzeit</th><th></th><th colspan="4">Sitzung</th><th>Raum</th>'
    )
    assert grid_columns(cells) == [0, 2, 3, 4, 8]
    assert grid_columns(_cells("<td>a</td><td>b</td><td>c</td>")) == [0, 1, 2]


@pytest.mark.parametrize(
    ("colspan", "span"), [("3", 3), (" 2 ", 2), ("0", 1), ("x", 1), ("", 1), ("99999", 1000)]
)
def test_a_span_is_its_colspan_one_when_it_is_none_and_at_most_a_browsers_limit(
    colspan: str, span: int
) -> None:
    assert column_span(_cells(f'<td colspan="{colspan}">a</td>')[0]) == span


def test_a_label_after_a_spanning_header_names_the_column_drawn_under_it() -> None:
    tree = LexborHTMLParser(
        '<table><tr><th colspan="2">Datum</th><th>Uhrzeit</th><th>&nbsp;</th>'
        '<th colspan="4">Sitzung</th><th>Raum</th></tr></table>'
    )
    assert table_column_labels(tree.css("tr")) == {0: "date_text", 2: "time", 8: "location_text"}


_CALENDAR = """<html><body><h1>Sitzungskalender</h1><h2>Oktober&nbsp;2026</h2>
<table class="tl1">
<tr class="zw1"><th colspan="2">Datum</th><th>Uhrzeit</th><th>&nbsp;</th><th colspan="4">Sitzung</th><th>Raum</th></tr>
<tr><td>Do</td><td>1</td><td colspan="8">&nbsp;</td></tr>
<tr valign="top"><td>Di</td><td>6</td><td>19:30&nbsp;</td><td><form><input type="image" src="e.gif" alt="exportieren"></form></td>
<td><form><input type="submit" value="TO" title="Tagesordnung"></form></td>
<td><a href="to010.asp?SILFDNR=2270">Sitzung des Ortsbeirates Alsenbrück-Langmeil</a></td><td>&nbsp;</td><td>&nbsp;</td>
<td>Nebenzimmer Gemeindehalle</td></tr>
<tr><td>Mi</td><td>7</td><td colspan="8">&nbsp;</td></tr>
<tr valign="top"><td>Do</td><td>8</td><td>19:00&nbsp;</td><td><form><input type="image" src="e.gif" alt="exportieren"></form></td>
<td><form><input type="submit" value="TO" title="Tagesordnung"></form></td>
<td><a href="to010.asp?SILFDNR=2269">Sitzung des Ortsgemeinderates Börrstadt</a></td><td>&nbsp;</td><td>&nbsp;</td>
<td>Sitzungssaal, Gemeindehalle Börrstadt</td></tr>
<tr valign="top"><td>Do</td><td>15</td><td>19:00&nbsp;</td><td><form><input type="image" src="e.gif" alt="exportieren"></form></td>
<td><form><input type="submit" value="TO" title="Tagesordnung"></form></td>
<td><a href="to010.asp?SILFDNR=2180">Sitzung des Verbandsgemeinderates</a></td><td>&nbsp;</td><td>&nbsp;</td>
<td>Sitzungssaal Rathaus</td></tr>
</table></body></html>"""


def test_a_council_calendar_places_each_meeting_in_its_room_not_at_its_agenda_button() -> None:
    records = extract_page(
        page_from_text(_CALENDAR, "https://ris.example.org/bi/si010_j.asp")
    ).records
    assert [(r.title, r.location_text) for r in records] == [
        ("Sitzung des Ortsbeirates Alsenbrück-Langmeil", "Nebenzimmer Gemeindehalle"),
        ("Sitzung des Ortsgemeinderates Börrstadt", "Sitzungssaal, Gemeindehalle Börrstadt"),
        ("Sitzung des Verbandsgemeinderates", "Sitzungssaal Rathaus"),
    ]


def test_a_table_without_spans_keeps_its_columns() -> None:
    html = """<html><body><h1>Termine</h1><table>
    <tr><th>Datum</th><th>Veranstaltung</th><th>Ort</th></tr>
    <tr><td>12.03.2026</td><td>Frühjahrskonzert</td><td>Stadthalle</td></tr>
    <tr><td>14.05.2026</td><td>Maifest</td><td>Festplatz</td></tr>
    <tr><td>20.06.2026</td><td>Sommerfest</td><td>Vereinsheim</td></tr>
    </table></body></html>"""
    records = extract_page(page_from_text(html, "https://example.org/termine.html")).records
    assert [(r.title, r.location_text) for r in records] == [
        ("Frühjahrskonzert", "Stadthalle"),
        ("Maifest", "Festplatz"),
        ("Sommerfest", "Vereinsheim"),
    ]


@pytest.mark.parametrize(
    ("page_id", "places"),
    [
        (
            "allris3-winnweiler-kalender-2026-10",
            [
                "Nebenzimmer Gemeindehalle A-L",
                "Sitzungssaal, Gemeindehalle Börrstadt",
                "Sitzungssaal Rathaus",
                "Dorfgemeinschaftshalle Sippersfeld",
                "Sitzungszimmer Alte Schule Lohnsfeld",
            ],
        ),
        (
            "allris3-mainz-bingen-kalender-2026-09",
            ["Kreistagssaal (Raum 023, EG)"] * 5
            + ["Verona-Zimmer (Raum 458, 4.OG) KV Ingelheim"]
            + ["Kreistagssaal (Raum 023, EG)"] * 2,
        ),
    ],
)
def test_held_out_council_calendars_place_their_meetings_in_the_room_column(
    capsys: pytest.CaptureFixture[str], page_id: str, places: list[str]
) -> None:
    """Batch 82: ALLRIS net's „Datum“ and „Sitzung“ headers span two and four columns, so the
    „Raum“ header is the fifth th but the ninth column; the fifth cell of each meeting row is its
    agenda button „TO“, which was every such row's place."""
    records = inspect_corpus_page(capsys, page_id)
    assert [r["location"] for r in records] == places


def test_held_out_august_calendar_places_its_second_meetings_of_a_day_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, "allris3-winnweiler-kalender-2026-08")
    assert len(records) == 11
    assert "TO" not in {r["location"] for r in records}
    assert [r["location"] for r in records if r["start"][:10] == "2026-08-19"] == [
        "Dorfgemeinschaftshalle Sippersfeld",
        "Sitzungssaal Rathaus",
    ]
