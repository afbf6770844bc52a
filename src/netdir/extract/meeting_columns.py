"""A table row whose columns each name a meeting held on the row's day.

A parish council's calendar heads its table „Date | Committee meeting | Full Council meetings |
Committee meeting“ and fills the rows „18 January | Planning Committee | Council meeting | “,
„07 February | Planning Committee | | Parish Maintenance Committee 8.15 p.m.“: each column is a
kind of meeting, each filled cell one meeting on the row's day. Read as one row, the first cell's
meeting stood for the day and the others were lost. When the table's first row heads two or more
columns with a meeting word (and none of them with a document or field word: „Agenda“, „Minutes“
columns hold files of one meeting, „Meeting Date“, „Meeting Location“ its fields), each such cell of a dated row that holds a short name is a meeting:
that name, the row's day and place, and the am/pm hour its cell writes (``title_clocks``) or,
failing that, the hour a row above the dated rows writes in the same column („2013 | | All
commence at 8 p.m. | “). A long note in such a cell („Further Planning meetings in August to be
arranged if required …“) names no meeting.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.extract.element_ancestors import enclosing
from netdir.extract.inline_text import visible_line
from netdir.extract.sub_items import part_of
from netdir.extract.table_cells import row_cells
from netdir.extract.title_clocks import name_and_clock

# Words that head a column of meetings, and words that head a column of one meeting's files
# or fields.
_MEETINGS = (
    "meetings?", "committees?", "councils?", "boards?", "commissions?", "sessions?", "hearings?",
    "assembly", "sitzung(?:en)?", "ausschüsse", "ausschuss", "versammlung(?:en)?",
)  # fmt: skip
# „Meeting Date“, „Meeting Time“, „Meeting Location“, „Meeting Details“ (Legistar's calendar):
# a meeting word that labels a field of the one meeting of the row names no kind of meeting.
_DOCUMENTS = (
    "agendas?", "minutes", "packets?", "documents?", "videos?", "audio", "notices?",
    "tagesordnung", "protokoll", "date", "time", "day", "location", "place", "venue", "room",
    "details?", "info", "links?", "type", "status", "name", "body", "address", "notes?",
    "datum", "zeit", "ort", "raum",
)  # fmt: skip
_MEETING_WORD = lazy_re.compile(rf"\b(?:{'|'.join(_MEETINGS)})\b", re.I)
_DOCUMENT_WORD = lazy_re.compile(rf"\b(?:{'|'.join(_DOCUMENTS)})\b", re.I)
_MIN_COLUMNS = 2  # one meeting column is a table of named rows, read as before
_NAME_WORDS = 8  # outside brackets; more is a note („to be arranged if required …“)
_BRACKETS = lazy_re.compile(r"\([^()]*\)")
# A bracket that ends a name of at least one word before it.
_NOTE = lazy_re.compile(r"(?<=\w)\s*\((?P<note>[^()]+)\)$")
_WHERE = "listing:meeting column"


def meetings_in_columns(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per meeting the row names in the table's meeting columns; [] unless the row
    is a dated table row under a header of two or more meeting columns, one of them filled."""
    if len(segment) != 1 or segment[0].tag != "tr" or reading.date_text is None:
        return []
    row = segment[0]
    header = _header_row(row)
    if header is None or header is row:
        return []
    labels = [visible_line(cell) for cell in row_cells(header)]
    if any(names_a_day(label) for label in labels):
        return []  # a calendar's first row of days („Januar 23.01. – 19:00 Uhr: GR-Sitzung“)
    columns = [
        index
        for index, label in enumerate(labels)
        if _MEETING_WORD.search(label)
        and not _DOCUMENT_WORD.search(label)
        and not any(ch.isdigit() for ch in label)  # „Rat, 8. Sitzung“: one meeting's name
    ]
    cells = row_cells(row)
    if len(columns) < _MIN_COLUMNS or len(cells) != len(labels):
        return []
    day = next((visible_line(cell) for cell in cells if names_a_day(visible_line(cell))), None)
    if day is None:
        return []
    hours = _column_hours(header, columns, len(labels))
    parts = []
    for index in columns:
        meeting = _meeting(visible_line(cells[index]))
        if meeting is None:
            continue
        name, clock, note = meeting
        clock = clock or hours.get(index)
        when = f"{day}, {clock}" if clock else day
        where = f"{_WHERE} {index + 1} ({labels[index]})"
        place = reading.location_text  # the row's (or the list's) place: each meeting's
        part = part_of(reading, name, when, place, where, own_place=False)
        if note is not None:
            part.description = note
            part.sources["description"] = f"{where} (its bracket)"
        parts.append(part)
    return parts


def _meeting(text: str) -> tuple[str, str | None, str | None] | None:
    """(name, its am/pm hour or None, its bracketed note or None) for a cell that names a
    meeting („Finance Committee 8.15 p.m. (Budget Planning)“: the bracket says what the meeting
    is about, not what it is), else None."""
    if not text or not any(ch.isalpha() for ch in text):
        return None
    found = name_and_clock(text)
    name, clock = found if found is not None else (text, None)
    if len(_BRACKETS.sub(" ", name).split()) > _NAME_WORDS:
        return None
    note = _NOTE.search(name)
    if note is None:
        return name, clock, None
    return name[: note.start()].strip(), clock, note.group("note").strip()


def _column_hours(header: LexborNode, columns: list[int], width: int) -> dict[int, str]:
    """The hour each meeting column states for all its days, in a row between the header and
    the first dated row („All commence at 8 p.m.“ under „Full Council meetings“)."""
    hours: dict[int, str] = {}
    node = header.next
    while node is not None:
        if node.is_element_node and node.tag == "tr":
            cells = row_cells(node)
            if any(names_a_day(visible_line(cell)) for cell in cells):
                break  # the dated rows begin
            if len(cells) == width:
                for index in columns:
                    found = name_and_clock(visible_line(cells[index]))
                    if found is not None:
                        hours.setdefault(index, found[1])
        node = node.next
    return hours


def _header_row(row: LexborNode) -> LexborNode | None:
    """The first row of the table ``row`` stands in."""
    table = enclosing(row, ("table",))
    return table.css_first("tr") if table is not None else None
