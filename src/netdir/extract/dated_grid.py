"""A programme grid: one column per dated day, one row per part of the day.

A festival pastes its programme from a spreadsheet: a header row „ | Mi, 22.7 | Do, 23.7 | … |
So, 26.7“ over rows labelled „Vormittag“, „Nachmittag“, „Abend“, whose cells name what happens
that day („🔥Grillabend“, „🧘Yoga (ab 10h)“) and may span rows. A cell may hold several points,
one per line („🎼 Konzert (17h) <br><br> 🎉 Party (21h)“). Read as a list the table had no dated
row and gave nothing. Each line of a cell is a point of its column's day, at the clock it states
in brackets, else all day. The browser's layout of spans is ``weekday_grid``'s.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_text import text_chunks
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.day_header_grid import (
    body_cells_by_column,
    one_day_named,
    records_of_day_grids,
)
from netdir.extract.weekday_grid import GridCell
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.75
_MIN_DAYS = 2
_MAX_SPAN_DAYS = 14  # a grid of one festival or camp, not a year's table
_MIN_POINTS = 3
_HEADER_CHARS = 20  # „Mi, 22.7“, „Samstag, 25.07.“
# „(ab 10h)“, „(16h)“, „(19:30 Uhr)“: the point's clock, after its name.
_CLOCK = lazy_re.compile(
    r"\s*\((?:ab\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?:h|uhr)\)\s*", re.I
)
_EDGE = lazy_re.compile(r"^[\W_]+|[\W_]+$")  # emoji and symbols around a point's name
_LAST_BMP = 0xFFFF
_KEEP_END = ')!?"“”»«'


def dated_grid_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per line of each cell under a header row of dated days; [] when the page has
    no such grid."""
    return records_of_day_grids(tree, context, _day_columns, _points, _MIN_POINTS)


def _day_columns(grid: dict[tuple[int, int], GridCell], today: date) -> dict[int, date] | None:
    """Column → day for a header row whose first cell is no day and whose other cells each
    name one day of a short run; None for any other table."""
    header = {column: cell for (row, column), cell in grid.items() if row == 0}
    if (
        0 not in header
        or len(header) < _MIN_DAYS + 1
        or one_day_named(header[0].text, today, _HEADER_CHARS)
    ):
        return None
    days: dict[int, date] = {}
    for column, cell in header.items():
        if column == 0:
            continue
        day = one_day_named(cell.text, today, _HEADER_CHARS)
        if day is None:
            return None
        days[column] = day
    if len(set(days.values())) < _MIN_DAYS:
        return None
    if (max(days.values()) - min(days.values())).days > _MAX_SPAN_DAYS:
        return None
    return days


def _points(
    grid: dict[tuple[int, int], GridCell], days: dict[int, date], context: PageContext
) -> list[RawRecord]:
    records: list[RawRecord] = []
    for column, cell in body_cells_by_column(grid, days):
        day = days[column]
        for line in text_chunks([cell.node]):
            point = _point(line)
            if point is None:
                continue
            title, clock = point
            when = f"{day.day:02d}.{day.month:02d}.{day.year}"
            if clock:
                when = f"{when}, {clock} Uhr"
            record = context.new_record(EXTRACTOR, title, confidence=CONFIDENCE)
            record.field_sources["title"] = "listing:dated grid cell line"
            set_field(record, "date_text", when, "listing:dated grid (column's day + clock)")
            records.append(record)
    return records


def _point(line: str) -> tuple[str, str | None] | None:
    """A cell line's name and its clock („Openair Kino (ab 21h)“ → „Openair Kino“, „21:00“)."""
    clock = None
    match = _CLOCK.search(line)
    if match is not None:
        clock = f"{int(match['h']):02d}:{match['m'] or '00'}"
        line = line[: match.start()] + " " + line[match.end() :]
    words = (clean_text(line) or "").split()
    while words and not _spells(words[0]):
        words.pop(0)
    while words and not _spells(words[-1]):
        words.pop()
    text = " ".join(words)
    tail = text[-1:] if text[-1:] in _KEEP_END else ""
    title = _EDGE.sub("", text) + tail
    if not any(char.isalpha() for char in title):
        return None
    return title, clock


def _spells(word: str) -> bool:
    """Whether a word has a letter or digit of a script people write names in: pictographs
    („𓌉◯𓇋“, emoji) lie outside the Basic Multilingual Plane. (Not
    ``pictograph_facts.without_pictographs``: that drops emoji anywhere in a line but keeps
    hieroglyphs and „◯“; a cell's name loses only its decorated edge words, whatever marks them.)"""
    return any(char.isalnum() and ord(char) <= _LAST_BMP for char in word)
