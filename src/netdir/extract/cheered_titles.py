"""A listed post's heading that cheers its reader on after the event's name or day.

Health for Future Dresden's news list heads its posts „Klimastreik am 20.9.2025 - sei dabei!“,
„5.6.2024: Hitzeaktionstag - seid dabei!“, „Klimademo am 26.03.2026!“ and „Klimastreik am
07.02. in Dresden!️“. The call after a dash asks the reader to come; it is no part of what the
event is called. The exclamation mark (with the emoji or variation selector a post may add)
after the day or the place leaves the day inside the title: the readers that cut a title's day
(„Klimademo am 26.03.2026“) or a day before the title's place („… am 07.02. in Dresden“) take
a title that ends on them, and the place that ends a dated title („15.9.2023: Globaler
Klimastreik auf dem Postplatz!“) is read as the title's place. Only a title that ends on „am
<day>“ (maybe with a short place after it) or names a day and ends on its place loses its
closing mark — any other name keeps it, as the reader shows it.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import search_date_phrase

# „- sei dabei!“, „– seid alle dabei!“, „- macht mit!“, „– kommt vorbei!“: a call to come, after a
# spaced dash at the end of the heading.
_CALL = lazy_re.compile(
    r"\s+[–—-]\s+(?:(?:sei|seid)\s+(?:auch\s+|alle\s+|wieder\s+)?(?:mit\s+)?dabei|"
    r"mach(?:t)?\s+mit|komm(?:t)?\s+(?:vorbei|mit))\s*!+[\W_]*$",
    re.IGNORECASE,
)
# The marks that close the heading: „!“, „!!“, „‼“, an emoji (its variation selector, a joiner).
_CLOSING_MARKS = lazy_re.compile(r"\s*(?:[!‼\u200d\ufe0f]|[\U0001F300-\U0001FAFF])+$")
_SOURCE_NOTE = " (the cheer after the name cut)"
# „am 26.03.2026“ closing the name, or „am 07.02. in Dresden“: the day after „am“, maybe a short
# place phrase after it — a name that ends on them, not on words of its own („Wahlreform jetzt!“
# of a row whose day stood before it, „… in Pierce County April 27!“ in an English list).
_AM_BEFORE = lazy_re.compile(r"\bam\s+$", re.IGNORECASE)
_PLACE_AFTER = lazy_re.compile(
    r"^(?:\s+(?:in|im|auf\s+dem|auf\s+der|an\s+der|beim)\s+[^\d!?]{1,40})?$"
)


# „15.9.2023: Globaler Klimastreik auf dem Postplatz!“: a dated name that ends on its place.
_ENDS_ON_A_PLACE = lazy_re.compile(
    r"\s(?:auf\s+dem|auf\s+der|in\s+der|im)\s+[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?$"
)


def _ends_on_its_day(name: str) -> bool:
    """The name ends on „am <day>“ (maybe with a short place after it), or names a day and ends
    on its place."""
    day = search_date_phrase(name)
    if day is None:
        return False
    if _ENDS_ON_A_PLACE.search(name) is not None:
        return True
    return (
        _AM_BEFORE.search(name, 0, day.start()) is not None
        and _PLACE_AFTER.match(name[day.end() :]) is not None
    )


def without_the_cheer(reading: BlockReading) -> None:
    """The reading's title without a call to come after a dash, and — when the title names a
    day — without the exclamation marks that close it."""
    title = reading.title
    if title is None or ("!" not in title[-6:] and "‼" not in title[-6:]):
        return  # the cheap check: no exclamation mark near the end
    name = _CALL.sub("", title, count=1)
    if _ends_on_its_day(_CLOSING_MARKS.sub("", name)):
        name = _CLOSING_MARKS.sub("", name)
    if name == title or sum(ch.isalpha() for ch in name) < 3:
        return
    reading.title = name.rstrip()
    reading.sources["title"] = reading.sources.get("title", "listing:") + _SOURCE_NOTE
