"""A timetable row under a header of rooms: each filled cell one session in its column's room.

A conference's workshop grid heads its table „Time | Hollenfels | Vianden - Wiltz | Echternach -
Diekirch | Schengen“ and fills each row „09:30 | ARM IoT Firmware Emulation (Saumil Udayan Shah)
| Introduction to Bro … (Eva Szilagyi, David Szili) | Android RE workshop (Axelle Apvrille) | “:
the first column is the hour, every other column a room, and each filled cell the session held
in that room at that hour on the day above the table. Read as one row, one session stood for the
hour and the others were lost, none of them with its room.

A table is such a grid when its first row's first cell labels the hour („Time“, „Zeit“,
„Uhrzeit“, „Hour“) and two or more further cells each name something short that is not a field
of one session („Talks and Speakers“, „Title“, „Speaker“, „Topic“: a table of one session per
row, read as before). Each filled cell of a row that opens with a clock is one session: named by
the link that opens the cell (its speakers' links follow in brackets) or, without one, by the
cell's text without the bracket that closes it, at the row's day and hour, in the column's room.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.element_ancestors import enclosing
from netdir.extract.inline_text import visible_line
from netdir.extract.sub_items import part_of
from netdir.extract.table_cells import row_cells

_HOUR_LABEL = lazy_re.compile(r"^(?:time|times|hour|hours|zeit|uhrzeit|heure|horaire)$", re.I)
# Words that label a field of one session (a table of one session per row), not a room.
_FIELD_WORD = lazy_re.compile(
    r"\b(?:talks?|speakers?|titles?|topics?|themen?|titel|description|abstracts?|presenters?|"
    r"chairs?|names?|sessions?|details?|notes?|type|what|who|referent(?:en|in)?|vortrag|"
    r"date|day|datum|tag|location|place|venue|ort|room|raum|track)\b",
    re.I,
)
_MIN_ROOMS = 2  # one column beside the hour is a table of one session per row
_ROOM_WORDS = 5  # „Echternach - Diekirch“, „Salle Europe“; a longer label is a sentence
_CLOCK_CELL = lazy_re.compile(r"^\d{1,2}[:.h]\d{2}(?:\s*(?:[-–—]|to|bis)\s*\d{1,2}[:.h]\d{2})?$")
# A bracket closing the cell: the speakers („(Paul Jung & Remi Chipaux)“).
_CLOSING_BRACKET = lazy_re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")
_WHERE = "listing:room column"


def sessions_in_room_columns(
    segment: list[LexborNode], reading: BlockReading
) -> list[BlockReading]:
    """One reading per filled room cell of a timetable row (see the module docstring); []
    unless ``segment`` is such a row and its day is read."""
    if len(segment) != 1 or segment[0].tag != "tr" or reading.date_text is None:
        return []
    if TIME_LIKE.search(reading.date_text) is None:
        return []
    row = segment[0]
    rooms = _rooms(row)
    if rooms is None:
        return []
    cells = row_cells(row)
    if len(cells) != len(rooms) + 1 or not _CLOCK_CELL.match(visible_line(cells[0])):
        return []
    parts = []
    for index, (cell, room) in enumerate(zip(cells[1:], rooms, strict=True), start=2):
        name = _session_name(cell)
        if name is None:
            continue
        parts.append(
            part_of(
                reading,
                name,
                reading.date_text,
                room,
                f"{_WHERE} {index} ({room})",
                when_where=reading.sources.get("date_text"),
            )
        )
    return parts


def _rooms(row: LexborNode) -> list[str] | None:
    """The room labels of the table's header row (after its hour label), when the table ``row``
    stands in is headed so; None otherwise."""
    table = enclosing(row, ("table",))
    header = table.css_first("tr") if table is not None else None
    if header is None or header.mem_id == row.mem_id:
        return None
    labels = [visible_line(cell) for cell in row_cells(header)]
    if len(labels) < _MIN_ROOMS + 1 or not _HOUR_LABEL.match(labels[0].strip()):
        return None
    rooms = [" ".join(label.split()) for label in labels[1:]]
    if any(
        not room
        or len(room.split()) > _ROOM_WORDS
        or _FIELD_WORD.search(room)
        or TIME_LIKE.search(room)
        for room in rooms
    ):
        return None
    return rooms


def _session_name(cell: LexborNode) -> str | None:
    """The session a room cell holds: the link opening it, else its text without the closing
    bracket; None for an empty cell."""
    text = " ".join(visible_line(cell).split())
    if not any(ch.isalpha() for ch in text):
        return None
    link = cell.css_first("a")
    if link is not None:
        name = " ".join(visible_line(link).split())
        if name and text.startswith(name) and any(ch.isalpha() for ch in name):
            return name
    name = _CLOSING_BRACKET.sub("", text).strip()
    return name or text
