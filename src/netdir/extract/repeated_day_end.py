"""The end of a one-event page's day told again further down, with its hours.

„**Veranstaltung: 18. April 2024, 17:00 Uhr, Im Holbornschen Haus …**“ heads the post; the letter
below says „Donnerstag, 18. April 2024 von 17 bis 19 Uhr“. Read from the labelled line alone, the
record had its start and no end; the short line that repeats the same day and the same start
gives the end.
"""

from __future__ import annotations

from datetime import date

from selectolax.lexbor import LexborNode

from netdir.extract.date_cues import DATE_PHRASE
from netdir.normalize.when import parse_when

_LINES_AFTER = 60  # the letter or post under the event's day
_MAX_LINE = 100  # a line of its own, not a sentence of the report


def end_told_again(
    lines: list[tuple[str, LexborNode | None]], date_index: int, date_text: str, today: date
) -> str | None:
    """The later short line that names the same day from the same clock to an end on that
    day; None when the date text has no clock or already an end, or no line repeats it."""
    first = parse_when(date_text, today=today)
    if first.start is None or "T" not in first.start or first.end is not None:
        return None
    for text, _block in lines[date_index + 1 : date_index + 1 + _LINES_AFTER]:
        if len(text) > _MAX_LINE or DATE_PHRASE.search(text) is None:
            continue
        again = parse_when(text, today=today)
        if again.start == first.start and again.end and again.end[:10] == first.start[:10]:
            return text
    return None
