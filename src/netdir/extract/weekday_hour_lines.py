"""The hours a row's line of its weekday gives its day.

A month card's list writes each market day as „<li><strong>05. November</strong><span>Samstag,
10:00 - 14:00 Uhr</span></li>“: the bold day is the row's date field, the line beside it names
that day's weekday again with the hours. The day alone loses the hours a reader sees. When the
row's date has no clock and one of its lines (or the rest of its day's line) is only a weekday
and a clock or a span of clocks, that line's hours are the day's.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.normalize.when_words import WEEKDAYS, alternation

# „Samstag, 10:00 - 14:00 Uhr“, „Freitag 19.30 Uhr“, „Sonntag, ab 11:00 Uhr“: a weekday written
# out, then one clock or a span of clocks, nothing else.
_WEEKDAY_HOURS = lazy_re.compile(
    rf"^(?:{alternation(WEEKDAYS)}),?\s+(?:(?:von|ab|um)\s+)?"
    r"\d{1,2}[:.]\d{2}(?:\s*(?:-|–|—|bis)\s*\d{1,2}[:.]\d{2})?\s*(?:Uhr)?$",
    re.I,
)
#: Provenance suffix of a date whose hours the row's weekday line gave.
SOURCE = " + hours of the row's weekday line"


def hours_of_the_weekday_line(segment: list[LexborNode], reading: BlockReading) -> None:
    """Add to the row's clockless date the hours of its one line that is only a weekday and
    hours (see the module docstring)."""
    date_text = reading.date_text
    if date_text is None or TIME_LIKE.search(date_text) or not DATE_LIKE.search(date_text):
        return
    lines = []
    for chunk in text_chunks(segment):
        # the line of its own, or the rest of the day's line („05. November Samstag, 10:00 -
        # 14:00 Uhr“ when the day's bold and the hours' span are read as one line)
        rest = chunk[len(date_text) :].strip(" ,·|") if chunk.startswith(date_text) else chunk
        if _WEEKDAY_HOURS.match(rest):
            lines.append(rest)
    if len(lines) != 1:
        return  # two such lines are a weekly plan, not the day's hours
    reading.date_text = f"{date_text}, {lines[0]}"
    reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + SOURCE
