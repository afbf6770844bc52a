"""A table row whose name cell is left empty continues the row above.

„Herbstmarkt Bad Camberg | Sa, 29.10.2016 | 11:00 - 18:00 Uhr“ over „ | So, 30.10.2016 | 11:00 -
18:00 Uhr“: the second row is the market's second day — the editor left the name out, as a
spreadsheet or a printed programme does under a name that spans rows. Only a dated row without a
title of its own whose cell in the column that named the row above is empty takes that name (and
its place, when it has none) — and only when the row says more than its day: a calendar's
row „18.08.2022 | | “ under a named one is a day with nothing on it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.inline_text import visible_text
from netdir.extract.table_cells import row_cells

SOURCE = "listing:the row above (its name cell left empty)"
_DAY_AND_MORE = 2  # the day and its hours (or place): a row that says something


def continue_blank_name_cells(
    segments: list[list[LexborNode]], readings: list[BlockReading]
) -> None:
    """Give each dated, untitled table row the name of the row above when its cell in the
    column of that name is empty (see the module docstring); changes ``readings`` in place."""
    for index in range(1, len(readings)):
        reading, above = readings[index], readings[index - 1]
        if reading.title is not None or reading.date_text is None or above.title is None:
            continue
        row, row_above = segments[index][0], segments[index - 1][0]
        if row.tag != "tr" or row_above.tag != "tr":
            continue
        column = _column_naming(row_above, above.title)
        cells = row_cells(row)
        if column is None or column >= len(cells) or visible_text(cells[column]).strip():
            continue
        if sum(1 for cell in cells if visible_text(cell).strip()) < _DAY_AND_MORE:
            continue  # „18.08.2022 | | “: a day of the calendar with nothing on it
        reading.title = above.title
        reading.title_from_heading = above.title_from_heading
        reading.sources["title"] = SOURCE
        if reading.location_text is None and above.location_text is not None:
            reading.location_text = above.location_text
            reading.sources["location_text"] = SOURCE


def _column_naming(row: LexborNode, title: str) -> int | None:
    """The index of the cell whose text is the row's title, if one is."""
    for index, cell in enumerate(row_cells(row)):
        if visible_text(cell).strip() == title.strip():
            return index
    return None
