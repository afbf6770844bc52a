from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.table_cells import row_cells, sole_cell, table_holding


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


def test_the_table_holding_a_cell_a_row_or_itself() -> None:
    tree = LexborHTMLParser(
        "<div><table id='outer'><tr><td><table id='inner'><tr><td>x</td></tr></table></td></tr>"
        "</table><p>no table</p></div>"
    )
    inner_cell = tree.css("td")[1]
    assert table_holding(inner_cell).id == "inner"  # the nearest, not the outer one
    inner = tree.css_first("#inner")
    assert inner is not None and table_holding(inner) is inner
    assert table_holding(inner.parent).id == "outer"  # from a table's parent: the one above
    paragraph = tree.css_first("p")
    assert paragraph is not None and table_holding(paragraph) is None
    assert table_holding(None) is None
