"""A date an artist offers for booking is no event.

A duo's concert calendar lists, between its concerts, a summer Sunday it still has free: the same
programme's name over „Deutschlandweit buchbar“, „Open Air · Saal · Matinee · Uhrzeit nach
Vereinbarung“ and a badge „Für Veranstalter buchbar“, with a button „Booking anfragen“. Nobody
plays anywhere that day: the row offers the date to organisers. A block is such a window when a
short line of its own says the date can be booked („… buchbar“, "available for booking") and the
block leaves the hour (or the whole date) to be agreed („nach Vereinbarung“, „auf Anfrage“, "by
arrangement", "on request"). Either alone is not enough: a course „auch als Inhouse-Schulung
buchbar“ on a fixed day is still held that day, and „Führungen nach Vereinbarung“ under a dated
exhibition does not undo its opening.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import css_matches, node_text

_BOOKABLE_LINE = lazy_re.compile(
    r"^(?:[\w.-]+\s+){0,3}(?:buchbar|available\s+for\s+booking|open\s+for\s+booking)[.!]?$", re.I
)
_TO_BE_AGREED = lazy_re.compile(
    r"\b(?:nach\s+(?:Vereinbarung|Absprache)|auf\s+Anfrage|by\s+arrangement|on\s+request)\b", re.I
)
_MAX_LINE = 40


def offered_for_booking(segment: list[LexborNode]) -> bool:
    """Whether the block is a date offered for booking (see the module's docstring)."""
    text = " ".join(node_text(node) or "" for node in segment)
    if not _TO_BE_AGREED.search(text):
        return False
    for node in segment:
        for element in [node, *css_matches(node, "*")]:
            line = node_text(element)
            if line and len(line) <= _MAX_LINE and _BOOKABLE_LINE.match(line):
                return True
    return False
