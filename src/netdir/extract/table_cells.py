"""The cells of a table row, the one way every reader of tables takes them."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

CELL_TAGS = ("td", "th")


def row_cells(row: LexborNode) -> list[LexborNode]:
    """The ``td`` and ``th`` elements under ``row``, in document order."""
    return [node for node in row.iter(include_text=False) if node.tag in CELL_TAGS]
