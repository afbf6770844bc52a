"""The header labels of a table whose every item is a pair of rows.

An event finder writes each event twice, a desktop row under the header „Event Name | Date | Type
| Location“ and a mobile row that repeats it all in one cell; the pair is the item. Its first
row's cells are the header's columns, so the header names them as it does for a table of single
rows — the place is the „Location“ cell. Only when every pair's first row has as many cells as
the header row: a first row of another shape (a day row spanning the table, a row of one cell)
is not read by the header.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_columns import table_column_labels

_HEADER_ROWS = 3  # the header is among the table's first rows


def pair_row_labels(parent: LexborNode, pairs: list[list[LexborNode]]) -> dict[int, str]:
    """Column labels for the first rows of ``pairs`` (row pairs under ``parent``), or none."""
    if not pairs or pairs[0][0].tag != "tr":
        return {}
    table = parent if parent.tag == "table" else parent.parent
    if table is None or table.tag != "table":
        return {}
    rows = table.css("tr")[:_HEADER_ROWS]
    header = next((row for row in rows if len(_cells(row, "th")) >= 2), None)
    if header is None:
        return {}
    width = len(_cells(header, "th"))
    if any(len(_cells(pair[0], "td", "th")) != width for pair in pairs):
        return {}
    return table_column_labels(rows)


def _cells(row: LexborNode, *tags: str) -> list[LexborNode]:
    return [cell for cell in row.iter(include_text=False) if cell.tag in tags]
