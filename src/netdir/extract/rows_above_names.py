"""A table that gives each entry two rows: a row of one cell holding only the entry's short name,
then the row of its details.

A conference's satellite meetings: „<tr><td><span class="contentListTitle">ISIAC 2017</span></td>
</tr>“ over „<tr><td><p><b>The 25th International Symposium on Ion Atom Collisions</b></p><p>Chair:
…<br>Venue and Location: …<br>Dates: 23-25 July 2017</p>…</td></tr>“. The dated row was read as the
item, titled by its first line, the full name in bold; the row above, a line of its own set like a
heading, is what the page calls the meeting. Only when most of the list's dated rows have such a
row right above them does the row above name the entry: a row above only the first entry heads a
group of them („<tr><th>Board Meetings</th></tr>“), and a line that is a day, a month or junk
(„Tuesday, February 8“) is the entries' date, not their name.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.element_siblings import element_before
from netdir.extract.inline_text import visible_line
from netdir.extract.row_majority import most_rows_show
from netdir.extract.table_cells import sole_cell
from netdir.extract.title_text import is_junk_title

SOURCE = "listing:the row above (a name row of its own)"
_NAME_CHARS = 60  # a longer line above is a sentence or a description, not a name
_MIN_LETTERS = 2  # „(e,2e) 2017“: a symposium named by a formula
# A name set like a heading: a classed span, bold, a heading element.
_SET_APART = frozenset({"span", "b", "strong", "em", "h2", "h3", "h4", "h5", "h6", "font"})


def names_from_rows_above(segments: list[list[LexborNode]], readings: list[BlockReading]) -> None:
    """Title each dated table row by the one-cell row right above it, where the list is laid out
    so (see the module docstring); changes ``readings`` in place."""
    dated = [
        (segment[0], reading)
        for segment, reading in zip(segments, readings, strict=True)
        if reading.date_text is not None and segment and segment[0].tag == "tr"
    ]
    named = [(reading, name) for row, reading in dated if (name := _name_above(row)) is not None]
    if not most_rows_show(len(named), len(dated)):
        return
    for reading, name in named:
        reading.title = name
        reading.sources["title"] = SOURCE


def _set_apart(cell: LexborNode, name: str) -> bool:
    """The cell is a header cell, or one emphasised element of its holds all its text."""
    if cell.tag == "th":
        return True
    return any(
        visible_line(node) == name
        for node in cell.traverse(include_text=False)
        if node.tag in _SET_APART
    )


def _name_above(row: LexborNode) -> str | None:
    """The text of the row right before ``row`` when that row has one cell, and its text is a
    short name — no date, no day, not junk."""
    above = element_before(row)
    cell = sole_cell(above) if above is not None else None
    if cell is None:
        return None
    name = visible_line(cell)
    if not name or len(name) > _NAME_CHARS or sum(ch.isalpha() for ch in name) < _MIN_LETTERS:
        return None
    if not _set_apart(cell, name) or name.endswith("."):
        return None  # a plain line or a sentence: a note on the row before, not a name
    if DATE_LIKE.search(name) or names_a_day(name) or is_junk_title(name):
        return None
    return name
