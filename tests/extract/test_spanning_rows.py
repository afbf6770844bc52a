"""A table's day rows across its columns date the event rows below them (spanning_rows)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from netdir.extract import extract_page
from netdir.extract.spanning_rows import bare_clock_cell, is_spanning_row
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page

_TABLE = (
    "<table><tr><th colspan='3'>Januar 2019</th></tr>"
    "<tr><td colspan='3'>Samstag, 5.01.</td></tr>"
    "<tr class='White'><td>18.00</td><td><a href='/a'>Konzert der Kantorei</a></td>"
    "<td>Gnadenkirche</td></tr>"
    "<tr><td colspan='3'>Sonntag, 6.01.<br />Epiphanias</td></tr>"
    "<tr class='Grey'><td>10.00</td><td><a href='/b'>Gottesdienst</a></td><td>Kirche</td></tr>"
    "<tr><td colspan='3'>Montag, 7.01.</td></tr>"
    "<tr class='White'><td>20.00<br /> bis <br />21.30</td><td><a href='/c'>Probe: Chor</a></td>"
    "<td>Gemeindehaus</td></tr>"
    "<tr class='Grey'><td>20.00</td><td><a href='/d'>Probe: Posaunen</a></td>"
    "<td>Gemeindehaus</td></tr></table>"
)


def _rows(html: str) -> list:
    return LexborHTMLParser(html).css("tr")


def test_a_row_of_one_cell_across_the_columns_spans() -> None:
    rows = _rows(_TABLE)
    assert [is_spanning_row(row) for row in rows[:3]] == [True, True, False]
    assert not is_spanning_row(_rows("<table><tr><td>Samstag, 5.01.</td></tr></table>")[0])


@pytest.mark.parametrize(
    ("cell", "clock"),
    [("18.00", "18.00 Uhr"), ("20.00<br /> bis <br />21.30", "20.00 bis 21.30 Uhr")],
)
def test_bare_dotted_clocks_opening_a_row_are_hours(cell: str, clock: str) -> None:
    row = _rows(f"<table><tr><td>{cell}</td><td>Probe</td></tr></table>")[0]
    assert bare_clock_cell(row) == clock


@pytest.mark.parametrize("cell", ["12.50 €", "18.00 Euro", "25.13", "Probe"])
def test_other_first_cells_are_no_clock(cell: str) -> None:
    row = _rows(f"<table><tr><td>{cell}</td><td>Probe</td></tr></table>")[0]
    assert bare_clock_cell(row) is None


def test_each_event_row_takes_the_day_of_the_row_above() -> None:
    html = f"<html><body><h1>Termine</h1>{_TABLE}</body></html>"
    records = extract_page(page_from_text(html, "https://example.org/termine/")).records
    from datetime import date

    found = {(r.title, normalize_record(r, today=date(2019, 1, 2)).start[:16]) for r in records}
    assert found == {
        ("Konzert der Kantorei", "2019-01-05T18:00"),
        ("Gottesdienst", "2019-01-06T10:00"),
        ("Probe: Chor", "2019-01-07T20:00"),
        ("Probe: Posaunen", "2019-01-07T20:00"),
    }


def test_the_parish_table_is_read_row_by_row(capsys: pytest.CaptureFixture[str]) -> None:
    # Held-out batch 65: the „Evangelische Termine“ plugin's table, day rows „Samstag, 5.01.“
    # across it, event rows „18.00 | Musik in der Gnadenkirche: Chorvoidea | Gnadenkirche“
    # striped „White“/„Grey“ and marked as schema.org/Event microdata without a date.
    records = inspect_corpus_page(capsys, "wordpress-evangelische-termine-rheinbach-2019-01")
    found = {(r["title"], (r.get("start") or "")[:16], (r.get("end") or "")[:16]) for r in records}
    assert len(records) == 20
    assert ("Musik in der Gnadenkirche: Chorvoidea", "2019-01-05T18:00", "") in found
    assert ("Probe: Kirchenchor", "2019-01-07T20:00", "2019-01-07T21:30") in found
    assert not any(title.startswith("Epiphanias") for title, _, _ in found)


def test_rows_striped_by_colour_share_their_signature() -> None:
    from netdir.extract.listing_groups import signature

    rows = _rows("<table><tr class='White'><td>a</td></tr><tr class='Grey'><td>b</td></tr></table>")
    assert {signature(row) for row in rows} == {"tr"}
