"""The year of a table's yearless rows, from a row above them that is only a year in its first cell.

A parish council's calendar is a table „Date | Committee meeting | Full Council meetings | …“
whose first body row reads „2013 | | All commence at 8 p.m. | “ and whose rows below give only
the day: „03 January | Planning Committee | | “, „18 January | Planning Committee | Council
meeting | “. A reader takes the year from that row, as from a heading „2013“ over a list; read
alone, each day went to the year nearest the day the page was saved. The nearest row above a
yearless row whose first cell is nothing but a year („2013“, „2014“ when a table runs on into the
next year) dates it; a row that says more in that cell („2013 Annual Report“) is not a year row.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.date_cues import YEAR
from netdir.extract.inline_text import visible_text

#: Provenance suffix of a date text whose year came from a year row above it in its table.
WHERE = "year row above in the table"
_ROWS_BACK = 120  # a year's calendar, one row per meeting day, with room to spare
_CELL_TAGS = ("td", "th")


def year_row_above(row: LexborNode) -> str | None:
    """The year of the nearest row above table row ``row`` whose first cell is only a year; the
    row's own first cell first, when that is only a year (a table „Year | Dates | Location“ that
    writes the year on a year's first row and leaves it blank on the next: „2017 | November
    17-18 | Sacred Heart University“ over „ | June 2-3 | Norwich University“)."""
    if row.tag != "tr":
        return None
    if (own := _year_of(row)) is not None:
        return own
    node = row.prev
    looked = 0
    while node is not None and looked < _ROWS_BACK:
        if node.is_element_node and node.tag == "tr":
            looked += 1
            year = _year_of(node)
            if year is not None:
                return year
        node = node.prev
    return None


def _year_of(row: LexborNode) -> str | None:
    """The year a row's first cell holds and nothing else, else None."""
    first = next((cell for cell in row.iter() if cell.tag in _CELL_TAGS), None)
    if first is None:
        return None
    text = visible_text(first).strip()
    return text if YEAR.fullmatch(text) else None
