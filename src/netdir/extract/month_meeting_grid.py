"""A year's meetings as a grid: one row per month, one column per meeting, a day in each cell.

A parish council's „Parish Meetings“ page states the year above a table „Month | Monday Committee
| Wednesday Council“ and fills it „January | 6th | 8th“, „February | 10th | 12th“, …: each filled
cell is one meeting, the one its column heads, on that day of the row's month. No cell holds a
whole date, so a reader of rows saw none and the page gave nothing. A reader of the grid sees two
meetings a month.

The table is read so when its first header cell says the rows are months („Month“, „Monat“),
two or more header cells name a meeting or a body („Committee“, „Council“, „Board“, „Meeting“,
„Sitzung“; not a document or a field: „Agenda“, „Minutes“, „Date“), at least half the year's
months head a row, and the filled cells of those columns are day numbers („6th“, „21st“, „8“).
A header's weekday („Monday Committee“) is no part of the meeting's name but proves the year: the
year is the one a short text just above the table states (the heading „Parish Council Meetings
2014“, its digits possibly split between two font elements), else the save day's; and when a
column names a weekday, its days must fall on it in that year (else the year before or after
where they all do, else the grid is left alone). A column that names a body without saying
„meeting“ names its meetings so („Committee“ → „Committee meeting“). A cell of a meeting column
that holds words instead of a day names the row's meeting in the other columns: „May |
(Annual Parish Meeting) | 21st“ is the Annual Parish Meeting on 21 May.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.context import PageContext, clean_text, set_field
from netdir.extract.date_cues import YEAR
from netdir.extract.element_ancestors import enclosing
from netdir.extract.inline_text import visible_line
from netdir.extract.lead_times import lead_elements
from netdir.extract.table_cells import row_cells
from netdir.normalize.when_words import MONTHS, WEEKDAYS
from netdir.records import RawRecord

EXTRACTOR = "listing"
CONFIDENCE = 0.8
_MONTH_HEADER = lazy_re.compile(r"^(?:months?|monat|monate)\s*:?$", re.I)
_MEETING = lazy_re.compile(
    r"\b(?:meetings?|committees?|councils?|boards?|commissions?|sessions?|hearings?|assembly"
    r"|sitzung(?:en)?|ausschüsse|ausschuss|versammlung(?:en)?|rat)\b",
    re.I,
)
# A column of one meeting's files or fields names no meeting of its own.
_FIELD = lazy_re.compile(
    r"\b(?:agendas?|minutes|packets?|documents?|date|time|day|location|place|venue|notes?"
    r"|tagesordnung|protokoll|datum|zeit|ort)\b",
    re.I,
)
_SAYS_MEETING = lazy_re.compile(
    r"\b(?:meetings?|sessions?|hearings?|sitzung(?:en)?|versammlung)\b", re.I
)
_WEEKDAY = lazy_re.compile(
    r"\b(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b", re.I
)
# „6th“, „21st“, „8“, „8.“: a day of the month alone.
_DAY = lazy_re.compile(r"^(?P<day>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|\.)?$", re.I)
_NOTE = lazy_re.compile(r"^\(?(?P<name>[^()\d]{3,60}?)\)?$")
_MIN_MONTHS = 6  # at least half a year's rows
_MIN_COLUMNS = 2
_FIT = 0.8  # share of a weekday column's days that must fall on its weekday
_LEAD_SIBLINGS = 3
_LEAD_CHARS = 200
_LEAD_LEVELS = 3


def month_grid_records(tree: LexborHTMLParser, context: PageContext) -> list[RawRecord]:
    """One record per meeting of each month grid on the page (see module); [] without one."""
    records: list[RawRecord] = []
    for table in tree.css("table"):
        rows = [row for row in table.css("tr") if enclosing(row, ("table",)) == table]
        if len(rows) <= _MIN_MONTHS:
            continue
        labels = [visible_line(cell) for cell in row_cells(rows[0])]
        if not labels or not _MONTH_HEADER.match(labels[0].strip()):
            continue  # the cheap check first: most tables' first header is no „Month“
        columns = _meeting_columns(labels)
        if len(columns) < _MIN_COLUMNS:
            continue
        cells = _grid_cells(rows[1:], len(labels), columns)
        if cells is None:
            continue
        year = _year_of(table, cells, columns, context.fetched_at.date())
        if year is None:
            continue
        records.extend(_records(cells, columns, year, context))
    return records


def _meeting_columns(labels: list[str]) -> dict[int, tuple[str, int | None]]:
    """Each meeting column's index: (the name of its meetings, the weekday its header names)."""
    columns: dict[int, tuple[str, int | None]] = {}
    for index, label in enumerate(labels[1:], start=1):
        if not _MEETING.search(label) or _FIELD.search(label):
            continue
        weekday = _WEEKDAY.search(label)
        name = " ".join(_WEEKDAY.sub(" ", label).split()).strip(" :-–")
        if not name:
            continue
        if not _SAYS_MEETING.search(name):
            name = f"{name} meeting"  # „Committee“: the committee's meetings
        columns[index] = (name, WEEKDAYS[weekday["day"].lower()] if weekday else None)
    return columns


def _grid_cells(
    rows: list[LexborNode], width: int, columns: dict[int, tuple[str, int | None]]
) -> list[tuple[int, dict[int, int], str | None]] | None:
    """Each month row as (month, {column: day}, the meeting a cell names instead of a day), or
    None when the table is no such grid."""
    grid: list[tuple[int, dict[int, int], str | None]] = []
    for row in rows:
        texts = [visible_line(cell).strip() for cell in row_cells(row)]
        if len(texts) != width:
            return None
        month = MONTHS.get(texts[0].strip(" .:").lower())
        if month is None:
            if any(texts):
                return None  # a row of something else: no grid of months
            continue
        days: dict[int, int] = {}
        named = None
        for index in columns:
            text = texts[index]
            if not text:
                continue
            if (day := _DAY.match(text)) is not None:
                days[index] = int(day["day"])
            elif (note := _NOTE.match(text)) is not None and _MEETING.search(note["name"]):
                named = " ".join(note["name"].split())
            else:
                return None
        grid.append((month, days, named))
    if len({month for month, _, _ in grid}) < _MIN_MONTHS:
        return None
    return grid


def _year_of(
    table: LexborNode,
    cells: list[tuple[int, dict[int, int], str | None]],
    columns: dict[int, tuple[str, int | None]],
    today: date,
) -> int | None:
    """The grid's year: stated above it, else the save day's — when every weekday column fits
    it; else the year before or after that fits; else None."""
    stated = _stated_year(table)
    first = stated if stated is not None else today.year
    for year in (first, first - 1, first + 1):
        if _weekdays_fit(cells, columns, year):
            return year
    return None


def _stated_year(table: LexborNode) -> int | None:
    """The one year a short text just above ``table`` states, or None."""
    for _node, text in lead_elements(table, _LEAD_SIBLINGS, _LEAD_CHARS, _LEAD_LEVELS):
        years = set(YEAR.findall(text))
        if len(years) == 1:
            return int(years.pop())
        if years:
            return None
    return None


def _weekdays_fit(
    cells: list[tuple[int, dict[int, int], str | None]],
    columns: dict[int, tuple[str, int | None]],
    year: int,
) -> bool:
    """Whether the days of each column that names a weekday fall on it in ``year``."""
    for index, (_name, weekday) in columns.items():
        if weekday is None:
            continue
        days = [(month, found[index]) for month, found, _ in cells if index in found]
        fits = sum(1 for month, day in days if _weekday(year, month, day) == weekday)
        if days and fits < _FIT * len(days):
            return False
    return True


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None  # „31st“ of a 30-day month


def _records(
    cells: list[tuple[int, dict[int, int], str | None]],
    columns: dict[int, tuple[str, int | None]],
    year: int,
    context: PageContext,
) -> list[RawRecord]:
    records: list[RawRecord] = []
    for month, days, named in cells:
        for index, day in days.items():
            if _weekday(year, month, day) is None:
                continue
            title = named or columns[index][0]
            record = context.new_record(
                EXTRACTOR, clean_text(title) or title, confidence=CONFIDENCE
            )
            record.field_sources["title"] = (
                "listing:month grid (the row's named meeting)"
                if named
                else "listing:month grid (the column's meeting)"
            )
            set_field(
                record,
                "date_text",
                f"{day:02d}.{month:02d}.{year}",
                "listing:month grid (the row's month, the cell's day, the year above the table)",
            )
            records.append(record)
    return records
