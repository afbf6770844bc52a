"""An event page that gives its day in the heading and again, with the hours, further down.

A Hugo event page heads itself „Communityday Frühling 2026 24 Mai 2026“ and sets the hours in a
box below the text: „24 Mai 2026 13:00“ / „- 24 Mai 2026 18:00“ (its template writes the start,
a break and the end). The heading's bare day was the event's whole date and the box went
unread. A line that opens with the heading's own day (a leading zero aside: „08 Juli 2026“ over
„8 Juli 2026 00:00“) and holds nothing but that day and a clock is the same day with its start;
a line right below that opens with a dash and holds a clock is its end.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE

_LEADING_ZERO = lazy_re.compile(r"(?<![\d:.])0(\d)\b")
# What may stand beside the clock on the day's line: separators and „Uhr“.
_REST = lazy_re.compile(r"^[\s,|·–—-]*(?:um\s+)?$|^[\s,|·–—-]*(?:ab\s+)?$", re.I)
_END_LINE = lazy_re.compile(r"^\s*[-–—]\s*\S")
_MAX_LINE = 60


def day_again_with_its_clock(
    lines: list[tuple[str, LexborNode | None]], day: str, day_index: int
) -> tuple[str, int] | None:
    """(date text, index) of the line that repeats ``day`` with a clock, joined with the end
    line right below it; None when no such line follows the day's own line."""
    own = _bare(day)
    for index in range(day_index + 1, len(lines)):
        text = lines[index][0]
        if len(text) > _MAX_LINE or not _bare(text).startswith(own):
            continue
        rest = _bare(text)[len(own) :]
        clock = TIME_LIKE.search(rest)
        if clock is None or not _REST.match(
            rest[: clock.start()] + rest[clock.end() :].replace("Uhr", "")
        ):
            continue
        below = lines[index + 1][0] if index + 1 < len(lines) else ""
        if _END_LINE.match(below) and len(below) <= _MAX_LINE and TIME_LIKE.search(below):
            return f"{text} {below.strip()}", index
        return text, index
    return None


def _bare(text: str) -> str:
    """The text with the leading zero of its figures dropped and its spaces single."""
    return " ".join(_LEADING_ZERO.sub(r"\1", text).split())
