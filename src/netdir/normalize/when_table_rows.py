"""A timetable's row whose cells hold a bare weekday and a span of hours, in any order among
short label cells: „Montag | Basketball Jugend | 18.00 - 19.30 Uhr | Dr.-Kurt-Schumacher-Halle“,
„Boule | Montag | 17.30 - 19.30 Uhr | TV Gelände | Franz Fischer“, „Einsteiger/Mittelstufe |
Dienstag | 19.15 – 20.30 | Bürgerhaus in Ueberau“ (round 258: a sports club's training tables,
the weekday before or after the group's cell).

``when_schedule_rows`` knew a row under a label of regular times, under a listed group word
(„Jugend | Montag | …“) or opening with its weekday right before its hours; a group cell of any
name, or one between the weekday and the hours, left the weekday unread or read as the coming
day alone. A reader takes a row of cells — one a weekday alone, one a span of hours from … to —
as a weekly slot. A row with a date („Samstag | 14.06. | 10:00 - 16:00“) is that one day; a row
under a label of times („Öffnungszeiten | Montag | …“) is left to that label.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS, WEEKDAY_FULL_ALT
from netdir.normalize.when_hours_rows import is_dated
from netdir.normalize.when_words import WEEKDAYS

# a cell that is a weekday alone („Montag“, „Donnerstag“)
_WEEKDAY_CELL = lazy_re.compile(r"\s*(?P<wd>" + WEEKDAY_FULL_ALT + r")\s*", FLAGS)
# a cell that is a span of hours from … to („18.00 - 19.30 Uhr“, „16.00-17.00Uhr“, „19.15 – 20.30“)
_HOURS_CELL = lazy_re.compile(
    r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:uhr\s*)?(?:-|–|bis)\s*(?:[01]?\d|2[0-4])[:.][0-5]\d"
    r"\s*(?:uhr)?\s*(?:\([^()|]{0,30}\))?\s*",
    FLAGS,
)
_MOST_CELLS = 8


def table_row_weekday(text: str) -> tuple[int, int, int] | None:
    """The weekday (0 = Monday) of a table row holding a weekday cell and a cell of hours, with
    the weekday's span in ``text``; else None."""
    if text.count("|") < 1 or text.count("|") >= _MOST_CELLS or is_dated(text):
        return None
    if "zeiten" in text.lower():
        # „Öffnungszeiten | Montag | 10:00 – 12:00“: a row under a label of times is the label's
        # to judge (``when_schedule_rows`` knows which labels name an offering's hours)
        return None
    weekday = None
    has_hours = False
    offset = 0
    for cell in text.split("|"):
        if weekday is None and (day := _WEEKDAY_CELL.fullmatch(cell)) is not None:
            weekday = (
                WEEKDAYS[day["wd"].lower()],
                offset + day.start("wd"),
                offset + day.end("wd"),
            )
        elif _HOURS_CELL.fullmatch(cell) is not None:
            has_hours = True
        offset += len(cell) + 1
    return weekday if has_hours else None
