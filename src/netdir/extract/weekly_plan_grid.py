"""A weekly training plan as a table: one column per weekday, one row per team, hours in cells.

A basketball department prints its „Trainingszeiten“ as „<tr><th></th><th>Montag</th>
<th>Dienstag</th>…<th>Sonntag</th></tr>“ over rows „<th>Damen 1</th><td></td>
<td>20:00-22:00</td><td></td>…“: each filled cell says that its row's team trains every such
weekday at those hours. Read as a list the rows had no day (a weekday is only a column's head)
and the page gave nothing. Each cell that opens with its hours under a header cell that is only a
weekday is one weekly session: named by its row's first cell (the team, the group), dated by the
weekly line „Dienstag, 20:00-22:00 Uhr“ the normalizer reads as the rule and its next day. The
first column must name the rows (not a clock: a timetable of clock rows is ``weekday_grid``'s).
The cell's further lines, when they name a venue, say where; anything else they say is kept as
the description.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from netdir import lazy_re
from netdir.extract.block_text import text_chunks
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.extract.weekday_grid import GridCell, grid_layout
from netdir.extract.weekday_lines import weekly_rule
from netdir.normalize.when_words import WEEKDAY_ABBREVIATIONS
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.75
_MIN_WEEKDAYS = 3  # a week's plan, not two columns that happen to be named by weekdays
_MIN_SESSIONS = 3
_LABEL_CHARS = 60  # a row's name: „Damen 1“, „u12 Minis“, „Herren 3 (Bezirksliga)“
# A cell's opening line that is its hours: „20:00-22:00“, „18.45 – 20.15 Uhr“, „ab 17:00“.
_HOURS = lazy_re.compile(
    r"^(?:ab|von|um)?\s*\d{1,2}[:.]\d{2}\s*(?:uhr|h)?"
    r"(?:\s*(?:[-–—]|bis)\s*\d{1,2}[:.]\d{2}\s*(?:uhr|h)?)?$",
    re.IGNORECASE,
)
_SAYS_UHR = lazy_re.compile(r"(?:uhr|h)$", re.IGNORECASE)
_CLOCK_LABEL = lazy_re.compile(r"^\d{1,2}[:.]\d{2}")
# The weekday names as the normalizer's weekly line wants them (0 = Monday).
_WEEKDAY_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
#: Provenance of a session's date: its column's weekday and its cell's hours.
DATE_SOURCE = "listing:weekly plan table (column's weekday + cell's hours)"
TITLE_SOURCE = "listing:weekly plan table (row's first cell)"


def weekly_plan_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One weekly record per filled cell of each table whose header row names the weekdays and
    whose rows are named in their first column; [] when the page has no such table."""
    records: list[RawRecord] = []
    for table in tree.css("table"):
        grid = grid_layout(table)
        weekdays = _weekday_columns(grid)
        if len(set(weekdays.values())) < _MIN_WEEKDAYS:
            continue
        records.extend(_sessions(grid, weekdays, context))
    return records if len(records) >= _MIN_SESSIONS else []


def _weekday_columns(grid: dict[tuple[int, int], GridCell]) -> dict[int, int]:
    """Column → weekday (0 = Monday) of the header row's cells that are only a weekday's name;
    {} when another header cell but the first says something else."""
    columns: dict[int, int] = {}
    for (row, column), cell in grid.items():
        if row != 0 or cell.row != 0 or column == 0:
            continue
        word = cell.text.strip(" .,:").casefold()
        if word not in WEEKDAY_ABBREVIATIONS:
            return {}
        columns[column] = WEEKDAY_ABBREVIATIONS[word]
    return columns


def _sessions(
    grid: dict[tuple[int, int], GridCell], weekdays: dict[int, int], context: PageContext
) -> list[RawRecord]:
    records: list[RawRecord] = []
    rows = sorted({row for row, _ in grid} - {0})
    for row in rows:
        label_cell = grid.get((row, 0))
        if label_cell is None or label_cell.row != row:
            continue
        label = clean_text(label_cell.text) or ""
        if (
            not label
            or len(label) > _LABEL_CHARS
            or _CLOCK_LABEL.match(label)
            or not any(char.isalpha() for char in label)
        ):
            continue  # a timetable's clock row, or a row without a name
        for column in sorted(weekdays):
            cell = grid.get((row, column))
            if cell is None or cell.row != row or cell.column != column:
                continue  # empty slot, or a cell spanning from a slot read already
            record = _session(cell, label, _WEEKDAY_NAMES[weekdays[column]], context)
            if record is not None:
                records.append(record)
    return records


def _session(cell: GridCell, label: str, weekday: str, context: PageContext) -> RawRecord | None:
    lines = [line.strip() for line in text_chunks([cell.node]) if line.strip()]
    if not lines or not _HOURS.match(lines[0]):
        return None
    hours = lines[0]
    when = f"{weekday}, {hours}" + ("" if _SAYS_UHR.search(hours) else " Uhr")
    rule = weekly_rule(when)
    if rule is None:
        return None
    record = context.new_record(EXTRACTOR, label, confidence=CONFIDENCE)
    record.field_sources["title"] = TITLE_SOURCE
    set_field(record, "date_text", when, DATE_SOURCE)
    set_field(record, "recurrence", rule, DATE_SOURCE)
    rest = clean_text(" ".join(lines[1:]))
    if rest and names_a_venue_or_address(rest):
        set_field(record, "location_text", rest, "listing:weekly plan cell (line after its hours)")
    elif rest:
        set_field(record, "description", rest, "listing:weekly plan cell (line after its hours)")
    return record
