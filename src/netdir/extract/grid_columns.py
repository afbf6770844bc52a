"""Which column of a table's grid each cell of a row starts in.

A header cell that spans columns moves every label after it: ALLRIS's month calendar heads
its rows „Di | 6 | 19:30 | (export) | TO | Sitzung des Ortsgemeinderates … | | | Sitzungssaal
Rathaus“ with „<th colspan="2">Datum</th><th>Uhrzeit</th><th></th><th colspan="4">Sitzung
</th><th>Raum</th>“. Counted cell by cell, „Raum“ is the fifth header and would label the
fifth cell — the agenda button „TO“ — as the place; counted by the columns a reader sees, it
stands over the ninth cell, the room. Header and row cells are both placed by their spans, so
a label lands on the cell drawn under it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

# Browsers clamp a span at 1000 columns; a larger or broken value must not stretch the grid.
_MOST_COLUMNS = 1000


def grid_columns(cells: list[LexborNode]) -> list[int]:
    """The grid column (from 0) each of a row's ``cells`` starts in, after the spans before it."""
    columns: list[int] = []
    column = 0
    for cell in cells:
        columns.append(column)
        column += column_span(cell)
    return columns


def column_span(cell: LexborNode) -> int:
    """How many columns ``cell`` covers: its ``colspan``, 1 when absent, zero or not a number."""
    value = (cell.attributes.get("colspan") or "").strip()
    if not value.isdigit():
        return 1
    return min(max(int(value), 1), _MOST_COLUMNS)
