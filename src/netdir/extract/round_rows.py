"""A championship's round named by the championship and its round: „Stadtmeisterschaft 2018, Runde 3“.

A chess club plans its town championship as a table under the heading „vorläufige Planung der
Stadtmeisterschaft 2018“: „Runde | Datum“, the rows „1 | 19.01.2018“ … and between them
„Nachholtermin | 09.02.2018“, a day kept for postponed games. Rows that hold only a round's
number and a day were named by the heading (all alike, the planning label in front), the kept
days by their cell alone („Nachholtermin“, no championship). A reader names each row by the
championship and the round: when a table labels a column as the round („Runde“, „Spieltag“,
„Round“, „Matchday“, „Durchgang“, „Lauf“) and at least two dated rows are named only by the
heading above or by their round cell, each is named „<championship>, <label> <number>“ (or
„<championship>, <the cell's word>“), the championship being the heading without a planning
label in front („vorläufige Planung der“, „Spielplan der“, „Termine der“).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import node_text
from netdir.extract.grid_columns import grid_columns
from netdir.extract.table_cells import row_cells, table_holding

SOURCE = "listing:the section heading and the round cell"
_MIN_ROWS = 2  # one row of that shape proves no plan
_HEADER_ROWS = 3  # the label row is among a table's first rows
_ROUND_LABEL = lazy_re.compile(
    r"^(?:runde|spieltag|spielrunde|durchgang|lauf|round|matchday|rd\.?)$", re.IGNORECASE
)
_NUMBER = lazy_re.compile(r"^\d{1,2}\.?$")
# A round cell that says a word: „Nachholtermin“, „Finale“, „Halbfinale“ — one or two words.
_WORD_CELL = lazy_re.compile(r"^[^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?$")
# „vorläufige Planung der Stadtmeisterschaft 2018“, „Spielplan der Vereinsmeisterschaft“,
# „Termine der Kreisliga“: the label says the rows are a plan, the championship follows it.
_PLAN_LABEL = lazy_re.compile(
    r"^(?:(?:vorläufige|voraussichtliche|geplante|aktuelle)\s+)?"
    r"(?:planung|terminplanung|terminplan|spielplan|zeitplan|termine|rundenplan)\s+"
    r"(?:der|des|für\s+die|für\s+den|für\s+das|zur|zum)\s+",
    re.IGNORECASE,
)


def name_rounds_by_their_championship(
    segments: list[list[LexborNode]], readings: list[BlockReading], headings: list[str | None]
) -> None:
    """Name each dated row that only a round cell and the heading name (see the module
    docstring); changes ``readings`` in place. ``headings``: each row's section heading."""
    named: list[tuple[BlockReading, str]] = []
    for segment, reading, heading in zip(segments, readings, headings, strict=True):
        if heading is None or reading.date_text is None or not segment or segment[0].tag != "tr":
            continue
        cell = _round_cell(segment[0])
        if cell is None:
            continue
        label, value = cell
        name = _championship(heading)
        title = " ".join((reading.title or "").split())
        from_heading = reading.sources.get("title", "").endswith("heading-before")
        if _NUMBER.match(value) and (from_heading or title in ("", value)):
            named.append((reading, f"{name}, {label} {value.rstrip('.')}"))
        elif _WORD_CELL.match(value) and title == value:
            named.append((reading, f"{name}, {value}"))
    if len(named) < _MIN_ROWS:
        return
    for reading, title in named:
        reading.title = title
        reading.sources["title"] = SOURCE


def _round_cell(row: LexborNode) -> tuple[str, str] | None:
    """The round column's label and the row's text in it, when the row's table has one."""
    table = table_holding(row.parent)
    if table is None:
        return None
    labels = _round_column(table.css("tr")[:_HEADER_ROWS])
    if labels is None:
        return None
    index, label = labels
    cells = row_cells(row)
    if any(cell.tag == "th" for cell in cells):
        return None  # the header row itself
    for column, cell in zip(grid_columns(cells), cells, strict=True):
        if column == index:
            text = " ".join((node_text(cell) or "").split())
            return (label, text) if text else None
    return None


def _round_column(rows: list[LexborNode]) -> tuple[int, str] | None:
    """The index and the label of the column its header row labels as the round."""
    for row in rows:
        headers = [c for c in row.iter(include_text=False) if c.tag == "th"]
        if len(headers) < 2:
            continue
        for column, header in zip(grid_columns(headers), headers, strict=True):
            text = " ".join((node_text(header) or "").split())
            if _ROUND_LABEL.match(text):
                return column, text
        return None
    return None


def _championship(heading: str) -> str:
    """The heading without a planning label in front and a colon or bracket behind."""
    name = " ".join(heading.split()).rstrip(": ")
    name = _PLAN_LABEL.sub("", name, count=1)
    return name[:1].upper() + name[1:]
