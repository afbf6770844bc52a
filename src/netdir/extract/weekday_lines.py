"""A card's line that is only a weekday and a clock: "Samstag, 14:00 Uhr", "Di 18.30–20 Uhr".

Group schedules, training times and regulars' tables list one card per group: its name and
the weekday it meets ("Wichtel" / "Samstag, 14:00 Uhr"). No day, month or rule word is
written, because the weekday is the rhythm: the card meets every week on that day. Read alone
the line would name only the next such day; on a card it is a weekly rule.
"""

from __future__ import annotations

import re
from itertools import takewhile

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_text
from netdir.extract.table_cells import row_cells
from netdir.normalize.when_words import RRULE_DAYS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation

# The long names of ``when_words`` ("samstag", "saturday") and the capitalised German short names
# ("Sa", "Sa."; lower-case "so" and "do" are words).
_DAY = rf"(?:{alternation(WEEKDAYS)}|(?-i:Mo|Di|Mi|Do|Fr|Sa|So)\.?)"
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s?(?:uhr|h\b|[ap]\.?m\.?)?"
_LINE = lazy_re.compile(
    rf"^(?P<days>{_DAY}(?:\s?(?:,|&|\+|und|and|/)\s?{_DAY})?)\s?[,:]?\s"
    rf"(?:(?:um|ab|von|at|from)\s)?(?P<clock>{_CLOCK})"
    rf"(?:\s?(?:-|–|bis|to)\s?{_CLOCK})?\s?(?:uhr)?$",
    re.IGNORECASE,
)
_NAMED_DAY = lazy_re.compile(_DAY, re.IGNORECASE)
_HAS_CLOCK_MARK = lazy_re.compile(r"[:.]\d{2}|uhr|\dh\b|[ap]\.?m", re.IGNORECASE)
LINE_CHARS = 40  # "Donnerstag und Freitag, 18:30 – 20:00 Uhr" is the longest such line


def may_hold_a_weekly_line(text: str) -> bool:
    """Whether ``text`` names a weekday and a clock at all: the cheap test before its lines
    are read one by one (most blocks a listing weighs name neither)."""
    return _HAS_CLOCK_MARK.search(text) is not None and _NAMED_DAY.search(text) is not None


def weekly_rule(line: str) -> str | None:
    """``FREQ=WEEKLY;BYDAY=SA`` for "Samstag, 14:00 Uhr"; None for any other line.

    The clock must look like one ("14:00", "19 Uhr", "7 pm"): "Samstag 14" is a weekday and a
    number, not a time."""
    line = line.strip()
    if len(line) > LINE_CHARS:
        return None
    match = _LINE.match(line)
    if match is None or not _HAS_CLOCK_MARK.search(line[match.start("clock") :]):
        return None
    codes: list[str] = []
    for day in _NAMED_DAY.findall(match.group("days")):
        code = RRULE_DAYS[WEEKDAY_ABBREVIATIONS[day.rstrip(".").lower()]]
        if code not in codes:
            codes.append(code)
    return "FREQ=WEEKLY;BYDAY=" + ",".join(codes)


# A timetable row's cells that only say when: a clock ("19:00", "18.30 Uhr"), the dash or
# "bis" between two clocks.
_WHEN_CELL = lazy_re.compile(r"^(?:\d{1,2}(?:[:.]\d{2})?\s?(?:uhr|h)?|-|–|bis|uhr)$", re.IGNORECASE)
_ROWS_UP = 3  # rows a blank weekday cell may continue (a day with a few meetings)


def weekly_row_line(row: LexborNode) -> str | None:
    """A weekly timetable's row as its line: „Montag | 19:00 | - | 20:30 | Chor Übung“ →
    "Montag, 19:00 - 20:30 Uhr" (cells of clocks after a weekday cell; the clocks are the
    column's, so they are marked as such). A blank weekday cell continues the day of the row
    above („ | 18:30 | - | 20:00 | Teenagerstunde“ under Tuesday's first meeting). None for any
    other row."""
    if row.tag != "tr" or not _HAS_CLOCK_MARK.search(row.text() or ""):
        return None  # (the cheap test first: most rows a listing weighs hold no clock)
    cells = [visible_text(cell) for cell in row_cells(row)]
    if len(cells) < 2:
        return None
    if (line := _day_and_hours_cell(cells)) is not None:
        return None if _among_dated_rows(row) else line
    if len(cells) < 3:
        return None
    day = cells[0] or _day_of_the_rows_above(row)
    when = list(takewhile(_WHEN_CELL.match, cells[1:]))
    if not day or not when or len(when) == len(cells) - 1:
        return None  # no weekday, no clock, or nothing left to name the meeting
    if _among_dated_rows(row):
        return None  # a programme's coming days („Friday“, then „Thursday December 14“)
    line = f"{day}, {' '.join(when)}"
    if not _HAS_CLOCK_MARK.search(line.split(",", 1)[1]):
        return None
    if not re.search(r"uhr|\dh\b", line, re.IGNORECASE):
        line += " Uhr"
    return line if weekly_rule(line) is not None else None


def _day_and_hours_cell(cells: list[str]) -> str | None:
    """A weekly timetable whose first cell writes the weekday and its hours together —
    „Sonntag, 9:30 – 10:30“ | „Gottesdienst mit Abendmahl, …“ | „Gemeindehaus“, „Freitag:
    17:30 – 19:00“ | „Jungschar …“ — the row's line is that cell, when a cell after it names
    the meeting (a bare line of hours under a day column is no such row)."""
    first = cells[0]
    if weekly_rule(first) is None or not any(_names_something(cell) for cell in cells[1:]):
        return None
    return first if re.search(r"uhr|\dh\b", first, re.IGNORECASE) else f"{first} Uhr"


def _names_something(cell: str) -> bool:
    return sum(ch.isalpha() for ch in cell) >= 3 and weekly_rule(cell) is None


_CELLS = ("td", "th")


def _day_of_the_rows_above(row: LexborNode) -> str | None:
    """The weekday cell of the nearest row above whose first cell is not blank."""
    above = row.prev
    for _ in range(_ROWS_UP * 2):  # text nodes between the rows
        if above is None:
            return None
        if above.tag == "tr":
            first = next((c for c in above.iter(include_text=False) if c.tag in _CELLS), None)
            text = visible_text(first) if first is not None else ""
            if text:
                return text if _NAMED_DAY.fullmatch(text) else None
        above = above.prev
    return None


_DATED_ROWS_AROUND = 60  # rows looked at on each side for a day cell that names a date


def _among_dated_rows(row: LexborNode) -> bool:
    """Whether a row near ``row`` in its table has a first cell that names a date: an events
    table „When | | Event“ writes the coming week's days as weekdays („Friday“) and the later
    ones in full („Thursday December 14“). Its weekdays are the next such days, one evening
    each; a weekly timetable names no dated day."""
    for step in ("prev", "next"):
        for sibling in element_siblings(row, step, _DATED_ROWS_AROUND):
            if sibling.tag != "tr":
                break
            first = next((c for c in sibling.iter(include_text=False) if c.tag in _CELLS), None)
            text = visible_text(first) if first is not None else ""
            if text and len(text) <= LINE_CHARS and names_a_day(text):
                return True
    return False
