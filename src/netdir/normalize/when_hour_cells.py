"""A timetable's hours in two cells under a from/to header ("Bogenabteilung | von | bis | Mittwoch |
17:00 | 20:00"): the row's start and end, read as the span they are ("17:00 - 20:00"). Without the
header two clock cells may be two showtimes ("19:00 | 21:30"), and stay two clocks."""

from __future__ import annotations

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# "von | bis", "from | to", "Beginn | Ende": a table's header cells naming a start and an end
FROM_TO_HEADER = lazy_re.compile(
    r"(?:^|\|)\s*(?:von|from|beginn|start)\s*\|\s*(?:bis|to|until|ende|end)\s*(?=\||$)", FLAGS
)
# two clocks, each alone in its cell, with no third clock cell after them
_HOUR_CELLS = lazy_re.compile(
    r"(?<![\d:.])(?P<a>\d{1,2}[:.]\d{2})(?:\s*uhr)?\s*\|\s*(?P<b>\d{1,2}[:.]\d{2})(?:\s*uhr)?"
    r"(?![\d:.])(?!\s*\|\s*\d{1,2}[:.]\d{2})",
    FLAGS,
)
# a clock cell right before the pair: three clocks in a row are showtimes, not a span
_CLOCK_CELL_BEFORE = lazy_re.compile(r"\d{1,2}[:.]\d{2}(?:\s*uhr)?\s*\|\s*$", FLAGS)


def joined_hour_cells(text: str) -> str:
    """The text with the first pair of clock cells after a from/to header joined by a dash."""
    if "|" not in text:
        return text
    header = FROM_TO_HEADER.search(text)
    if header is None:
        return text
    cells = _HOUR_CELLS.search(text, header.end())
    if cells is None or _CLOCK_CELL_BEFORE.search(text, 0, cells.start()) is not None:
        return text
    return f"{text[: cells.start()]}{cells['a']} - {cells['b']}{text[cells.end() :]}"
