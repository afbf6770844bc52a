"""A day's timetable: a table captioned by the day, one programme point per row.

A hackathon's programme („<table class="time-table"><caption>26. April</caption><tr><td>12
<span class="sr-only">Uhr</span></td><td>Begrüßung durch Veranstalter</td></tr>…“) tells the day
once, in the caption, and each row's hour in its first cell — a bare „12“ there is a clock, the
caption having said the day. Read as one block, the table gave one record: the caption's day and
the first row's name. Each row that has an hour and a name is an offering of its own; a row
without an hour („Open End“) is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.context import clean_text
from netdir.extract.inline_text import visible_text
from netdir.extract.table_cells import row_cells
from netdir.extract.title_text import is_junk_title

# An hour cell: „12“, „12 Uhr“, „10 : 30 Uhr“ (the colon in a screen-reader span), „19.30“.
_HOUR_CELL = lazy_re.compile(
    r"^(?P<h>[01]?\d|2[0-3])(?:\s*[:.]\s*(?P<m>[0-5]\d))?\s*(?:uhr|h)?$", re.IGNORECASE
)
# „Meet a data expert & best practice (bis 16 Uhr)“: the point's end, told after its name.
_UNTIL_AFTER_NAME = lazy_re.compile(
    r"\s*\((?P<until>bis\s+(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*uhr)\)\s*$", re.IGNORECASE
)
_CAPTION_CHARS = 60  # a caption that only names a day is short
_MIN_ROWS = 2  # one timed row is the table's own reading


def captioned_day_rows(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """One reading per row of a table whose caption names a day and nothing else and whose
    rows are „hour | name“; [] for any other block."""
    if len(segment) != 1 or segment[0].tag != "table":
        return []
    caption = segment[0].css_first("caption")
    day = clean_text(visible_text(caption)) if caption is not None else None
    if not day or len(day) > _CAPTION_CHARS or not names_a_day(day) or not is_junk_title(day):
        return []  # "is junk" as a title: the caption is only a date, it names no offering
    parts: list[BlockReading] = []
    for row in segment[0].css("tr"):
        cells = row_cells(row)
        if len(cells) != 2:
            continue
        hour = _HOUR_CELL.match(node_text(cells[0]) or "")
        name = clean_text(visible_text(cells[1]))
        if hour is None or not name or is_junk_title(name):
            continue
        when = f"{day}, {int(hour['h'])}:{hour['m'] or '00'} Uhr"
        until = _UNTIL_AFTER_NAME.search(name)
        if until is not None:
            name, when = name[: until.start()], f"{when} {until['until']}"
        where = "listing:table caption + tr hour"
        sources = {field: place for field, place in reading.sources.items() if field != "url"}
        sources.update(title="listing:tr td[2]", date_text=where)
        parts.append(
            replace(reading, title=name, date_text=when, start=None, url=None, sources=sources)
        )
    return parts if len(parts) >= _MIN_ROWS else []
