"""A programme table's day column: a row's day is in its first cell, or in the row above.

An events table „When | (time) | Event (Venue)“ writes the day once, on the first row of the
day, and leaves the cell blank on the day's later rows: „Friday | 12:00 | London Knights …“,
„ | 12:30 | Studio Recital …“, „ | 18:30 | En Avant Dance …“; further down the days are written
out („Thursday December 14“, „Wednesday January 03 2024“). A row read alone has only its
clock; a reader takes the day from the nearest row above whose day cell is filled — however
many rows the day has — and not from a date above the table (the page's own build day in its
header).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_text
from netdir.extract.row_day_cells import row_of
from netdir.extract.table_cells import row_cells
from netdir.normalize.when_words import WEEKDAYS, alternation

SOURCE = "listing:day cell of the row or the row above"
_ROWS_UP = 60  # a festival day of many rows
_DAY_CELL_CHARS = 40  # „Wednesday January 03 2024“, „Donnerstag, 14. Dezember 2023“
_WEEKDAY = lazy_re.compile(rf"(?:{alternation(WEEKDAYS)})", re.IGNORECASE)


def day_of_the_day_column(block: LexborNode) -> str | None:
    """The day of ``block``'s table row: its first cell when that is only a day or a weekday,
    the nearest filled first cell above when its own is blank; None when the filled cell says
    anything else, or when the block is no table row's."""
    row = row_of(block)
    if row is None:
        return None
    if (cell_day := _day_of_its_own_cell(block, row)) is not None:
        return cell_day
    own = _first_cell_text(row)
    if own is None:
        return None
    if own:
        return own if _is_a_day(own) else None
    for above in element_siblings(row, "prev", _ROWS_UP):
        text = _first_cell_text(above) if above.tag == "tr" else None
        if text is None:
            return None
        if text:
            return text if _is_a_day(text) else None
    return None


def _first_cell_text(row: LexborNode) -> str | None:
    cells = row_cells(row)
    if len(cells) < 2 or cells[0].tag != "td":
        return None  # a header row, or a row of one cell spanning the table
    return visible_text(cells[0]).strip()


def _is_a_day(text: str) -> bool:
    return len(text) <= _DAY_CELL_CHARS and (
        names_a_day(text) or _WEEKDAY.fullmatch(text) is not None
    )


def _day_of_its_own_cell(block: LexborNode, row: LexborNode) -> str | None:
    """A calendar grid's week row holds a cell per day; the second show of Friday's cell
    („<td><h5>Fri 2/12</h5><div>YOUNG GALAXY …</div><div>LET'S DANCE …</div></td>“) is on the
    day its own cell names, not on the row's first cell (Sunday's)."""
    cell = block
    while cell.parent is not None and cell.parent.mem_id != row.mem_id:
        cell = cell.parent
    cells = row_cells(row)
    if cell.mem_id == block.mem_id or cell.tag != "td" or not cells:
        return None
    if cell.mem_id == cells[0].mem_id:
        return None
    for child in cell.iter():
        if child.mem_id == block.mem_id:
            return None  # the block comes first: its cell names no day above it
        text = visible_text(child).strip()
        if text and _is_a_day(text):
            return text
    return None
