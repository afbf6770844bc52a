"""Calendar grids: a day number in a cell, the month and year said once for the whole page.

Council calendars and month views show "Di | 1 | 15:02 | Sitzung …" rows or a grid of day
cells ("07" above the meetings of that day); the month and year stand in a caption or heading
("September 2026", "Kalender 2026 Juli") or only in the address (``?MM=9&YY=2026``,
``FilterValue=2026-09-01``). This module finds the page's month and a block's bare day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import WEEKDAY_WORD
from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_text
from netdir.extract.node_ancestry import lies_inside
from netdir.extract.table_cells import row_cells
from netdir.normalize.when_words import MONTHS, WEEKDAY_ABBREVIATIONS, alternation

_MONTHS = {
    "jan": 1, "feb": 2, "mär": 3, "mae": 3, "mar": 3, "apr": 4, "mai": 5, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dez": 12, "dec": 12,
}  # fmt: skip
_MONTH_NAME = (
    r"(?:januar|january|februar|february|märz|maerz|march|april|mai|may|juni|june|juli|july"
    r"|august|september|oktober|october|november|dezember|december)"
)
# "September 2026" or "2026 Juli": a month of a year, as a calendar's caption says it.
_MONTH_OF_YEAR = lazy_re.compile(
    rf"\b(?:(?P<m1>{_MONTH_NAME})\s+(?P<y1>20\d\d)|(?P<y2>20\d\d)\s+(?P<m2>{_MONTH_NAME}))\b",
    re.IGNORECASE,
)
_URL_MONTH = lazy_re.compile(r"[?&;](?:mm|month|monat|__cmonat|cmonat|m)=(\d{1,2})(?:&|$|;)", re.I)
_URL_YEAR = lazy_re.compile(r"[?&;](?:yy|yyyy|year|jahr|__cjahr|cjahr|y)=(20\d\d)(?:&|$|;)", re.I)
_URL_ISO_MONTH = lazy_re.compile(r"(?<![\d])(20\d\d)-(\d\d)(?:-\d\d)?(?![\d])")
_CAPTION_CHARS = 60
# "1", "07", "17." alone in a cell: the day of a calendar row or grid cell.
_BARE_DAY = lazy_re.compile(r"^(\d{1,2})\.?$")
# "1 Mi", "Di 1", "Mo, 7.": a day with its weekday in one line.
_DAY_AND_WEEKDAY = lazy_re.compile(
    r"^(?:(?P<w1>[A-Za-zäöü]{2,10})\.?,?\s+)?(?P<d>\d{1,2})\.?(?:\s+(?P<w2>[A-Za-zäöü]{2,10})\.?)?$"
)
_WEEKDAY_DAY = rf"(?:{alternation(WEEKDAY_ABBREVIATIONS)})\.?,?\s+"
_WEEKDAY_DAYS = lazy_re.compile(
    rf"^{_WEEKDAY_DAY}(?P<d1>\d{{1,2}})\.?(?:\s*[-–—]\s*(?:{_WEEKDAY_DAY})?(?P<d2>\d{{1,2}})\.?)?$",
    re.IGNORECASE,
)
_CELL_LEVELS = 4  # a meeting's link inside a div inside a div inside the day's cell
# A grid cell of the month before or after the one shown ("other-month", FullCalendar's
# "fc-day-other", "prev-month-day").
_OTHER_MONTH = lazy_re.compile(
    r"(?:other|prev(?:ious)?|next|adjacent|outside|not-?current)[-_]?month|fc-(?:day-)?other", re.I
)
_LATE_DAY = 15  # an other-month cell from the 15th on lies before the month shown
_WEEK_CELLS = 5  # a week row of day numbers: five (weekdays only) or seven cells


@dataclass(frozen=True, slots=True)
class PageMonth:
    year: int
    month: int
    where: str  # "caption", "h1", "url": provenance of the month


def month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower()[:3])


# "22 AUG", "22.08.", "17.6.2023", "Samstag, 22. August 2026": a day and its month, by number
# or by name; and the month first, as English writes it ("October 16-18, 2019", "Mar 28-30
# 2017", "on December 3rd at 3pm") — a month word, never any word before a number ("Sunday 12
# May" is the 12th of May, "Workshop 2019" no day).
_DAY_MONTH = lazy_re.compile(
    r"\b(?P<d>\d{1,2})\s?\.?\s?(?:(?P<mn>\d{1,2})\.|(?P<mw>[^\W\d_]{3,}))"
    rf"|\b(?P<mf>{alternation(MONTHS)})\.?\s?(?P<df>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)",
    re.I,
)


def days_and_months(text: str) -> list[tuple[int, int]]:
    """Every day and month a text names, in order (the same day written two ways compares equal)."""
    found = []
    for match in _DAY_MONTH.finditer(text):
        if match["mf"]:
            found.append((int(match["df"]), MONTHS[match["mf"].lower()]))
            continue
        month = int(match["mn"]) if match["mn"] else month_number(match["mw"])
        if month is not None and 1 <= month <= 12:
            found.append((int(match["d"]), month))
    return found


def day_and_month(text: str) -> tuple[int, int] | None:
    """The first day and month a text names."""
    found = days_and_months(text)
    return found[0] if found else None


def page_month(captions: list[LexborNode], page_url: str) -> PageMonth | None:
    """The one month a calendar page shows: from its short captions and headings if they
    agree on one, else from its address."""
    found: set[tuple[int, int]] = set()
    where = ""
    for node in captions:
        text = visible_text(node)
        if len(text) > _CAPTION_CHARS:
            continue
        for match in _MONTH_OF_YEAR.finditer(text):
            month = month_number(match.group("m1") or match.group("m2"))
            if month is not None:
                found.add((int(match.group("y1") or match.group("y2")), month))
                where = where or (node.tag or "caption")
    if len(found) == 1:
        year, month = found.pop()
        return PageMonth(year, month, where)
    if found:
        return None  # a page of several months: its rows must say their own
    month_param, year_param = _URL_MONTH.search(page_url), _URL_YEAR.search(page_url)
    if month_param and year_param and 1 <= int(month_param.group(1)) <= 12:
        return PageMonth(int(year_param.group(1)), int(month_param.group(1)), "url")
    iso = {(int(y), int(m)) for y, m in _URL_ISO_MONTH.findall(page_url) if 1 <= int(m) <= 12}
    if len(iso) == 1:
        year, month = iso.pop()
        return PageMonth(year, month, "url")
    return None


def is_month_of_year(text: str) -> bool:
    """A short heading that is only a month of a year: "February 2026", "2026 Juli"."""
    return len(text) <= _CAPTION_CHARS and _MONTH_OF_YEAR.fullmatch(text.strip()) is not None


def weekday_days(chunk: str) -> bool:
    """ "Wed 18", "Wed 18 - Sun 22", "Do, 5. – Sa, 7.": days of a month that the row names only
    by weekday and number (the month and year stand in a heading above)."""
    match = _WEEKDAY_DAYS.match(chunk)
    return match is not None and all(
        1 <= int(day) <= 31 for day in (match.group("d1"), match.group("d2")) if day
    )


def bare_day(chunks: list[str]) -> tuple[int, str | None] | None:
    """The day of a calendar row: a line that is only a day number beside a line that is
    only a weekday ("Di" | "1"), or both in one line ("1 Mi")."""
    for index, chunk in enumerate(chunks[:4]):
        match = _DAY_AND_WEEKDAY.match(chunk)
        if match is None:
            continue
        weekday = match.group("w1") or match.group("w2")
        if weekday is not None:
            if WEEKDAY_WORD.match(weekday):
                return _day(match.group("d"), weekday)
            continue
        neighbours = chunks[max(0, index - 1) : index] + chunks[index + 1 : index + 2]
        for neighbour in neighbours:
            if WEEKDAY_WORD.match(neighbour):
                return _day(match.group("d"), neighbour.rstrip(".,"))
    return None


def day_of_cell(block: LexborNode) -> int | None:
    """A meeting inside a month grid's cell: the cell's first line is its day ("07"), also
    when the cell wraps its day and its meetings in one box
    (``<td><div><div class="day">26</div><ul><li>…``)."""
    cell = _cell_of(block)
    if cell is None:
        return None
    node: LexborNode | None = cell
    for _ in range(_CELL_LEVELS):
        child = _first_element_with_text(node) if node is not None else None
        if child is None:
            return None
        text = visible_text(child)
        match = _BARE_DAY.match(text)
        if match is not None:
            found = _day(match.group(1), None)
            return found[0] if found else None
        if block.mem_id == child.mem_id or not lies_inside(block, child):
            return None
        node = child  # a box around the day and the meetings: its first line is the day
    return None


def day_in_row_above(block: LexborNode) -> tuple[int, int] | None:
    """A month grid that writes each week as two rows: a row of bare day numbers
    („<th>30</th><th>31</th><th>01</th>…“) over a row of cells holding that week's events
    („<td>15-18 Uhr<br><a>Gemeinsam Gärtnern</a></td>“). The event cell's day is the number in
    its column of the row above, with -1 or +1 for a day of the month before or after the one
    the grid shows: a week row whose numbers fall back („30 31 01“) runs into the next month
    after the fall (the grid's later weeks) or comes from the month before up to it (its first
    week, no day row above it)."""
    cell = block if block.tag == "td" else _cell_of(block)
    row = cell.parent if cell is not None else None
    if cell is None or row is None or row.tag != "tr":
        return None
    days = days_above(row)
    cells = row_cells(row)
    if days is None or len(days) != len(cells):
        return None
    column = next(index for index, node in enumerate(cells) if node.mem_id == cell.mem_id)
    fall = next((i for i in range(1, len(days)) if days[i] < days[i - 1]), None)
    if fall is None:
        return days[column], 0
    above = next(element_siblings(row, "prev", 1), None)
    first_week = above is not None and not any(
        _day_row(node) for node in element_siblings(above, "prev") if node.tag == "tr"
    )
    if first_week:
        return days[column], -1 if column < fall else 0
    return days[column], 1 if column >= fall else 0


def days_above(row: LexborNode) -> list[int] | None:
    """The day numbers of the week row right above a grid's row of event cells, if it is one."""
    above = next(element_siblings(row, "prev", 1), None)
    return _day_row(above) if above is not None and above.tag == "tr" else None


def _day_row(row: LexborNode) -> list[int] | None:
    """The day numbers of a grid's week row, when every cell is only one (1–31)."""
    days: list[int] = []
    for node in row.iter(include_text=False):
        match = _BARE_DAY.match(visible_text(node))
        if match is None or not 1 <= int(match.group(1)) <= 31:
            return None
        days.append(int(match.group(1)))
    return days if len(days) >= _WEEK_CELLS else None


def cell_month_shift(block: LexborNode, day: int) -> int:
    """-1 or +1 when the grid cell around ``block`` is marked as a day of the month before or
    after the one shown (``class="other-month"``: the first row's late days are the month
    before, the last row's early days the month after); else 0."""
    cell = _cell_of(block)
    if cell is None or not _OTHER_MONTH.search(cell.attributes.get("class") or ""):
        return 0
    return -1 if day >= _LATE_DAY else 1


def _cell_of(block: LexborNode) -> LexborNode | None:
    node = block.parent
    for _ in range(_CELL_LEVELS):
        if node is None:
            return None
        if node.tag == "td" or _day_item_of_a_week(node):
            return node
        node = node.parent
    return None


def _day_item_of_a_week(node: LexborNode) -> bool:
    """A month grid written as lists, one per week (``<ul class="days"><li><div>2</div>
    <div><a>Gründerinnen Café</a></div></li>…``): a list item is a day's cell when it and
    every other item of its list open with a bare number (the days, a week number before
    them) and the list holds a week of them."""
    if node.tag != "li" or node.parent is None or node.parent.tag not in ("ul", "ol"):
        return False
    items = [child for child in node.parent.iter(include_text=False) if child.tag == "li"]
    if len(items) < _WEEK_CELLS:
        return False
    for item in items:
        first = _first_element_with_text(item)
        if _BARE_DAY.match(visible_text(first if first is not None else item)) is None:
            return False
    return True


def _first_element_with_text(node: LexborNode) -> LexborNode | None:
    return next((child for child in node.iter(include_text=False) if child.text(strip=True)), None)


def _day(digits: str, weekday: str | None) -> tuple[int, str | None] | None:
    day = int(digits)
    return (day, weekday) if 1 <= day <= 31 else None
