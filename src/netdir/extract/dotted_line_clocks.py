"""The clock a programme line ends on, set off by a middle dot.

A duo's concert archive writes each concert's programme and hour on one line — „8 Jahreszeiten ·
Vivaldi & Piazzolla · 20:00 Uhr“, „#muttertagskonzert · Vivaldi & Piazzolla · 19:00 Uhr“ — under
a date block that gives only the day. The line is no time line as a whole (names stand beside the
clock), but one of its dot-separated pieces is nothing but the hours: that piece is when the
concert begins. Only middle dots and bullets part the pieces (a comma or dash may belong to a
name; bars part a table's columns, whose hours cell belongs to its own row — „16.01.2026 | 20 Uhr
| Blaue Fabrik Dresden | …“ — and is read as such), only a piece that is hours and nothing else
counts, and a piece after „Einlass“ /
„Doors“ is when the doors open, not the start.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE

_PIECES = lazy_re.compile(r"\s+[·•]\s+")
# „20:00 Uhr“, „19 Uhr“, „14:30 – 17:00 Uhr“, „ab 19.30 Uhr“: hours and nothing else.
_ONLY_HOURS = lazy_re.compile(
    r"^(?:(?:ab|um|von)\s+)?\d{1,2}(?:[:.]\d{2})?"
    r"(?:\s*(?:-|–|bis)\s*\d{1,2}(?:[:.]\d{2})?)?\s*(?:Uhr|h)?$",
    re.I,
)
_DOORS = lazy_re.compile(r"\b(?:einlass|saalöffnung|doors?)\b", re.I)
_MAX_LINE = 160


def clock_piece(line: str) -> str | None:
    """The one piece of a dot-separated line that is only its hours; None when the line has no
    such piece, or several, or opens the doors."""
    if len(line) > _MAX_LINE:
        return None
    pieces = _PIECES.split(line.strip())
    if len(pieces) < 2:
        return None
    clocks = [
        (index, piece)
        for index, piece in enumerate(pieces)
        if _ONLY_HOURS.match(piece.strip()) and TIME_LIKE.search(piece)
    ]
    if len(clocks) != 1:
        return None
    index, piece = clocks[0]
    if index and _DOORS.search(pieces[index - 1]):
        return None
    return piece.strip()
