"""Cells of a table's „Datum“ column that give day and month without the closing dot.

A small site's course table „Datum | Uhrzeit“ with rows „12.04 | 10:00 - 12:00 Uhr“ writes the
day and the month as „12.04“. Alone, those figures could be a clock („19.30“) or a number, so
nothing reads them as a day; under a header that says the column holds dates they are the 12th
of April. Each such cell gets its dot („12.04.“), and every reader of dates sees a day.
Only when every filled cell of the column is such a pair: one cell of anything else leaves the
column as it stands.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.element_ancestors import enclosing
from netdir.extract.table_cells import row_cells

# The header of a column of days: „Datum“, „Termin“, „Tag“, „Date“ (with a colon or not).
_DATE_HEADER = lazy_re.compile(r"^(?:datum|termin|termine|tag|date)\s*:?$", re.I)
# „12.04“, „2.8“: a day 1–31 and a month 1–12, nothing before or after.
_BARE_DAY_MONTH = lazy_re.compile(r"^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])$")


def dot_column_day_months(tree: LexborHTMLParser) -> None:
    """Give each bare „DD.MM“ cell of a table column headed as dates its closing dot."""
    for table in tree.css("table"):
        rows = [row for row in table.css("tr") if enclosing(row, ("table",)) == table]
        if len(rows) < 2:
            continue
        column = _date_column(rows[0])
        if column is None:
            continue
        cells = [cell for row in rows[1:] if (cell := _cell(row, column)) is not None]
        filled = [cell for cell in cells if _text(cell)]
        if filled and all(_BARE_DAY_MONTH.match(_text(cell)) for cell in filled):
            for cell in filled:
                _add_dot(cell)


def _cell(row: LexborNode, index: int) -> LexborNode | None:
    cells = row_cells(row)
    return cells[index] if index < len(cells) else None


def _date_column(header: LexborNode) -> int | None:
    labels = [_text(cell) for cell in row_cells(header)]
    matches = [index for index, label in enumerate(labels) if _DATE_HEADER.match(label)]
    return matches[0] if len(matches) == 1 else None


def _text(cell: LexborNode) -> str:
    return re.sub(r"\s+", " ", cell.text(deep=True)).strip()


def _add_dot(cell: LexborNode) -> None:
    texts = [node for node in cell.traverse(include_text=True) if node.tag == "-text"]
    filled = [node for node in texts if (node.text_content or "").strip()]
    if len(filled) == 1:
        node = filled[0]
        node.replace_with(f"{(node.text_content or '').strip()}.")
