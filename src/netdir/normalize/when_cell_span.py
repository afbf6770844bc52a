"""A table row's "from" and "to" cells: two cells side by side, each holding one whole date, the
second later than the first, are one period ("Refresher Woche | 14.04.2025 | 17.04.2025 |
Flugwoche zum Saisonstart", "Sommerkurs | 10.08.20 | 21.08.20 | Akaflieg-Anfängerkurs").

A club's table of the year's dates gives each event a start and an end column; joined cell by
cell with " | ", the two dates stand apart with nothing but the cell border between them, which
no connector word ("bis", "-") marks as a period. Only cells that hold the date and nothing else
(an "expected" mark before it, "vsl. 22.07.24", allowed) count: a cell with words beside its date
("15.03. (Master) | 18. - 22.03.2024") is a row of separate entries.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS
from netdir.normalize.when_mentions import Mention
from netdir.normalize.when_value import safe_date

# The border between the two cells: nothing but " | ".
_BORDER = lazy_re.compile(r"\s*\|\s*", FLAGS)
# What a date's cell may hold before the date: an "expected" or "about" mark.
_CELL_HEAD = lazy_re.compile(r"(?:^|\|)\s*(?:(?:vsl|voraussichtl|ca)\.?\s*)?$", FLAGS)
_CELL_TAIL = lazy_re.compile(r"\s*(?:\||$)", FLAGS)
#: A row's period is at most this long (a season's camp, not two years' dates side by side).
_LONGEST_DAYS = 120
# Two numeric whole dates in neighbouring cells, for the check before a row is split into a list.
_DATE = r"(?P<{0}d>\d{{1,2}})\.(?P<{0}m>\d{{1,2}})\.(?P<{0}y>\d{{4}}|\d{{2}})(?![\d.])"
_NEIGHBOUR_DATES = lazy_re.compile(
    r"(?:^|\|)\s*(?:(?:vsl|voraussichtl|ca)\.?\s*)?"
    + _DATE.format("a")
    + r"\s*\|\s*"
    + _DATE.format("b")
    + r"\s*(?:\||$)",
    FLAGS,
)


def cell_span(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``first`` and ``second`` are a row's from and to cells, the second later."""
    if (
        first.year is None
        or second.year is None
        or first.end_day is not None
        or second.end_day is not None
    ):
        return False  # only whole dates: a yearless cell may be a list of separate days
    if not _BORDER.fullmatch(text, first.end, second.start):
        return False
    if not _CELL_HEAD.search(text, 0, first.start) or not _CELL_HEAD.search(text, 0, second.start):
        return False
    if not _CELL_TAIL.match(text, second.end):
        return False
    begin = safe_date(first.year, first.month, first.day)
    end = safe_date(second.year, second.month, second.day)
    return begin is not None and end is not None and 0 < (end - begin).days <= _LONGEST_DAYS


def is_from_to_row(text: str) -> bool:
    """Whether a row's cells hold a from and a to date side by side (``cell_span`` on the text
    alone, before the row would be read as a list of separate days)."""
    if text.count("|") < 2:
        return False
    for found in _NEIGHBOUR_DATES.finditer(text):
        years = [int(found[k]) for k in ("ay", "by")]
        years = [y + 2000 if y < 100 else y for y in years]
        begin = safe_date(years[0], int(found["am"]), int(found["ad"]))
        end = safe_date(years[1], int(found["bm"]), int(found["bd"]))
        if begin is not None and end is not None and 0 < (end - begin).days <= _LONGEST_DAYS:
            return True
    return False
