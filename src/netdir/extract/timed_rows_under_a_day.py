"""A table row with a cell of its hours under a heading that names the table's day.

A basketball league's fixture day is a page of its own: „<h1>CTBA Fixtures: 27 July</h1>“ over
a table of games without a header, each row „211 | 16B | Cathkin Rookies | CNP Thunder | 13:00 -
14:30 | UCT 1“. No row names a day or links anywhere, so the rows looked like parts of a page,
not items, and the heading's day stood for the page. A reader sees each row as a game of the
heading's day, at the hours its cell gives. A row that has a cell holding only a clock or a span
of hours, below a heading that names a day, is worth reading as an item (the day above dates it).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.inline_text import visible_line
from netdir.extract.listing_groups import Outline
from netdir.extract.table_cells import row_cells

# „13:00 - 14:30“, „9.30–11.00“, „19:00“: a cell that is only a clock or a span of hours.
_HOURS_CELL = lazy_re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s*(?:[-–—]|to|bis)\s*\d{1,2}[:.]\d{2})?\s*(?:h|uhr)?$", re.IGNORECASE
)
_MIN_CELLS = 3  # the hours, a name and more: a row of a timetable, not a label and its value
_DAY_HEADING_CHARS = 80  # „CTBA Fixtures: 27 July“; a longer heading is a headline


def timed_row_under_a_day(node: LexborNode, outline: Outline) -> bool:
    """Whether ``node`` is a table row with a cell of its hours and a heading above it names a
    day (see the module docstring)."""
    if node.tag != "tr":
        return False
    cells = row_cells(node)
    if len(cells) < _MIN_CELLS:
        return False
    texts = [visible_line(cell) for cell in cells]
    if not any(_HOURS_CELL.match(text) for text in texts):
        return False
    if any(names_a_day(text) for text in texts):
        return False  # the row names its own day: read as a dated row already
    for heading in outline.headings_before(node)[:1]:
        text = visible_line(heading)
        if text and len(text) <= _DAY_HEADING_CHARS and names_a_day(text):
            return True
    return False
