"""A JSON body that is a table without its head: day keys over rows of bare text cells.

A handball club's API server keeps the schedule it scrapes from its federation's nuLiga club page
as ``{"So 05.05.2019": [["11:30", "Feucht, Zeidler-Sporthalle", "200171501", "ÜBOL MC", "HSC 2000
Coburg II", "SpVgg Giebelstadt", "23 : 12"], …], "Sa 11.05.2019": […]}``: the table's rows under
the day they fall on, no key naming a column. Each row is one event on its key's day, at the
clock of its clock column (nuLiga's mark after it, „11:30 V“ for a moved game, is no part of
it). What a row is and where, the columns tell across the whole table, as a reader of the table
sees them:

- the two sides of a match: two neighbouring columns one of which holds the same side in every
  row (the club's own team, „SpVgg Giebelstadt“, or its second team) — the row is named „home –
  guest“, as the club page lists it;
- the place: the column whose cells name a venue in most rows („Zeidler-Sporthalle“,
  „Giebelstadt Mehrzweckhalle“);
- without two sides, the name is the row's first cell of words that is not its place; cells
  without letters (game numbers, scores „23 : 12“) name nothing.

Read only in a body that is all JSON, in an object most of whose keys are days and whose values
are lists of such rows (a map of days to rows is what no other data is shaped like).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from netdir import lazy_re
from netdir.extract.place_lines import names_a_place, names_a_venue_word
from netdir.normalize.when_value import safe_date

# „So 05.05.2019“, „Sa, 11.05.2019“, „05.05.2019“, „2019-05-05“: a key that is one day.
_DAY_KEY = lazy_re.compile(
    r"^\s*(?:[^\W\d_]{2,10}\.?,?\s+)?"
    r"(?:(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))\s*$"
)
# „11:30“, „20.00 Uhr“, „11:30 V“ (a mark of one or two letters after the clock).
_CLOCK_CELL = lazy_re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?:\s*Uhr)?(?:\s+[^\W\d_]{1,2})?\s*$", re.I)
_LETTER = lazy_re.compile(r"[^\W\d_]")
_MIN_ROWS = 2  # one row is as likely a stray list as a table
_MIN_WIDTH = 3  # a clock, a name and one cell more
_MAX_DEPTH = 10
_SIDE_SHARE = 0.9  # the team a club's schedule is of stands on one side of nearly every game
_SEPARATOR = " – "


@dataclass(frozen=True, slots=True)
class BareRow:
    start: str  # YYYY-MM-DD or YYYY-MM-DDTHH:MM
    title: str
    key: str  # the day key it stood under
    place: str | None = None


def bare_rows(value: Any) -> Iterator[BareRow]:
    """A row event for each row of every day-keyed table of bare cells in ``value``."""
    yield from _walk(value, 0)


def _walk(value: Any, depth: int) -> Iterator[BareRow]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, dict):
        table = _table(value)
        if table is not None:
            yield from _rows(table)
            return
        for item in value.values():
            yield from _walk(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list):
                yield from _walk(item, depth + 1)


def _table(value: dict[str, Any]) -> list[tuple[str, str, list[str]]] | None:
    """(key, day, cells) of each row under a day key, when most keys are days over lists of
    rows of one width; None otherwise."""
    rows: list[tuple[str, str, list[str]]] = []
    day_keys = 0
    for key, item in value.items():
        day = _day(str(key))
        if day is None or not isinstance(item, list):
            continue
        cells_of = [_cells(row) for row in item]
        if not item or any(cells is None for cells in cells_of):
            continue
        day_keys += 1
        rows.extend((str(key), day, cells) for cells in cells_of if cells is not None)
    if day_keys * 2 <= len(value) or len(rows) < _MIN_ROWS:
        return None
    widths = {len(cells) for _, _, cells in rows}
    if len(widths) != 1 or widths.pop() < _MIN_WIDTH:
        return None
    return rows


def _day(key: str) -> str | None:
    found = _DAY_KEY.match(key)
    if found is None:
        return None
    if found[1]:
        day = safe_date(int(found[3]), int(found[2]), int(found[1]))
    else:
        day = safe_date(int(found[4]), int(found[5]), int(found[6]))
    return day.isoformat() if day is not None else None


def _cells(row: Any) -> list[str] | None:
    """A row's cells as texts (numbers written out); None when it is not a list of plain cells."""
    if not isinstance(row, list):
        return None
    cells: list[str] = []
    for cell in row:
        if isinstance(cell, bool) or not isinstance(cell, str | int | float):
            return None
        cells.append(str(cell).strip())
    return cells


def _rows(table: list[tuple[str, str, list[str]]]) -> Iterator[BareRow]:
    width = len(table[0][2])
    clock = _column(table, width, lambda cell: _CLOCK_CELL.match(cell) is not None)
    if clock is None:
        return
    named = [index for index in range(width) if index != clock and _has_words(table, index)]
    sides = _sides(table, named)
    place = _column(
        table,
        width,
        lambda cell: names_a_venue_word(cell) or names_a_place(cell),
        skip={clock, *(sides or ())},
    )
    for key, day, cells in table:
        found = _CLOCK_CELL.match(cells[clock])
        start = day if found is None else f"{day}T{int(found[1]):02d}:{found[2]}"
        if found is not None and int(found[1]) > 23:
            start = day
        title = _title(cells, sides, named, place)
        where = (cells[place] or None) if place is not None else None
        if title:
            yield BareRow(start, title, key, where)


def _column(
    table: list[tuple[str, str, list[str]]], width: int, test: Any, skip: set[int] | None = None
) -> int | None:
    """The first column whose cells pass ``test`` in most rows."""
    for index in range(width):
        if skip and index in skip:
            continue
        if sum(1 for _, _, cells in table if test(cells[index])) * 2 > len(table):
            return index
    return None


def _has_words(table: list[tuple[str, str, list[str]]], index: int) -> bool:
    """Whether the column's cells are words in most rows (not numbers, scores, empty)."""
    return sum(1 for _, _, cells in table if _LETTER.search(cells[index])) * 2 > len(table)


def _sides(table: list[tuple[str, str, list[str]]], named: list[int]) -> tuple[int, int] | None:
    """Two neighbouring columns of words one of which holds the same side in nearly every row
    (a team and its second team, „SpVgg Giebelstadt II“, count as that side)."""
    for left, right in pairwise(named):
        if right != left + 1:
            continue
        counts = Counter(cells[index] for _, _, cells in table for index in (left, right))
        side, _ = counts.most_common(1)[0]
        if not side or not _LETTER.search(side):
            continue
        on_a_side = sum(
            1
            for _, _, cells in table
            if cells[left] != cells[right]
            and (cells[left].startswith(side) or cells[right].startswith(side))
        )
        if on_a_side >= _SIDE_SHARE * len(table):
            return left, right
    return None


def _title(
    cells: list[str], sides: tuple[int, int] | None, named: list[int], place: int | None
) -> str | None:
    if sides is not None:
        home, guest = cells[sides[0]], cells[sides[1]]
        return f"{home}{_SEPARATOR}{guest}" if home and guest else None
    for index in named:
        if index != place and _LETTER.search(cells[index]):
            return cells[index]
    return None
