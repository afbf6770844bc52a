"""A performance's clocks as a theatre's programme prints them.

One box per performance holds its clocks on lines of their own: „11:00&nbsp;-<br>12:15“ (the
start and, on the next line, the end) and, before many performances, a short talk half an hour
earlier — „19:00 | Einführung“ then „19:30 -<br>22:45 | DON GIOVANNI“. The talk belongs to the
performance; its clock is not when the performance starts. A reader takes the performance's
own start and end.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from netdir import lazy_re

# The line after a clock that names only what precedes the performance: an introduction
# („Einführung“, „Werkeinführung“), the doors („Einlass“, „Saalöffnung“, „Doors open“).
_BEFORE_THE_SHOW = lazy_re.compile(
    r"^(?:(?:werk|stück|stueck|konzert|opern|ballett)?einführung|einfuehrung|einlass|"
    r"saalöffnung|doors?(?:\s+open)?|pre-?show\s+talk|pre-?concert\s+talk)\s*:?$",
    re.IGNORECASE,
)
# „11:00 -“, „19:30 –“, „20 Uhr bis“: a clock line left open for the end on the next line.
_OPEN_RANGE = lazy_re.compile(r"(?:[-–—]|\bbis)\s*$", re.IGNORECASE)
# „12:15“, „22.45 Uhr“: a line that is only the end's clock.
_ONLY_A_CLOCK = lazy_re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*uhr)?$", re.IGNORECASE)


def performance_clock(chunks: list[str], is_clock: Callable[[str], bool]) -> str | None:
    """The start (and end) a programme box gives its performance, when its lines need pairing:
    the clock whose next line is only an introduction or the doors is passed over for the next
    clock, and a clock line ending in a dash takes the next line's clock as its end. ``None``
    when neither happens (the caller's own reading stands)."""
    paired = False
    index = 0
    while index < len(chunks):
        chunk = chunks[index]
        if not is_clock(chunk):
            index += 1
            continue
        following = chunks[index + 1] if index + 1 < len(chunks) else ""
        if _BEFORE_THE_SHOW.match(following.strip()) and _later_clock(chunks, index + 2, is_clock):
            paired = True
            index += 2
            continue
        if _OPEN_RANGE.search(chunk) and _ONLY_A_CLOCK.match(following.strip()):
            return f"{chunk.strip()} {following.strip()}"
        return chunk if paired else None
    return None


def _later_clock(chunks: list[str], start: int, is_clock: Callable[[str], bool]) -> bool:
    return any(is_clock(chunk) for chunk in chunks[start:])
