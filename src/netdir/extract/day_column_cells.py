"""A programme table with one column per day, each cell a point of its column's day.

A student council prints its freshers' days as a Markdown table: every header cell names a day
and, on a line of its own below it, where that day is held („Mittwoch, 08.10.25<br />Garching“
| „Donnerstag, 09.10.25<br />Innenstadt“ | …); every cell below opens with its hours in a line
of their own and names the point in the lines after them („<strong>09:00-10:00</strong><br />
Begrüßung durch die<br />Fachschaft / Mörderspiel“, „<strong>ab 18:00</strong><br /><a
href="https://maps.app.goo.gl/…">Campus Cneipe C2</a>“). A row reads across three days, so as a
list the table gave nothing dated. Each cell that opens with its hours is one point of its
column's day; its other lines name it (a name wrapped over lines is one name). A cell without
hours („Treffpunkt: MI HS 2 (Roomfinder | Maps)“) or an empty one is no point. Where: the
cell's link to a map service names the venue (the whole name, or „Barabend im <a>Keg</a>“),
else the header's line under the day. ``dated_grid`` reads the other shape of such a grid — a
label column of the parts of the day and the clocks in brackets after the names.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_text import text_chunks
from netdir.extract.block_titles import block_links
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.day_header_grid import (
    body_cells_by_column,
    one_day_named,
    records_of_day_grids,
)
from netdir.extract.venue_titles import map_link_texts
from netdir.extract.weekday_grid import GridCell
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.75
_MIN_DAYS = 2
_MAX_SPAN_DAYS = 14  # the days of one programme (freshers' days, a camp), not a year's table
_MIN_POINTS = 3
_DAY_LINE_CHARS = 30  # „Donnerstag, 09.10.25“, „Samstag, 25. Juli 2026“
_PLACE_LINE_CHARS = 40  # „Garching“, „Innenstadt“, „Großhadern“: a campus or a town
# A cell's opening line that is only its hours: „09:00-10:00“, „ab 18:00“, „10.30 – 12 Uhr“.
_HOURS = lazy_re.compile(
    r"^(?:ab|von|um)?\s*\d{1,2}[:.]\d{2}\s*(?:uhr|h)?"
    r"(?:\s*(?:[-–—]|bis)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h)?)?$",
    re.IGNORECASE,
)
_SAYS_UHR = lazy_re.compile(r"(?:uhr|h)$", re.IGNORECASE)  # „ab 18 Uhr“ needs no second „Uhr“


def day_column_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per cell that opens with its hours under a header row whose every cell names
    one day; [] when the page has no such table."""
    return records_of_day_grids(tree, context, _day_columns, _points, _MIN_POINTS)


def _day_columns(
    grid: dict[tuple[int, int], GridCell], today: date
) -> dict[int, tuple[date, str | None]] | None:
    """Column → (day, where) when every header cell opens with one day of a short run and says
    at most where below it; None for any other table (a first column of labels is
    ``dated_grid``'s)."""
    header = {column: cell for (row, column), cell in grid.items() if row == 0}
    if len(header) < _MIN_DAYS:
        return None
    days: dict[int, tuple[date, str | None]] = {}
    for column, cell in header.items():
        lines = [line for line in text_chunks([cell.node]) if line.strip()]
        day = one_day_named(lines[0], today, _DAY_LINE_CHARS) if lines else None
        if day is None:
            return None
        place = " ".join(lines[1:]) or None
        if place is not None and (
            len(place) > _PLACE_LINE_CHARS or one_day_named(place, today, _DAY_LINE_CHARS)
        ):
            return None
        days[column] = (day, place)
    dates = {day for day, _ in days.values()}
    if len(dates) < _MIN_DAYS or (max(dates) - min(dates)).days > _MAX_SPAN_DAYS:
        return None
    return days


def _points(
    grid: dict[tuple[int, int], GridCell],
    days: dict[int, tuple[date, str | None]],
    context: PageContext,
) -> list[RawRecord]:
    records: list[RawRecord] = []
    # Column by column: a reader goes through one day's programme before the next day's.
    for column, cell in body_cells_by_column(grid, days):
        lines = [line for line in text_chunks([cell.node]) if line.strip()]
        if len(lines) < 2 or not _HOURS.match(lines[0]):
            continue
        title = clean_text(" ".join(lines[1:]))
        if not title or not any(char.isalpha() for char in title):
            continue
        day, day_place = days[column]
        hours = lines[0]
        when = f"{day.day:02d}.{day.month:02d}.{day.year}, {hours}"
        if not _SAYS_UHR.search(hours):
            when += " Uhr"
        record = context.new_record(EXTRACTOR, title, confidence=CONFIDENCE)
        record.field_sources["title"] = "listing:day column cell (lines after its hours)"
        set_field(record, "date_text", when, "listing:day column (header's day + cell's hours)")
        venues = sorted(map_link_texts(block_links([cell.node])), key=title.find)
        if venues:
            set_field(record, "location_text", venues[0], "listing:day column cell's map link")
        else:
            set_field(record, "location_text", day_place, "listing:day column header's place line")
        records.append(record)
    return records
