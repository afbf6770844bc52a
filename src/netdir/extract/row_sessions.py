"""A table row that holds several sessions of one day, one per line of its time and name cells.

A rehearsal plan writes a day's two parts into one row, each cell holding one line per part:
„Mo. 23.02.2026 | 19:00 Uhr<br>20:00 Uhr | Celli/Hörner<br>Tutti | St. Maximilian“, „So.
26.04.2026 | 16:00 Uhr<br>18:00 Uhr | Anspielprobe<br>Konzert | Kulturzentrum Trudering“. The
lines pair up: each clock line times the name line beside it, the day and the place are the
row's. Read as one row, the second session is lost and the first is timed by both clocks.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_lines
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.sub_items import part_of
from netdir.extract.table_cells import CELL_TAGS
from netdir.extract.title_text import only_a_day, title_in_text

# „19:00 Uhr“, „14:00–17:00 Uhr“, „ab 9.30 Uhr“: a line that is only a clock or a span of hours.
_CLOCK_LINE = lazy_re.compile(
    r"^(?:(?:ab|um|von)\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:[-–—]|bis)\s*\d{1,2}[:.]\d{2})?\s*(?:Uhr|h)?$",
    re.I,
)


def sessions_in_a_row(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per line pair of the row's clock cell and name cell; [] unless the row has
    one cell that names its day, one cell of two or more clock lines and one cell of as many
    name lines that title the row (its first line, or all of them joined)."""
    if len(segment) != 1 or segment[0].tag != "tr" or reading.title is None:
        return []
    columns = row_cell_lines(segment)
    if columns is None:
        return []
    clocks = [lines for lines in columns if len(lines) >= 2 and all(map(_CLOCK_LINE.match, lines))]
    days = [lines[0] for lines in columns if len(lines) == 1 and only_a_day(lines[0])]
    if len(clocks) != 1 or len(days) != 1:
        return []
    names = [
        lines
        for lines in columns
        if len(lines) == len(clocks[0])
        and lines is not clocks[0]
        and not any(DATE_LIKE.search(line) for line in lines)
        and reading.title.startswith(title_in_text(lines[0]) or "\0")
    ]
    if len(names) != 1:
        return []
    where = "listing:tr cell lines"
    parts = []
    for clock, name in zip(clocks[0], names[0], strict=True):
        title = title_in_text(name)
        if title is None:
            return []
        when, day_where = f"{days[0]}, {clock}", f"{where} + day cell"
        place = reading.location_text  # the row's place cell: every session's
        parts.append(
            part_of(reading, title, when, place, where, when_where=day_where, own_place=False)
        )
    return parts


def row_cell_lines(segment: list[LexborNode]) -> list[list[str]] | None:
    """The text lines of a row's cells, a list per cell in document order; None when a line
    stands outside every cell (the readers of a row's lines need each line's cell)."""
    cells: dict[int, list[str]] = {}
    for line, owner in text_lines(segment):
        cell = _cell_of(owner)
        if cell is None:
            return None
        cells.setdefault(cell.mem_id, []).append(line)
    return list(cells.values())


def _cell_of(node: LexborNode | None) -> LexborNode | None:
    while node is not None and node.tag not in CELL_TAGS:
        node = node.parent
    return node
