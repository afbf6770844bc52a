"""The place the sentence that starts the event names after its clock.

An invitation gives its day in one sentence and where it starts in the next: „Am 13. April 2016
ist es wieder so weit! …“ then „Los geht es um 19:00 Uhr in Raum 123 des alten Hauptgebäudes
(S1|03) der TU Darmstadt (Hochschulstraße 1, 64289 Darmstadt).“ The words after the clock's
„in“ up to the sentence's end are where it happens. Read in the few lines after the day's line
only, for a sentence that starts something („Los geht es“, „Beginn ist“, „Wir starten“, „Start
ist“), so that a clock in a report („… trafen wir uns um 19 Uhr im Rathaus“) is not taken.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re

_LINES_AFTER = 3
_START_CLOCK_PLACE = lazy_re.compile(
    r"\b(?:los\s+geht(?:'s|\s+es)|beginn\s+ist|start\s+ist|wir\s+starten|wir\s+beginnen|"
    r"es\s+beginnt)\s+(?:(?:schon|bereits|pünktlich)\s+)?um\s+\d{1,2}(?:[:.]\d{2})?\s*uhr\s+"
    r"(?:in\s+(?:der|dem|den)\s+|im\s+|in\s+|auf\s+dem\s+|auf\s+der\s+)(?P<place>[^!?]{3,160})",
    re.I,
)
# the sentence's end: a full stop after a word or bracket (not inside „S1|03“ or an „e.V.“)
_SENTENCE_END = lazy_re.compile(r"(?<=[\w)\]])\.(?:\s|$)")


def place_after_the_start_clock(
    lines: list[tuple[str, LexborNode | None]], day_index: int
) -> str | None:
    """The place a starting sentence names after its clock, in the lines after the day's."""
    for text, _block in lines[day_index : day_index + 1 + _LINES_AFTER]:
        match = _START_CLOCK_PLACE.search(text)
        if match is None:
            continue
        place = match["place"]
        end = _SENTENCE_END.search(place)
        place = (place[: end.start()] if end is not None else place).strip(" ,;:")
        return place or None
    return None
