"""Hours a paragraph states once for the dated lines just above it.

An events post lists its workshops one per line („14. Juli: How to be an Awesome social
dancer<br>15. Juli: Lindy Hop Beginner Workshop<br>…“) and says in the next paragraph „jeweils
von 12:00 – 16:00, 36 Euro pro Workshop“. Each line is read as a record of its own, the
paragraph as no record (it names no day), so the hours were lost. A paragraph that opens with
„jeweils“ (or „each“) and hours gives them to every untimed line of the block before it.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.lead_times import add_shared_time
from netdir.records import RawRecord

_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:\s*uhr)?"
_SHARED_HOURS = lazy_re.compile(
    rf"^\W*(?:jeweils|je|each|all)\s+(?:(?:von|ab|um|from|at)\s+)?"
    rf"(?P<hours>{_CLOCK}(?:\s*(?:-|–|—|bis|to|until)\s*{_CLOCK})?)(?![\d.:])",
    re.I,
)
#: Provenance suffix of a date text whose hours the paragraph after its lines states.
FROM_BELOW = " + time:the paragraph below"
_MIN_LINES = 2  # one line's hours are its own paragraph's business


def hours_after_the_lines(records: list[RawRecord], text: str) -> bool:
    """Give ``records`` (the lines of the block above) the hours ``text`` states for each of
    them; True when it did."""
    match = _SHARED_HOURS.match(text)
    if match is None or not TIME_LIKE.search(match.group("hours")):
        return False
    lines = [r for r in records if r.date_text and r.start is None]
    if len(lines) < _MIN_LINES or any(TIME_LIKE.search(r.date_text or "") for r in lines):
        return False
    add_shared_time(lines, match.group("hours"), FROM_BELOW)
    return True
