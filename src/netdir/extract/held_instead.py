"""A dated row whose sentence calls one event off for another held that day instead.

„Am Samstag, den 27. Juli 2024 findet der Sommercup nicht statt, weil das NOCTURNE ab 16.30 Uhr
stattfindet.“: one sentence, two events of the day — the cup that does not take place (called
off) and the night tournament that does, at its own clock. Read as one row, the record was
titled by the whole sentence and took the night tournament's clock for the cup's.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import CLOCK_AT
from netdir.extract.sub_items import part_of

_ARTICLE = r"(?:der|die|das|unser|unsere)\s+"
_NAME = r"[A-ZÄÖÜ][^,;.!?]{1,60}?"
_INSTEAD = lazy_re.compile(
    rf"^(?:findet|finden)\s+{_ARTICLE}(?P<off>{_NAME})\s+nicht\s+statt\s*,?\s*"
    rf"(?:weil|da|denn)\s+(?:(?:an\s+diesem\s+tag|dann)\s+)?{_ARTICLE}(?P<on>{_NAME})"
    rf"(?:\s+(?P<clock>{CLOCK_AT}))?\s+statt(?:findet|finden)\b",
    re.I,
)
# The clock the sentence reader appended to the row's day („…, ab 16.30 Uhr“).
_APPENDED_CLOCK = lazy_re.compile(rf",\s*{CLOCK_AT}\s*$", re.I)
_SOURCE = "listing:one sentence calling an event off for another held instead"


def held_instead(segment: list[LexborNode], reading: BlockReading) -> list[BlockReading]:
    """The called-off event and the one held instead, each a reading of its own; [] when the
    row's title is no such sentence."""
    del segment  # (the reading's title is the sentence's rest after its day)
    title, when = reading.title or "", reading.date_text
    match = _INSTEAD.match(title.strip())
    if match is None or when is None:
        return []
    day = _APPENDED_CLOCK.sub("", when)
    off = part_of(reading, match["off"].strip(), day, None, _SOURCE, own_place=False)
    off.status_text = "fällt aus"
    off.sources["status_text"] = _SOURCE
    clock = match["clock"]
    on = part_of(reading, match["on"].strip(), f"{day}, {clock}" if clock else day, None, _SOURCE)
    return [off, on]
