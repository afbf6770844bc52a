"""The town of a card's line „Samstag in Houverath“: the weekday of its day, then where.

A village association's calendar sets under each card's name the weekday and the village —
„<time datetime="2026-07-11">11 Juli</time> … <h4>Backtag</h4><p>Samstag in Houverath</p>“ —
with the association's seven villages taking turns. The line is the day's weekday said again and
the place: a line that is only a weekday, „in“ and a capitalised name of up to four words
names the card's place.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_lines
from netdir.normalize.when_grammar import WEEKDAY_FULL_ALT

#: Provenance of a place read from a weekday-and-town line.
SOURCE = "listing:the town after its weekday"
_WEEKDAY_IN_TOWN = lazy_re.compile(
    rf"^(?:{WEEKDAY_FULL_ALT}),?\s+in\s+(?P<town>[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ(][\w.()-]*){{0,3}})$",
    re.IGNORECASE,
)


def town_after_its_weekday(segment: list[LexborNode], reading: BlockReading) -> None:
    """Set the card's place from its line „<weekday> in <town>“ (see the module docstring)."""
    for line, _ in text_lines(segment):
        match = _WEEKDAY_IN_TOWN.match(line.strip())
        if match is not None and match["town"][:1].isupper():
            reading.location_text = match["town"]
            reading.sources["location_text"] = SOURCE
            return
