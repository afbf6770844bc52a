"""A table that gives each entry two rows: the day and a short line, then the entry's name.

A user group's talks archive: „<tr><td>3. Juni 2003:</td><td>Hans-Jürgen Husel</td></tr>“ over
„<tr><td><img …pdf.gif></td><td><a href=…>Einführung in CVS</a></td></tr>“ and an empty row
before the next talk. The dated row was read as the item, titled by the speaker; the row below,
which leaves the date column blank (or holds only an icon there), names the talk. Only when most of
the list's dated rows have such a row right below — one row of that shape can be a note — and the
dated row's own line is short (a speaker, a host, a place) and no link (a linked line is the
entry's name, the row below its kind: „<a>RCSC #3 @ Mt. Rubidoux</a>“ over „Rock Climbing Safety
Course“) does the row below name the entry.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.inline_text import visible_line
from netdir.extract.table_cells import row_cells

SOURCE = "listing:the row below (its date cell left blank)"
_MIN_ROWS = 2  # one dated row with a line below proves no layout
_SHORT_LINE_WORDS = 5  # „Carsten Geckeler/Hans-Jürgen Husel“: the dated row's own line
_NAME_CHARS = 200  # a longer line below is a description, not a name


def names_from_rows_below(segments: list[list[LexborNode]], readings: list[BlockReading]) -> None:
    """Title each dated table row by the row right below it, where the list is laid out so (see
    the module docstring); changes ``readings`` in place."""
    dated = [
        (segment[0], reading)
        for segment, reading in zip(segments, readings, strict=True)
        if reading.date_text is not None
        and reading.title is not None
        and reading.url is None  # a linked name („<a>RCSC #3 @ Mt. Rubidoux</a>“) is the name
        and segment[0].tag == "tr"
    ]
    named = [(reading, name) for row, reading in dated if (name := _name_below(row)) is not None]
    if len(named) < _MIN_ROWS or 2 * len(named) < len(dated):
        return
    for reading, name in named:
        assert reading.title is not None
        if len(reading.title.split()) > _SHORT_LINE_WORDS:
            continue
        reading.title = name
        reading.sources["title"] = SOURCE


def _name_below(row: LexborNode) -> str | None:
    """The one text of the row right after ``row`` when its first cell shows no text and the
    text names something other than a day."""
    below = row.next
    while below is not None and below.is_text_node:
        below = below.next
    if below is None or below.tag != "tr":
        return None
    texts = [visible_line(cell) for cell in row_cells(below)]
    if len(texts) < 2 or texts[0]:
        return None
    filled = [text for text in texts if text]
    if len(filled) != 1:
        return None
    name = filled[0]
    if len(name) > _NAME_CHARS or sum(ch.isalpha() for ch in name) < 3 or DATE_LIKE.search(name):
        return None
    return name
