"""The hours a row's prose gives in brackets: „Two-hour study session (6:01-8:04 PM) on the …“.

A meeting index dates each row by a badge („JAN 13 2026“) and tells in the row's summary how
long the session ran: „All-day special closed session at PAL Center (8:25 AM - 4:33 PM) for …“,
„Special closed session for superintendent search (5:00-8:10 PM).“ A bracket that holds a span
of hours and nothing else is when the row's event ran. Only one such span in the row: two
brackets of hours are the parts of a programme, not the event's own.
"""

from __future__ import annotations

import re

from netdir import lazy_re

_CLOCK = r"\d{1,2}(?:[:.][0-5]\d)?"
_MERIDIEM = r"(?:[ap]\.?\s?m\.?)"
# „(6:01-8:04 PM)“, „(8:25 AM - 4:33 PM)“, „(18:00–20:00 Uhr)“: a span with its clock's mark.
_BRACKETED_SPAN = lazy_re.compile(
    rf"\((?P<clock>{_CLOCK}\s*{_MERIDIEM}?\s*[-–—]\s*{_CLOCK}\s*(?:{_MERIDIEM}|Uhr))\)", re.I
)


def hours_in_brackets(lines: list[str]) -> str | None:
    """The one bracketed span of hours the lines state („6:01-8:04 PM“); None when they state
    none or several."""
    spans = {match["clock"] for line in lines for match in _BRACKETED_SPAN.finditer(line)}
    return spans.pop() if len(spans) == 1 else None
