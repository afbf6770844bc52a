from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.table_cells import row_cells


def test_a_rows_cells_are_its_own_th_and_td_in_order() -> None:
    row = LexborHTMLParser(
        "<table><tr><th>Datum</th> <td>Rat <table><tr><td>inner</td></tr></table></td>"
        "<td></td></tr></table>"
    ).css_first("tr")
    assert row is not None
    cells = row_cells(row)
    assert [cell.tag for cell in cells] == ["th", "td", "td"]
    assert cells[0].text() == "Datum"  # a nested table's cells are not the row's
