"""A timetable laid out as a grid: one column per weekday, one row per clock.

A conference prints its programme as „<tr><th>Uhrzeit</th><th>Donnerstag</th><th>Freitag</th>
…</tr>“ over rows „8.00 | <td rowspan="14">Anreise</td> | <td rowspan="2">Frühstück</td> | …“:
each programme point is a cell of its weekday's column that starts at its row's clock and lasts
as many rows as it spans (the browser's table layout: a cell sits in the first column its row
leaves free). The grid names no dates; the page's head does („19. bis 22. Mai 2016“), and each
weekday column is the day of that run which falls on it. Read as a list the table had no dated
row and the page was taken for the conference alone. Meals and breaks are dropped with every
timetable's (``notices.is_break``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.inline_text import visible_text
from netdir.normalize.when import parse_when
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.8
_CLOCK = lazy_re.compile(r"^(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*(?:uhr|h)?$", re.IGNORECASE)
_MIN_WEEKDAYS = 2  # one weekday column is a day's table (``day_tables``)
_MIN_CLOCK_ROWS = 3
_MIN_POINTS = 3
_HEAD_CHARS = 80  # a heading that states the run of days is short
_RUN_DAYS = 7  # a longer run names some weekday twice


@dataclass(frozen=True, slots=True)
class GridCell:
    """A cell of a laid-out table: its text, the slot it starts at, its spans and its node."""

    text: str
    row: int
    column: int
    rows: int
    columns: int
    node: LexborNode


def weekday_grid_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per programme point of each weekday grid on the page whose days the page's
    head states; [] when the page has no such grid."""
    run: list[date] | None = None
    records: list[RawRecord] = []
    for table in tree.css("table"):
        grid = grid_layout(table)
        weekdays = _weekday_columns(grid)
        clocks = _clock_rows(grid)
        if len(set(weekdays.values())) < _MIN_WEEKDAYS or len(clocks) < _MIN_CLOCK_ROWS:
            continue
        if run is None:
            run = run_of_days(tree, context.fetched_at.date()) or []
        days = _days_of(weekdays, run)
        if days is None:
            continue
        records.extend(_points(grid, days, clocks, context))
    return records if len(records) >= _MIN_POINTS else []


def grid_layout(table: LexborNode) -> dict[tuple[int, int], GridCell]:
    """Each (row, column) slot of the table and the cell that covers it."""
    slots: dict[tuple[int, int], GridCell] = {}
    for row_index, row in enumerate(table.css("tr")):
        column = 0
        for node in row.iter(include_text=False):
            if node.tag not in ("td", "th"):
                continue
            while (row_index, column) in slots:
                column += 1
            cell = GridCell(
                clean_text(visible_text(node)) or "",
                row_index,
                column,
                _span(node, "rowspan"),
                _span(node, "colspan"),
                node,
            )
            for down in range(cell.rows):
                for across in range(cell.columns):
                    slots.setdefault((row_index + down, column + across), cell)
            column += cell.columns
    return slots


def _span(node: LexborNode, attribute: str) -> int:
    value = (node.attributes.get(attribute) or "1").strip()
    return max(1, min(int(value), 100)) if value.isdigit() else 1


def _weekday_columns(grid: dict[tuple[int, int], GridCell]) -> dict[int, int]:
    """Column → weekday (0 = Monday) for the first row's cells that name only a weekday."""
    columns: dict[int, int] = {}
    for (row, column), cell in grid.items():
        word = cell.text.strip(" .,:").casefold()
        if row == 0 and cell.row == 0 and word in WEEKDAY_ABBREVIATIONS:
            columns[column] = WEEKDAY_ABBREVIATIONS[word]
    return columns


def _clock_rows(grid: dict[tuple[int, int], GridCell]) -> dict[int, str]:
    """Row → its clock („8.00“ → „08:00“) from the first column, where every row below the
    header names one."""
    clocks: dict[int, str] = {}
    rows = {row for row, _ in grid} - {0}
    for row in rows:
        cell = grid.get((row, 0))
        match = _CLOCK.match(cell.text) if cell is not None and cell.row == row else None
        if match is None:
            return {}
        clocks[row] = f"{int(match['h']):02d}:{match['m']}"
    return clocks


def run_of_days(tree: LexborHTMLParser, today: date) -> list[date] | None:
    """The days of the first short run („19. bis 22. Mai 2016“) a heading or the title states."""
    for node in tree.css("title, h1, h2, h3, h4"):
        text = clean_text(visible_text(node))
        if not text or len(text) > _HEAD_CHARS:
            continue
        when = parse_when(text, today=today)
        if when.start is None or when.end is None:
            continue
        first, last = date.fromisoformat(when.start[:10]), date.fromisoformat(when.end[:10])
        if 0 < (last - first).days < _RUN_DAYS:
            return [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return None


def _days_of(weekdays: dict[int, int], run: list[date]) -> dict[int, date] | None:
    """Column → the run's day on that column's weekday; None unless the run holds each."""
    by_weekday = {day.weekday(): day for day in run}
    if not all(weekday in by_weekday for weekday in weekdays.values()):
        return None
    return {column: by_weekday[weekday] for column, weekday in weekdays.items()}


def _points(
    grid: dict[tuple[int, int], GridCell],
    days: dict[int, date],
    clocks: dict[int, str],
    context: PageContext,
) -> list[RawRecord]:
    records: list[RawRecord] = []
    seen: set[tuple[int, int]] = set()
    for (row, column), cell in sorted(grid.items(), key=lambda slot: (slot[0][1], slot[0][0])):
        if column not in days or row != cell.row or row not in clocks or not cell.text:
            continue
        if (cell.row, column) in seen:
            continue
        seen.add((cell.row, column))
        day = days[column]
        hours = clocks[row]
        until = clocks.get(row + cell.rows)
        if until is not None:
            hours = f"{hours} - {until}"
        record = context.new_record(EXTRACTOR, cell.text, confidence=CONFIDENCE)
        record.field_sources["title"] = "listing:weekday grid cell"
        set_field(
            record,
            "date_text",
            f"{day.day:02d}.{day.month:02d}.{day.year}, {hours} Uhr",
            "listing:weekday grid (column's weekday in the page's run + row clock)",
        )
        records.append(record)
    return records
