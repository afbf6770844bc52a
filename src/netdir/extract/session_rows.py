"""A labelled talk table's row without a day: the next talk of the session in the row above.

A seminar lists its talks in a table „Datum | Zeit | Ort | Vortragende(r) | Thema | Art |
Betreuer“; when a session holds two talks, the second row leaves the day and hour cells (and
mostly the room) empty — „&nbsp; | &nbsp; | &nbsp; | Robert Heimbach | Investigation of … |
BA | MK,ELM“ under „12.12.2019 | 16:30 | A313 | Pascal Hefter | …“ — as a reader fills a
blank cell from the one above. Only a row named by its own title column, whose day and hour
cells are all blank, is read so: a row that writes anything in them keeps to it, and a row
without a name of its own (a note spanning the table) is no talk.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_columns import read_columns
from netdir.extract.block_reading import BlockReading
from netdir.extract.element_siblings import element_siblings
from netdir.extract.grid_columns import grid_columns
from netdir.extract.inline_text import visible_text
from netdir.extract.table_cells import row_cells

SOURCE = "listing:day and hour cells of the dated row above (the same session)"
PLACE_SOURCE = "listing:place cell of the dated row above (the same session)"
_ROWS_UP = 6  # the talks of one session, a few rows
_WHEN = ("date_text", "time")


def session_of_the_row_above(
    segment: list[LexborNode], labels: dict[int, str], reading: BlockReading, base_url: str
) -> None:
    """Give ``reading`` (a row with blank day and hour cells, named by its title column) the
    day, hour and — unless its own place cell says one — the place of the nearest dated row
    above it in the same table."""
    if reading.date_text or not reading.title or not segment or segment[0].tag != "tr":
        return
    if "date_text" not in labels.values() or "title" not in labels.values():
        return
    if not reading.sources.get("title", "").startswith("listing:td["):
        return  # not named by its title column
    row = segment[0]
    if not _blank_when(row, labels):
        return
    for above in element_siblings(row, "prev", _ROWS_UP):
        if above.tag != "tr" or above.css_first("th") is not None:
            return  # the header row: the first talk has no day either
        if _blank_when(above, labels):
            continue  # the session's earlier talk without a day of its own
        dated = BlockReading()
        read_columns(above, labels, dated, base_url)
        if not dated.date_text:
            return
        reading.date_text = dated.date_text
        reading.date_leads = True  # the table's day column, as the dated row's own day is
        reading.sources["date_text"] = SOURCE
        if reading.location_text is None and dated.location_text:
            reading.location_text = dated.location_text
            reading.sources["location_text"] = PLACE_SOURCE
        return


def _blank_when(row: LexborNode, labels: dict[int, str]) -> bool:
    """Whether the row's day and hour cells are there and all empty (&nbsp; and <br> only)."""
    cells = row_cells(row)
    if not cells or any(cell.tag != "td" for cell in cells):
        return False
    when = [
        cell
        for index, cell in zip(grid_columns(cells), cells, strict=True)
        if labels.get(index) in _WHEN
    ]
    return bool(when) and all(not visible_text(cell).strip() for cell in when)
