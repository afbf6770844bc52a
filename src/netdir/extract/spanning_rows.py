"""A table's day rows: one cell across the table („<tr><td colspan="3">Samstag, 5.01.</td></tr>“)
above the rows of that day's events, each of which states only its hours („18.00“).

A church's event table (the „Evangelische Termine“ plugin, many club and council tables alike)
writes each day once, in a row whose one cell spans the columns, and under it one row per event:
the hours, the title, the place. The event rows and the day rows may share their markup (a plain
``<tr>``, or stripes that say nothing), so the day row is told by its shape, not its class. It
dates the rows below it and is no event itself, not even when it names the day's feast after the
date („Sonntag, 6.01.<br />Epiphanias (Hl. Drei Könige)“).

The hours of such a row may be written as bare figures with a dot, „18.00“ or „20.00 bis 21.30“:
in the first cell of a row under a day row they are a clock (a price or a count would not open
the row), and they are read as „18.00 Uhr“.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import node_text
from netdir.extract.table_cells import row_cells, sole_cell

#: The date source of a row that took its day from the row above (``_take_header_day``).
ROW_ABOVE_SOURCE = "listing:tr above"
_CLOCK = r"(?:[01]?\d|2[0-3])\.[0-5]\d"
# „18.00“, „20.00 bis 21.30“, „9.30 - 11.00“: dotted clocks only, one or a span of two.
_BARE_CLOCKS = lazy_re.compile(rf"^{_CLOCK}(?:\s*(?:bis|-|–)\s*{_CLOCK})?$")


def is_spanning_row(node: LexborNode) -> bool:
    """A table row of one cell that spans two or more columns."""
    cell = sole_cell(node)
    if cell is None:
        return False
    span = cell.attributes.get("colspan") or "1"
    return span.isdigit() and int(span) >= 2


def bare_clock_cell(row: LexborNode) -> str | None:
    """The hours a table row's first cell gives as bare dotted clocks, read as „… Uhr“."""
    if row.tag != "tr":
        return None
    cells = row_cells(row)
    if len(cells) < 2:
        return None
    text = " ".join((node_text(cells[0]) or "").split())
    return f"{text} Uhr" if _BARE_CLOCKS.match(text) else None


def heads_the_rows_below(
    segments: list[list[LexborNode]], readings: list[BlockReading], index: int
) -> bool:
    """Whether block ``index`` is a spanning day row whose next row took its day from it."""
    if index + 1 >= len(segments) or not segments[index] or not segments[index + 1]:
        return False
    if not is_spanning_row(segments[index][0]) or is_spanning_row(segments[index + 1][0]):
        return False
    return readings[index + 1].sources.get("date_text") == ROW_ABOVE_SOURCE
