"""A short line that says where an item is and, right after, from when.

A club's list may describe an item in one short sentence that names its place with a
preposition and ends on the hour it starts: „Exkursion des NABU am Hammerwoog beim Hotel
Blechhammer ab 19:25“, „Vortrag im Gemeindehaus St. Martin um 19:30 Uhr.“ With no word of
starting or meeting around it, the hour that closes such a sentence right after the place is the
start, and the run of names after the preposition is where. Not opening hours or a deadline:
the clock must end the sentence („… ab 10 Uhr geöffnet“, „… um 12 Uhr bis 14 Uhr“ are not this),
and a day („am Samstag ab 19 Uhr“) is no place.
"""

from __future__ import annotations

from typing import NamedTuple

from netdir import lazy_re
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

_NAME = r"[A-ZÄÖÜ][\w'’.-]*"
_JOIN = r"(?:im|am|beim|bei\s+der|bei\s+dem|an\s+der|in\s+der|des|der|vom|von)"
# The place's run of names, then „ab“/„um“ and a clock that closes the sentence.
_WHERE_THEN_WHEN = lazy_re.compile(
    r"\b(?:am|im|beim|bei\s+der|bei\s+dem|an\s+der|in\s+der|auf\s+dem|auf\s+der|vor\s+dem)\s+"
    rf"(?P<place>{_NAME}(?:\s+(?:{_JOIN}\s+)?{_NAME}){{0,6}}?)"
    r"\s+(?:ab|um)\s+(?P<clock>\d{1,2}[:.]\d{2}(?:\s?Uhr)?|\d{1,2}\s?Uhr)(?![\w:.]\d)"
    r"\s*[.!]?\s*$"
)
# „am Samstag ab 19 Uhr“, „am Abend um 18 Uhr“: a day or part of one, not where.
_A_DAY_OR_PART = lazy_re.compile(
    rf"^(?:{GERMAN_WEEKDAY_ALT}|Wochenende|Abend|Morgen|Vormittag|Nachmittag|Mittag|Feiertag|Tag)\b"
)
# One sentence, not a paragraph: longer lines tell more than one thing.
_MAX_LINE = 160


class WhereThenWhen(NamedTuple):
    place: str
    clock: str


def where_then_when(line: str) -> WhereThenWhen | None:
    """The place and start hour of a short line „… am Hammerwoog beim Hotel Blechhammer ab
    19:25“, or None when the line is long, has more than one sentence before it, or does not end so."""
    line = line.strip()
    if not line or len(line) > _MAX_LINE:
        return None
    match = _WHERE_THEN_WHEN.search(line)
    if match is None or _A_DAY_OR_PART.match(match["place"]):
        return None
    if not _only_abbreviations(line[: match.start("clock")]):
        return None  # a sentence before: the line tells more than where and when
    return WhereThenWhen(match["place"], match["clock"])


_ABBREVIATION = lazy_re.compile(r"\b(?:St|Dr|Prof|Nr|Str|e\.V)\.")
_SENTENCE_POINT = lazy_re.compile(r"\.(?!\d)")


def _only_abbreviations(text: str) -> bool:
    """„Vortrag von Dr. Maier …“: the full stops before are abbreviations, not sentence ends
    (a point inside a number, „19.30“, is none either)."""
    plain = _ABBREVIATION.sub("", text)
    return not any(mark in plain for mark in "!?") and not _SENTENCE_POINT.search(plain)
