"""A table row whose name cell opens each of its events with the event's hour.

A parish's plan „Datum | Tag im Kirchenjahr | Gottesdienst“ writes the service with its hour in
front, and after a line break what goes with it: „06.01.2019 | Epiphaniasfest | 9:30 Beichte <br>
10:00 Hauptgottesdienst <br>anschl. Kirchenkaffee <br>Kollekte: Luth. Kirchenmission“. The hour
is the row's time, the words after it the name; a second line with an hour of its own is a
second event of the day; a line without one belongs to the event above it (what follows it, the
collection) and names nothing. Read whole, the row was one event named „9:30 Beichte“, or
„10:00 Predigtgottesdienst anschl. Kirchenkaffee“ with no hour at all. So when the row's name
is its title cell's first line and that line opens with a clock, the row is read as one event
per line that opens with a clock, on the row's day.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_lines
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.sub_items import part_of
from netdir.extract.title_text import title_in_text

# „10:00 Hauptgottesdienst“, „9:30 Beichte“, „ab 19.30 Uhr Taizéandacht“: a clock, then words.
_CLOCKED_LINE = lazy_re.compile(
    r"^(?:(?:ab|um)\s+)?(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d)(?:\s*Uhr)?\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)
_CELL_TAGS = ("td", "th")
_TITLE_CELL = ":title]"  # „listing:tbody>tr td[3:title]“: the row is named by its title column


def events_of_the_clocked_lines(
    segment: list[LexborNode], reading: BlockReading
) -> list[BlockReading]:
    """One reading per clocked line of the row's title cell (see the module docstring); []
    unless the row is a table row named by its title column whose first line opens with a
    clock, on a day without an hour of its own."""
    if len(segment) != 1 or segment[0].tag != "tr" or reading.title is None:
        return []
    if _TITLE_CELL not in reading.sources.get("title", ""):
        return []
    if reading.date_text is None or TIME_LIKE.search(reading.date_text):
        return []
    first = _CLOCKED_LINE.match(" ".join(reading.title.split()))
    if first is None:
        return []
    lines = _lines_of_the_cell(segment, first.group(0).split()[0])
    parts: list[BlockReading] = []
    where = "listing:the title cell's clocked line"
    for line in lines:
        clocked = _CLOCKED_LINE.match(line)
        if clocked is None:
            continue  # „anschl. Kirchenkaffee“, „Kollekte: …“: what goes with the event above
        title = title_in_text(clocked["name"])
        if title is None:
            continue
        when = f"{reading.date_text}, {clocked['clock'].replace('.', ':')} Uhr"
        parts.append(
            part_of(
                reading,
                title,
                when,
                reading.location_text,
                where,
                when_where=f"{where} + day cell",
                own_place=False,
            )
        )
    return parts


def _lines_of_the_cell(segment: list[LexborNode], opening: str) -> list[str]:
    """The lines of the row's cell whose first line opens with ``opening`` (the clock)."""
    cells: dict[int, list[str]] = {}
    for line, owner in text_lines(segment):
        cell = owner
        while cell is not None and cell.tag not in _CELL_TAGS:
            cell = cell.parent
        if cell is not None:
            cells.setdefault(cell.mem_id, []).append(" ".join(line.split()))
    for lines in cells.values():
        if lines and lines[0].startswith(opening) and _CLOCKED_LINE.match(lines[0]):
            return lines
    return []
