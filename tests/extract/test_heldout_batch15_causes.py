"""Causes found on held-out batch 15 of the real-page corpus (German pages), each pinned on its
page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from netdir.extract import extract_page
from netdir.normalize import normalize_record
from tests.extract.conftest import page_from_text

PAGES = Path(__file__).parents[1] / "realpages" / "pages"


def _records(name: str, url: str) -> list[tuple[str | None, str | None, str | None]]:
    html = (PAGES / name).read_text(encoding="utf-8")
    today = date(2005, 10, 11)
    return [
        (r.title, normalize_record(r, today=today).start, r.location_text)
        for r in extract_page(page_from_text(html, url)).records
    ]


def test_a_header_row_of_plain_cells_names_the_columns_and_repeats_take_the_row_above() -> None:
    # <tr id="ueberschrift"><td>Datum / Uhrzeit</td><td>Programm</td><td>Künstler</td>
    # <td>Veranstaltungs- ort</td></tr>: a hand-written header without <th>; the programme
    # column names each concert (not the ensemble's link in the artists' column), and a row
    # whose programme says "siehe oben" / "wie oben" repeats the programme of the row above.
    got = _records(
        "xhtml-hecker-continuo-veranstaltungen-2005.html",
        "http://www.hecker-continuo.de/veranstaltungen/",
    )
    by_start = {start: (title, place) for title, start, place in got}
    assert by_start["2005-03-12T19:30:00+01:00"] == (
        '"Aus der Tiefen ruf ich, Herr, zu dir"',
        "Kirche Dresden - Loschwitz",
    )
    assert by_start["2005-03-13T18:00:00+01:00"] == (
        '"Aus der Tiefen ruf ich, Herr, zu dir"',
        "St. Pauli - Kreuz - Kirche, Chemnitz",
    )
    assert by_start["2005-03-20T17:00:00+01:00"] == (
        "Lecon de Ténèbres",
        "Klosterkirche Nikolausberg / Göttingen",
    )
    titles = {start: title for title, start, _ in got}
    assert titles["2005-03-25T16:00:00+01:00"] == "Lecon de Ténèbres"  # two repeats up
    assert titles["2005-07-04T19:30:00+02:00"] == (
        "Abschlusskonzert des Aufbaustudiums Chorleitung von Jörg Petzold"
    )
    assert len(got) == 17
