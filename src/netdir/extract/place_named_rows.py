"""A table whose rows are known by their place names a row without a link by its place too.

A society's past meetings „Year | Dates | Location | Attendance“ name each meeting by the
college that hosted it, linked to the meeting's own site: „2017 | November 17-18 | <a>Sacred
Heart University</a> | 145“. One row's host has no site and stands unlinked („2010 | November
19-20 | Providence College | 185“); read alone, its name went to the heading above the table
(the section's name), as for a row of a date and a place only. When most rows of the table are
named by their place cell, a row whose name came from above is named by its place as well.
"""

from __future__ import annotations

from netdir.extract.block_reading import BlockReading

#: Rows named by their place that make it the table's way of naming.
_MIN_ROWS = 3
#: Where a name from outside the row comes from: a heading or the page's title.
_BORROWED = ("heading", "page title")
SOURCE_SUFFIX = " (the rows are known by their place)"


def names_from_the_place_column(readings: list[BlockReading]) -> None:
    """Name the rows whose title came from above by their place (see module)."""
    dated = [reading for reading in readings if reading.date_text is not None]
    by_place = [r for r in dated if r.location_text and r.title == r.location_text]
    if len(by_place) < _MIN_ROWS or 2 * len(by_place) <= len(dated):
        return
    for reading in dated:
        source = reading.sources.get("title", "")
        if reading.location_text and any(word in source for word in _BORROWED):
            reading.title = reading.location_text
            where = reading.sources.get("location_text", "listing:place")
            reading.sources["title"] = where + SOURCE_SUFFIX
