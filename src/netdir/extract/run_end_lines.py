"""A card's line that only says until when its run lasts („bis 07.09.“).

A tour finder shows each tour as a card: a round day box „Do.“ / „3“ under the month's heading,
the tour's name and a meta line „06:00 Uhr · bis 07.09.“ — the hour it starts and the day a
five-day tour ends. The line names no start; read as the card's date (it is shorter than the day
box) it gives an end and no day, and the card is undated. The start is the day the box names; the
line adds its hour and its end: „Do. 3. September 2026, 06:00 Uhr bis 07.09.“.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import TIME_LIKE, search_date_like

# „bis 07.09.“, „06:00 Uhr · bis 07.09.“, „bis 7.9.2026“, „10 Uhr, bis 12. Oktober“: an optional
# clock, then „bis“ and a day with its month — nothing before the clock, nothing after the day.
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:Uhr|h)?"
_DAY = (
    r"(?:0?[1-9]|[12]\d|3[01])\.\s?"
    r"(?:(?:0?[1-9]|1[0-2])\.(?:\s?(?:19|20)?\d\d)?|[^\W\d_]{3,}\.?(?:\s(?:19|20)\d\d)?)"
)
_END_LINE = lazy_re.compile(
    rf"^\s*(?:(?P<clock>{_CLOCK})\s*[·•|,–-]?\s*)?bis\s(?:zum\s)?(?P<end>{_DAY})\s*$",
    re.IGNORECASE,
)


# „bis 07.09.“ anywhere in a text: the end of a run (a clock before it is the start's hour) —
# not the second half of „vom 3. bis 7. September“, whose start stands right before „bis“.
_END = lazy_re.compile(rf"(?<![\d.]\s)(?<![\d.])\bbis\s(?:zum\s)?{_DAY}", re.IGNORECASE)


def is_an_end_line(text: str) -> bool:
    """Whether ``text`` only gives the end of a run (maybe after its start's clock)."""
    return _END_LINE.match(text) is not None


def dates_only_an_end(text: str) -> bool:
    """Whether the only day ``text`` names is the end of a run: the card's body around its
    meta line „06:00 Uhr · bis 07.09.“ (the day box outside it) names no day of its own."""
    if _END.search(text) is None:
        return False
    return search_date_like(_END.sub(" ", text)) is None


def with_the_run_end(date_text: str, lines: list[str]) -> str:
    """``date_text`` (a day read elsewhere in the block) with the clock and the end of the
    block's end line, when there is one and the date text has neither an end nor a clock."""
    if " bis " in f" {date_text} " or _END_LINE.match(date_text):
        return date_text
    for line in lines:
        match = _END_LINE.match(line)
        if match is None:
            continue
        clock = match["clock"]
        end = match["end"].strip()
        if clock and not TIME_LIKE.search(date_text):
            return f"{date_text}, {clock.strip()} bis {end}"
        return f"{date_text} bis {end}"
    return date_text
