"""A clock followed by how long the event lasts, in brackets.

An innovation office's event cards write the hour as „Zeit: 16:30 Uhr (1,5 Stunden)“ or „Zeit:
12:30 Uhr (1 Stunde)“: the bracket is no remark beside the hours but their length, so the event
runs from the clock for that long (16:30 – 18:00). A bracket with a number is otherwise kept whole
by the time-line reader (it may hold the end, „(bis 16 Uhr)“); a length is read here instead.
"""

from __future__ import annotations

import re
from datetime import timedelta

from netdir import lazy_re
from netdir.extract.duration_ends import worded_length

# „16:30 Uhr (1,5 Stunden)“, „ab 19 Uhr (ca. 90 Minuten)“, „Zeit: 12.30 Uhr (1 Std.)“: one clock
# (a label before it may stay), then a bracket holding nothing but a length.
_CLOCK_THEN_LENGTH = lazy_re.compile(
    r"^(?P<lead>(?:[^\W\d]+\s*:\s*)?(?:ab|um|from|at)?\s*)"
    r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?:uhr|h)?\s*"
    r"\(\s*(?:ca\.?\s*|etwa\s+|approx\.?\s*)?(?P<amount>\d{1,3}(?:[.,]\d{1,2})?)\s*"
    r"(?P<unit>stunden?|std\.?|hours?|h|minuten|min\.?|minutes|mins?)\s*\)\s*$",
    re.IGNORECASE,
)
# A length of a working day at most: a bracket of „(3 Tage)“ is no clock's length, and a span that
# ran past midnight would need the next day, which a time line cannot say.
_LONGEST = timedelta(hours=12)


def with_bracketed_length(line: str) -> str | None:
    """„16:30 Uhr (1,5 Stunden)“ → „16:30 – 18:00 Uhr“ (a label before the clock stays: „Zeit:
    16:30 – 18:00 Uhr“); None when the line is no single clock with its length in brackets, or
    the length is none a reader would add to it."""
    match = _CLOCK_THEN_LENGTH.match(line.strip())
    if match is None:
        return None
    length = worded_length(match["amount"], match["unit"])
    if not timedelta(0) < length <= _LONGEST:
        return None
    start = int(match["hour"]) * 60 + int(match["minute"] or 0)
    end = start + int(length.total_seconds()) // 60
    if end >= 24 * 60:
        return None
    return f"{match['lead']}{start // 60:02d}:{start % 60:02d} – {end // 60:02d}:{end % 60:02d} Uhr"
