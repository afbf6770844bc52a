"""Header labels for a table whose items are pairs of rows (extract.pair_row_labels)."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.pair_row_labels import pair_row_labels

_HEAD = (
    "<tr class='d'><th>Event Name</th><th>Date</th><th>Location</th></tr>"
    "<tr class='m'><th>Events</th></tr>"
)


def _pairs(rows: str) -> tuple:
    table = LexborHTMLParser(f"<table><tbody>{_HEAD}{rows}</tbody></table>").css_first("tbody")
    assert table is not None
    trs = table.css("tr")
    return table, [trs[i : i + 2] for i in range(0, len(trs), 2)]


def test_the_first_row_of_each_pair_is_read_by_the_header() -> None:
    rows = (
        "<tr class='d'><td>Le Petit Grand Prix</td><td>Sun 03/09/17</td><td>Yarborough</td></tr>"
        "<tr class='m'><td>Sun 03/09/17 Le Petit Grand Prix Yarborough</td></tr>"
    ) * 3
    table, pairs = _pairs(rows)
    assert pair_row_labels(table, pairs) == {0: "title", 1: "date_text", 2: "location_text"}


def test_a_first_row_of_another_shape_is_not() -> None:
    rows = (
        "<tr class='d'><td colspan='3'>Sunday 3 September</td></tr>"
        "<tr class='m'><td>Le Petit Grand Prix</td><td>9:00</td><td>Yarborough</td></tr>"
    ) * 3
    table, pairs = _pairs(rows)
    assert pair_row_labels(table, pairs) == {}
