"""The cells before a block's own cell in its table row.

A council calendar (SessionNet's month view) writes each day as a table row „4 Fr | 4 | Fr |
Kinder- und Jugendbeirat · 18:00 Uhr · Sitzungsraum 3 | …“: the meetings are read as a group of
blocks inside the row's meeting cell (the body's name in a ``div``), and the row's day stands
only in the cells before that cell; a second meeting that day gets a row whose day cells are
empty.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.inline_text import visible_line

_CELL_LEVELS = 4  # a name in a div in a div in the meeting's cell
_DAY_CELL_CHARS = 14  # „Mittwoch, 22.“: a day cell is short
_CELLS = ("td", "th")


def row_of(block: LexborNode) -> LexborNode | None:
    """The table row around ``block``'s cell (``block`` itself when it is the row)."""
    if block.tag == "tr":
        return block
    cell = _cell_of(block)
    row = cell.parent if cell is not None else None
    return row if row is not None and row.tag == "tr" else None


def cells_before(block: LexborNode) -> list[str]:
    """The texts of the cells before ``block``'s own cell in its row, in row order (empty
    cells left out): „4 Fr“, „4“, „Fr“ before a meeting's cell. Only short cells: a block
    after a cell with more to say (the meeting, beside its documents „Einladung“,
    „Tagesordnung öffentlich“) is no row's first entry, and gets nothing."""
    cell = _cell_of(block)
    row = cell.parent if cell is not None else None
    if cell is None or row is None or row.tag != "tr":
        return []
    texts: list[str] = []
    for node in row.iter(include_text=False):
        if node.mem_id == cell.mem_id:
            return texts
        if node.tag in _CELLS and (text := visible_line(node)):
            if len(text) > _DAY_CELL_CHARS:
                return []
            texts.append(text)
    return []


def _cell_of(block: LexborNode) -> LexborNode | None:
    node: LexborNode | None = block if block.tag in _CELLS else block.parent
    for _ in range(_CELL_LEVELS):
        if node is None or node.tag in ("tr", "table", "body"):
            return None
        if node.tag in _CELLS:
            return node
        node = node.parent
    return None
