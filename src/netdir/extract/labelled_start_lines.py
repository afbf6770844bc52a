"""A box's lines that label its clocks: the doors, the start and the end.

An info table gives the time of a children's day as three lines — „Einlass: ab 9.30 Uhr“,
„gemeinsamer Start: 10.00 Uhr“ (or „Start im großen Saal: 10.00 Uhr“), „Ende: ca. 16.30 Uhr“.
The day begins at the start, not at the doors, and it ends at the end: the end's clock is no
start, though its line was the only one whose label read as a bare clock label. A line is read
here only when its label says start („Start“, „Beginn“, „Anfang“, with a few words around it:
„gemeinsamer Start“, „Beginn des Gottesdienstes“) and holds one clock, perhaps led by „ab“,
„um“ or „ca.“; the end is the clock of an „Ende“/„Schluss“ line after it.
"""

from __future__ import annotations

import re

from netdir import lazy_re

# „gemeinsamer Start: 10.00 Uhr“, „Start im großen Saal: 10.00 Uhr“, „Beginn: um 19 Uhr“: a few
# words (letters only, so no clock is taken for a word) around the start word, a colon, a clock.
_START_LINE = lazy_re.compile(
    r"^(?:[^\W\d_]+\s+){0,2}(?:start|beginn|anfang)(?:\s+[^\W\d_]+){0,4}\s*:\s*"
    r"(?:(?:ab|um|ca\.)\s*)?(?P<clock>\d{1,2}(?:[:.]\d{2})?)\s*(?:uhr)?\s*$",
    re.I,
)
# „Ende: ca. 16.30 Uhr“, „Schluss: gegen 18 Uhr“.
_END_LINE = lazy_re.compile(
    r"^(?:ende|schluss)\s*:\s*(?:(?:ca\.|gegen|um)\s*)?(?P<clock>\d{1,2}(?:[:.]\d{2})?)\s*"
    r"(?:uhr)?\s*$",
    re.I,
)


def start_and_end(lines: list[str]) -> str | None:
    """„10:00 - 16:30“ from a start line and an end line after it, „10:00“ from a start line
    alone; None when no line labels the start."""
    start: str | None = None
    for line in lines:
        text = " ".join(line.split())
        if start is None:
            found = _START_LINE.match(text)
            if found is not None:
                start = _clock(found.group("clock"))
            continue
        ended = _END_LINE.match(text)
        if ended is not None:
            return f"{start} - {_clock(ended.group('clock'))}"
    return start


def _clock(text: str) -> str:
    hour, _, minute = text.replace(".", ":").partition(":")
    return f"{int(hour):02d}:{minute or '00'}"
