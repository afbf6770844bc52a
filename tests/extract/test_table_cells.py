from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.table_cells import row_cells, sole_cell


def test_a_rows_cells_are_its_own_th_and_td_in_order() -> None:
    row = LexborHTMLParser(
        "<table><tr><th>Datum</th> <td>Rat <table><tr><td>inner</td></tr></table></td>"
        "<td></td></tr></table>"
    ).css_first("tr")
    assert row is not None
    cells = row_cells(row)
    assert [cell.tag for cell in cells] == ["th", "td", "td"]
    assert cells[0].text() == "Datum"  # a nested table's cells are not the row's


def test_the_sole_cell_of_a_row_of_one_cell_only() -> None:
    tree = LexborHTMLParser(
        "<table><tr><td colspan='3'>Sitzungen 2026</td></tr><tr><td>1</td><td>2</td></tr></table>"
    )
    one, two = tree.css("tr")
    cell = sole_cell(one)
    assert cell is not None and cell.text() == "Sitzungen 2026"
    assert sole_cell(two) is None
    table = tree.css_first("table")
    assert table is not None and sole_cell(table) is None
