"""A programme grid whose header row names dated days and whose cells name the points."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext
from netdir.extract.dated_grid import dated_grid_records
from tests.extract.conftest import page_from_text

_GRID = """<html><body><table>
<tr><td></td><td>Fr, 27.11</td><td>Sa, 28.11</td></tr>
<tr><td>Vormittag</td><td rowspan="2">🏞️ Ausflug</td><td>🧘Yoga (ab 10h)</td></tr>
<tr><td>Nachmittag</td><td>💃Tanzshow (16h)</td></tr>
<tr><td>Abend</td><td>Abendessen</td><td>🎼 Konzert (17h) <br><br> 𓌉◯𓇋 Festtafel (19.30 Uhr)</td></tr>
</table></body></html>"""


def _read(html: str) -> list[tuple[str | None, str | None]]:
    records = dated_grid_records(LexborHTMLParser(html), PageContext.of(page_from_text(html), None))
    return [(record.title, record.date_text) for record in records]


def test_each_line_of_a_cell_is_a_point_of_its_columns_day() -> None:
    assert _read(_GRID) == [
        ("Ausflug", "27.11.2026"),
        ("Abendessen", "27.11.2026"),
        ("Yoga", "28.11.2026, 10:00 Uhr"),
        ("Tanzshow", "28.11.2026, 16:00 Uhr"),
        ("Konzert", "28.11.2026, 17:00 Uhr"),
        ("Festtafel", "28.11.2026, 19:30 Uhr"),
    ]


def test_a_table_whose_header_is_not_all_days_is_no_grid() -> None:
    html = _GRID.replace("<td>Sa, 28.11</td>", "<td>Bemerkung</td>")
    assert _read(html) == []


def test_a_header_of_days_far_apart_is_a_list_not_one_grid() -> None:
    html = _GRID.replace("Sa, 28.11", "Sa, 28.2")
    assert _read(html) == []
