"""A box's start and end clocks on two lines of their own, with nothing between them.

A calendar widget writes an event's hours as two elements under its name: „Communitytreffen“
/ „<div class="monthly-list-time-start">7:00 PM</div>“ / „<div class="monthly-list-time-end">
10:00 PM</div>“. The first clock alone was read as the start and the end was lost. Two clock
lines in a row, the second later than the first and no other clock in the box, are the
event's start and end.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# „7:00 PM“, „19:00“, „22.00 Uhr“, „10 pm“: a line that is one clock and nothing else
_CLOCK_LINE = lazy_re.compile(
    r"^(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?:(?P<ampm>[ap])\.?\s?m\.?|(?P<unit>uhr|h))?$",
    re.IGNORECASE,
)


def start_and_end_lines(chunks: list[str]) -> str | None:
    """„7:00 PM – 10:00 PM“ when exactly two of the box's lines are lone clocks, next to each
    other, the second after the first; None otherwise."""
    clocks = [(i, minutes) for i, c in enumerate(chunks) if (minutes := _minutes(c)) is not None]
    if len(clocks) != 2:
        return None
    (first, start), (second, end) = clocks
    if second != first + 1 or end <= start:
        return None
    return f"{chunks[first].strip()} – {chunks[second].strip()}"


def _minutes(line: str) -> int | None:
    """The minutes after midnight of a line that is only a clock (with a minute or a unit:
    a bare „12“ is no clock)."""
    match = _CLOCK_LINE.match(line.strip())
    if match is None or (match["m"] is None and match["ampm"] is None and match["unit"] is None):
        return None
    hour, minute = int(match["h"]), int(match["m"] or 0)
    if match["ampm"] is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return hour * 60 + minute


def is_clock_line(line: str) -> bool:
    """„7:00 PM“, „22.00 Uhr“: a line that is one clock and nothing else."""
    return _minutes(line) is not None


def name_before_its_clocks(lines: list[str]) -> str | None:
    """The name a link gives when its text runs on into the event's clocks on lines of their
    own („Communitytreffen“ / „7:00 PM“ / „10:00 PM“ inside one ``<a>``): the first line, when
    every line after it is a lone clock. The clocks are when, not part of the name."""
    if len(lines) < 2 or is_clock_line(lines[0]) or not all(map(is_clock_line, lines[1:])):
        return None
    return lines[0].strip()
