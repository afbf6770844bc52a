"""The place a sentence names right after the clock it starts at.

A Schützenverein's cards say when and where in one breath: „… findet in geselliger Runde ab
18:30 Uhr beim Alten Wirt statt.“, „Ab 18:30 Uhr beim Alten Wirt in Pfraundorf.“, „Beginn ab 19
Uhr im Happinger Festzelt.“ The run of capitalised words after the clock's „im“/„beim“/„am“/„in
der“ (with the town „in …“ that ends the sentence) is where the event is, when the sentence
ends there or goes on with „statt“; „ab 18 Uhr im Anschluss …“, „um 19 Uhr im Mai“ name a frame
or a time, no place (``NOT_A_PLACE_WORD``).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_places import NOT_A_PLACE_WORD

_NAME = r"[A-ZÄÖÜ][\w'’-]*"
_MEETING = lazy_re.compile(r"\btreff|\babfahrt\b", re.I)
_CLOCK_THEN_PLACE = lazy_re.compile(
    r"\b(?:[Uu]m|[Aa]b)\s+\d{1,2}(?:[:.]\d{2})?\s?Uhr\s+"
    r"(?:im|beim|am|in\s+der|in\s+dem|auf\s+dem|an\s+der)\s+"
    rf"(?P<place>{_NAME}(?:\s+{_NAME}){{0,3}}(?:\s+in\s+{_NAME})?)"
    r"\s*(?:statt\b|[.!;]|$)"
)


def place_after_the_clock(lines: list[str]) -> str | None:
    """The place right after the start clock of a line's sentence (see the module), or None."""
    for line in lines:
        for match in _CLOCK_THEN_PLACE.finditer(line):
            place = match["place"]
            if _MEETING.search(line[: match.start()]):
                continue  # „Treffpunkt um 9:30 Uhr auf dem Dürerplatz“: the meeting readers'
            if not NOT_A_PLACE_WORD.match(place):
                return place
    return None
