"""The cells of a table row, the one way every reader of tables takes them."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

CELL_TAGS = ("td", "th")


def row_cells(row: LexborNode) -> list[LexborNode]:
    """The ``td`` and ``th`` elements under ``row``, in document order."""
    return [node for node in row.iter(include_text=False) if node.tag in CELL_TAGS]


def sole_cell(node: LexborNode) -> LexborNode | None:
    """The one cell of a table row that has one (a caption row, a name row over its meeting);
    None for a row of several cells or for another element."""
    if node.tag != "tr":
        return None
    cells = row_cells(node)
    return cells[0] if len(cells) == 1 else None


def table_holding(node: LexborNode | None) -> LexborNode | None:
    """``node`` itself when it is a ``table``, else the nearest ``table`` above it; None when
    it stands in none (pass a row's parent to skip the row)."""
    while node is not None and node.tag != "table":
        node = node.parent
    return node
