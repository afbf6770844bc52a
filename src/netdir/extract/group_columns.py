"""A table row whose columns are groups of a club, each filled cell that group's event that day.

A chess club's season plan heads its table „Termin | Verein | AFK 1 | AFK 2 | … | AFK 6 |
Senioren | Jugend“ and fills the rows „23.10. Fr, 19:30 Uhr | | | MMM Runde 1 | MMM Runde 1 |
MMM Runde 1 | | | | “: the first cell is the day, each other column one team, and each filled
cell the match that team plays at that hour. Read as one row, the first filled cell stood for
the day and the other teams' matches were lost. Nothing in the header says so (the columns are
named, not labelled „Sitzung“ as in ``meeting_columns``); the rows do: in such a grid a cell of
many columns is now and then the only filled cell of its dated row — that column's event alone
fills the day. A table of one event per row („Datum | Veranstaltung | Ort | Bemerkung“) never
has its place or note without its name, so it has at most one such column and is read as before.

Each filled cell of such a row is one event: its text, with the column's group in brackets
(„MMM Runde 1 (AFK 3)“ — the same round is another match for each team, as the club's own
calendar names them), at the row's day and hour. A column headed by a word for the whole club
(„Verein“, „Allgemein“, „Alle“) holds the events of everyone: its cell is the event's whole name.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.extract.inline_text import visible_line
from netdir.extract.sub_items import part_of
from netdir.extract.table_cells import row_cells, table_holding

# Columns that each alone fill some dated row: a grid of groups has several, a table of one
# event per row (its name always filled) one.
_LONE_COLUMNS = 3
_NAME_CHARS = 80  # a match, a round, a club evening; a longer cell is a note
# A column of everyone's events: its cells are named without a group.
_EVERYONE = lazy_re.compile(
    r"^(?:verein|gesamtverein|allgemein|alle|club|klub|gemeinde|sonstiges?|general|all|club-wide)$",
    re.I,
)
_WHERE = "listing:group column"


def group_events_in_columns(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per filled group cell of a dated table row under a header of named groups
    (see module); [] for any other block. A row of one filled cell is one event too, named with
    its group like the others."""
    if len(segment) != 1 or segment[0].tag != "tr" or reading.date_text is None:
        return []
    row = segment[0]
    table = table_holding(row.parent)
    header = table.css_first("tr") if table is not None else None
    if header is None or header is row:
        return []
    labels = [visible_line(cell) for cell in row_cells(header)]
    if len(labels) < _LONE_COLUMNS + 1 or any(names_a_day(label) for label in labels):
        return []
    cells = [visible_line(cell) for cell in row_cells(row)]
    day = _day_column(cells, len(labels))
    if day is None or not _is_group_grid(table, day, len(labels)):
        return []
    filled = [index for index, text in enumerate(cells) if index != day and text]
    if not filled or any(len(cells[index]) > _NAME_CHARS for index in filled):
        return []
    parts = []
    for index in filled:
        group = labels[index]
        name = cells[index] if not group or _EVERYONE.match(group) else f"{cells[index]} ({group})"
        where = f"{_WHERE} {index + 1} ({group})"
        parts.append(
            part_of(reading, name, cells[day], reading.location_text, where, own_place=False)
        )
    return parts


def _day_column(cells: list[str], width: int) -> int | None:
    """The index of the row's one day cell, when the row has as many cells as the header."""
    if len(cells) != width:
        return None
    days = [index for index, text in enumerate(cells) if text and names_a_day(text)]
    return days[0] if len(days) == 1 else None


def _is_group_grid(table: LexborNode | None, day: int, width: int) -> bool:
    """Whether at least ``_LONE_COLUMNS`` columns of ``table`` each are, in some dated row,
    the row's only filled cell beside its day."""
    if table is None:
        return False
    lone: set[int] = set()
    for row in table.css("tr"):
        cells = [visible_line(cell) for cell in row_cells(row)]
        if len(cells) != width or not cells[day] or not names_a_day(cells[day]):
            continue
        filled = [index for index, text in enumerate(cells) if index != day and text]
        if len(filled) == 1:
            lone.add(filled[0])
            if len(lone) >= _LONE_COLUMNS:
                return True
    return False
