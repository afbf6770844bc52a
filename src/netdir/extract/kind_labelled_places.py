"""A what's-on line that opens with the entry's kind, then its venue and hours.

A venue's listing writes below each entry's day „Event:Concert Hall, doors open at 6.30pm, show
commences at 7.30pm“, „Event:The Great Hall, 10am-5pm (Last admission 4:30pm)“ or
„Exhibition:Great Hall and Basement Galleries“: the label names what kind of entry it is, the
first comma parts are where it is, the rest its hours. The start is the hour the show (not the
doors) begins at; a run's opening hours or a door time start nothing.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.place_lines import names_a_place

_KIND_LABEL = lazy_re.compile(
    r"^(?:event|exhibition|conference|performance|concert|talk|lecture|tour|workshop|screening|"
    r"festival)\s*:\s*(?P<rest>\S.*)$",
    re.I,
)
# A part after the venue that gives hours or how often: „doors open at 4pm“, „10am-5pm“,
# „Every thursday at 2pm“, „show commences at 7.30pm“, „daily“.
_HOURS_PART = lazy_re.compile(
    r"\d|^(?:doors?|every|daily|weekly|open|opens|from|until|till|last|starts?|begins?)\b",
    re.I,
)
# „Great Hall and Basement Galleries“, „St George's Hall Dickens' Gallery“: a short name ending
# in a room or building of a venue (the general venue words of ``names_a_place`` stop at four
# words a part).
_VENUE_END = lazy_re.compile(
    r"\b(?:hall|halls|gallery|galleries|centre|center|room|rooms|theatre|theater|church|"
    r"chapel|library|museum|studio|lounge|auditorium|basement|garden|gardens)\W*$",
    re.I,
)
_MAX_PLACE_WORDS = 7
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)"
_SHOW_START = lazy_re.compile(
    r"\b(?:show|performance|concert|event|talk|lecture|film|screening|music)\s+"
    rf"(?:commences|starts|begins|start|begin)\s+(?:at\s+)?(?P<clock>{_CLOCK})",
    re.I,
)


def kind_labelled_place(line: str) -> tuple[str, str | None] | None:
    """The venue of such a line and the show's start hour (None without one); None for a
    line without a kind label or whose first part names no venue („Event:Behind the scenes“)."""
    match = _KIND_LABEL.match(line.strip())
    if match is None:
        return None
    rest = match["rest"]
    parts = [part.strip() for part in rest.split(",")]
    place_parts: list[str] = []
    for part in parts:
        if not part or _HOURS_PART.search(part):
            break
        place_parts.append(part)
    if not place_parts or not any(_is_venue(part) for part in place_parts):
        return None
    start = _SHOW_START.search(rest)
    return ", ".join(place_parts), start["clock"] if start else None


def _is_venue(part: str) -> bool:
    words = part.split()
    if not words or not words[0][:1].isupper():
        return False
    return names_a_place(part) or (len(words) <= _MAX_PLACE_WORDS and bool(_VENUE_END.search(part)))
