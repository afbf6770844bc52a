"""A table read column by column: the one day a header cell names, and the cells under it.

Two readers take a programme table whose header row names one day per column (``dated_grid``:
a label column of the parts of the day, clocks in brackets; ``day_column_cells``: every cell
opens with its hours). Both read a header cell's day the same way and walk the body the same
way — one day's programme before the next day's, each cell once where it starts (a cell that
spans rows covers slots below it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import TypeVar

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.context import PageContext
from netdir.extract.weekday_grid import GridCell, grid_layout
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_Days = TypeVar("_Days")
_Grid = dict[tuple[int, int], GridCell]


def one_day_named(text: str, today: date, max_chars: int) -> date | None:
    """The one day a short header line names („Mi, 22.7“, „Mittwoch, 08.10.25“). Not
    ``start_days.day_of_text``: a column is one day, so a longer line, a run („22.–26.7“) or a
    month alone names none (a day reader would give a run's first day or a month's first)."""
    if not text or len(text) > max_chars:
        return None
    when = parse_when(text, today=today)
    if when.start is None or when.precision != "day" or when.end is not None:
        return None
    return date.fromisoformat(when.start[:10])


def body_cells_by_column(
    grid: Mapping[tuple[int, int], GridCell], columns: Mapping[int, object]
) -> Iterator[tuple[int, GridCell]]:
    """(column, cell) for each body cell of the given ``columns``, column by column and top to
    bottom, each cell once at the slot it starts."""
    for (row, column), cell in sorted(grid.items(), key=lambda slot: (slot[0][1], slot[0][0])):
        if row == 0 or column not in columns or (row, column) != (cell.row, cell.column):
            continue
        yield column, cell


def records_of_day_grids(
    tree: LexborHTMLParser,
    context: PageContext,
    day_columns: Callable[[_Grid, date], _Days | None],
    points: Callable[[_Grid, _Days, PageContext], list[RawRecord]],
    min_points: int,
) -> list[RawRecord]:
    """The records ``points`` reads from every table whose header row ``day_columns`` reads as
    days; [] when all tables together give fewer than ``min_points`` (a table with a day or
    two in its header is no programme)."""
    today = context.fetched_at.date()
    records: list[RawRecord] = []
    for table in tree.css("table"):
        grid = grid_layout(table)
        days = day_columns(grid, today)
        if days is None:
            continue
        records.extend(points(grid, days, context))
    return records if len(records) >= min_points else []
