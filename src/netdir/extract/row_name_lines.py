"""A table row whose name cell lists several events of the row's day, one per line.

A chess club's calendar gives a league day one row and writes that day's matches into one cell,
split by ``<br>``: „07.12.2025 | Raum Bagnols | BOL: Braunfels II - Heuchelheim I<br>BOL:
Braunfels III - Marburg IV<br>KL: Braunfels IV - Battenberg I“. When the teams play in different
places, the place cell has a line per match in the same order: „14.12.2025 |
Lindenholzhausen<br>Raum Bagnols | LK West: Lindenholzhausen I - Braunfels I<br>KK: Braunfels V -
Gladenbach III“. Read as one row, the day gave one record, its first match; every line is a
match of its own, at the row's day, at its own line of the place cell or, when that cell has one
line, at that place.

Lines of a name cell are read as separate events only when each is a pairing of two sides („A -
B“), a match: two lines that are a name and its remark („Konzert<br>Eintritt frei“) stay one
event, and so do a name over its venue beside a count over its unit („Laughing Squid: Decade
2<br>Mighty, San Francisco, CA“ | „241<br>people“), though the cells' lines pair up.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.row_sessions import row_cell_lines
from netdir.extract.sub_items import part_of
from netdir.extract.title_text import only_a_day, title_in_text

# „Braunfels II - Heuchelheim I“, „LK West: Idstein I - Braunfels I“: two sides around a spaced
# dash, each side opening with a capital or a figure — a match between two teams (a side may
# hold a hyphen of its own: „KL: Hungen-Lich III - Braunfels IV“).
_PAIRING = lazy_re.compile(r"^(?:[^:]{1,20}:\s*)?[A-ZÄÖÜ0-9].*?\S\s+[-–—]\s+[A-ZÄÖÜ0-9]")
_CLOCK = lazy_re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_MAX_LINE = 80  # a name line, not a sentence of a description


def events_of_the_name_lines(
    segment: list[LexborNode], reading: BlockReading
) -> list[BlockReading]:
    """One reading per line of the row's name cell, on the row's day, at the place line beside it;
    [] unless the row is a day cell, a name cell of two or more lines that title the row and at
    most one more cell, the place cell (one line, or one per name line)."""
    if len(segment) != 1 or segment[0].tag != "tr" or reading.title is None:
        return []
    columns = row_cell_lines(segment)
    if columns is None or len(columns) not in (2, 3):
        return []
    days = [lines for lines in columns if len(lines) == 1 and only_a_day(lines[0])]
    if len(days) != 1:
        return []
    names = [
        lines
        for lines in columns
        if len(lines) >= 2
        and lines is not days[0]
        and reading.title.startswith(title_in_text(lines[0]) or "\0")
    ]
    if len(names) != 1 or not all(map(_a_name_line, names[0])):
        return []
    places = [lines for lines in columns if lines is not days[0] and lines is not names[0]]
    if places and len(places[0]) not in (1, len(names[0])):
        return []
    if not all(_PAIRING.match(line) for line in names[0]):
        return []
    paired = bool(places) and len(places[0]) == len(names[0])
    where = "listing:tr name cell lines"
    parts = []
    for index, name in enumerate(names[0]):
        title = title_in_text(name)
        if title is None:
            return []
        place = (places[0][index] if paired else places[0][0]) if places else None
        parts.append(part_of(reading, title, days[0][0], place, where))
    return parts


def _a_name_line(line: str) -> bool:
    """A line that can name an event of its own: short, no day and no clock in it."""
    return len(line) <= _MAX_LINE and not DATE_LIKE.search(line) and not _CLOCK.search(line)
