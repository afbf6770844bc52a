"""A dated line inside a block that restates the block's own event: „Vernissage: 19.7.2016 um 19
Uhr.“ in the card headed „Vernissage“ over „Vom 19.7. bis 10.9.2016“.

A card's dated lines are read as parts of it (a box that dates several offerings, one per line).
An exhibition's card names the opening in its heading and again, bold, in its text with the
opening's day and hour; the line became a second record of the same name on the same day. A part
named like the block on the block's first day, at the block's hour or at none, is that event.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.calendar_days import day_and_month

# „19 Uhr“, „19:00“, „19.30 Uhr“: the clock of a date text.
_CLOCK = lazy_re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:uhr|h)\b|\b(\d{1,2})[:](\d{2})\b", re.IGNORECASE
)


def restates_the_block(part: BlockReading, reading: BlockReading) -> bool:
    """``part`` is a line of ``reading``'s block that names the block's event again: the same
    title, the same first day, the same hour (or none on either side)."""
    if part is reading or not part.title or part.title != reading.title:
        return False
    if not part.date_text or not reading.date_text:
        return False
    day = day_and_month(part.date_text)
    if day is None or day != day_and_month(reading.date_text):
        return False
    here, there = _clock(part.date_text), _clock(reading.date_text)
    return here is None or there is None or here == there


def _clock(text: str) -> tuple[int, int] | None:
    found = _CLOCK.search(text)
    if found is None:
        return None
    hour = found.group(1) or found.group(3)
    minutes = found.group(2) or found.group(4) or "0"
    return int(hour), int(minutes)
