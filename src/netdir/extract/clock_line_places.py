"""The place that follows a clock on its own line: „7:00 pm Bowie State University Recital Hall“.

A card whose hour and venue sit in inline elements of one block (a clock icon and „7:00 pm“, a
pin icon and the venue) reads as one line. The clock opens the line, perhaps with its end
(„11:30 am – 1:00 pm“) and a separator; what is left is the place when it is short and states
no further date or hour.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.normalize.when_grammar import AM_PM

_SEPARATOR = lazy_re.compile(r"^\s*(?:[-–—|·•,@]|at\b|in\b)?\s*", re.IGNORECASE)
# „8:00 am“: the clock's meridiem (the clock pattern leaves „am“ out: „19 Uhr am Markt“); a German
# „18:00 am Rathaus“ loses only its preposition.
_MERIDIEM = lazy_re.compile(rf"^\s?{AM_PM}(?!\w)", re.IGNORECASE)
_RANGE = lazy_re.compile(r"^\s*(?:[-–—]|to\b|bis\b)\s*", re.IGNORECASE)
_MAX_WORDS = 10
# „threespot.“ is a studio's name; „Doors open at seven.“ a sentence.
_SENTENCE = lazy_re.compile(r"(?:\S+\s+){3,}\S*[.!?]$|:$")


def place_after_the_clock(line: str) -> str | None:
    """The rest of a line that opens with a clock (and perhaps its end), when it is a short name:
    no date, no further clock, no sentence."""
    clock = TIME_LIKE.match(line.lstrip())
    if clock is None:
        return None
    rest = _after_meridiem(line.lstrip()[clock.end() :])
    if (to := _RANGE.match(rest)) and (end := TIME_LIKE.match(rest[to.end() :])):
        rest = _after_meridiem(rest[to.end() + end.end() :])
    separator = _SEPARATOR.match(rest)
    rest = rest[separator.end() if separator else 0 :].strip()
    if not rest or len(rest.split()) > _MAX_WORDS or _SENTENCE.search(rest):
        return None
    if DATE_LIKE.search(rest) or TIME_LIKE.search(rest) or not any(c.isalpha() for c in rest):
        return None
    return rest


def _after_meridiem(text: str) -> str:
    meridiem = _MERIDIEM.match(text)
    return text[meridiem.end() :] if meridiem else text
