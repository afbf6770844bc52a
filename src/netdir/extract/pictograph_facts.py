"""A card's line of facts marked by pictographs: „🕘 16:00 Uhr · 📍 Dorfplatz Adnet“.

A club's event card gives its day in a badge („01“ / „Mai“) and, under the name, one line whose
parts stand apart by „·“, each opened by a pictograph that says what it is: a clock face before
the hours, a pin before the place. Read as text the pictographs hid the hours (the line did not
open with them) and the rest of the line looked like a name. The clock part is the card's time,
the part after a pin (or a part that reads as a venue or an address) its place.

A programme card may give all its facts on one line of spans, the day among them: „📅 Sa., 01.
August 2026 🕗 20:00 Uhr 📍 Marktplatz Witzenhausen“. The day is read from its own span; the one
fact opened by a pictograph that is a clock and no day is the hours beside it.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.label_marks import PICTOGRAPHS
from netdir.extract.meta_line import line_parts
from netdir.extract.place_lines import names_a_place

# Emoji and other pictographs (clock faces, pins, calendars, houses) and their modifiers.
_PICTOGRAPH = lazy_re.compile(f"[{PICTOGRAPHS}]+")
# 📍 round pushpin, 📌 pushpin, 🏠 house, 🏛 classical building, 🗺 map: what follows says where.
_PLACE_MARK = lazy_re.compile("^\\s*[\U0001f4cd\U0001f4cc\U0001f3e0\U0001f3db\U0001f5fa]")
# „⏰ 8:30am–10am 📍 Cathcart United Free Church“: two facts side by side without a separator,
# each opened by its pictograph.
_BEFORE_PICTOGRAPH = lazy_re.compile(f"\\s+(?=[{PICTOGRAPHS}])")
_MAX_LINE = 100
_MAX_PART = 60
_MIN_PARTS = 2  # the hours and at least one more fact
_MAX_CLOCK_FACT = 30  # „🕕 18:00–20:00 Uhr“, not a sentence with a clock in it
_MAX_FACTS_LINE = 160  # a line of three or four facts, a long venue with its town among them


def has_pictographs(text: str) -> bool:
    return _PICTOGRAPH.search(text) is not None


def without_pictographs(text: str) -> str:
    return " ".join(_PICTOGRAPH.sub(" ", text).split())


def hours_and_place(line: str) -> tuple[str, str | None] | None:
    """``(hours, place)`` of a pictograph-marked line of facts without a day; None for any
    other line (no pictograph, a day in it, not exactly one part with hours)."""
    if len(line) > _MAX_LINE or not has_pictographs(line) or DATE_LIKE.search(line):
        return None
    # A pictograph standing alone says nothing („21:00 🍻“, the last line of a programme: the
    # clock and a decoration, not the hours and another fact).
    parts = [
        fact.strip()
        for part in line_parts(line)
        for fact in _BEFORE_PICTOGRAPH.split(part)
        if without_pictographs(fact)
    ]
    timed = [part for part in parts if TIME_LIKE.search(part)]
    if len(parts) < _MIN_PARTS or len(timed) != 1:
        return None
    place = None
    for part in parts:
        if part is timed[0] or len(part) > _MAX_PART:
            continue
        plain = without_pictographs(part)
        if plain and (_PLACE_MARK.match(part) or names_a_place(plain)):
            place = plain
            break
    return without_pictographs(timed[0]), place


def clock_fact(line: str) -> str | None:
    """The hours in a line of facts that each open with a pictograph and hold the day too
    („📅 Sa., 01. August 2026 🕗 20:00 Uhr 📍 Marktplatz Witzenhausen“): the one fact with a
    clock and no day, without its pictograph; None for any other line."""
    if len(line) > _MAX_FACTS_LINE or len(_PICTOGRAPH.findall(line)) < _MIN_PARTS:
        return None
    parts = [part.strip() for part in _BEFORE_PICTOGRAPH.split(line) if without_pictographs(part)]
    if len(parts) < _MIN_PARTS or not all(_PICTOGRAPH.match(part) for part in parts):
        return None  # („Konzert 🎵 20:00 Uhr“: a name before the first pictograph)
    timed = [part for part in parts if TIME_LIKE.search(part) and not DATE_LIKE.search(part)]
    if len(timed) != 1 or len(timed[0]) > _MAX_CLOCK_FACT:
        return None
    return without_pictographs(timed[0])


def pin_marked_place(text: str) -> str | None:
    """„📍 Cathcart Church of Scotland“: an element's text opened by a place pictograph (and
    holding no day, no clock) is the place; None for any other text."""
    if not _PLACE_MARK.match(text) or len(text) > _MAX_PART + 2:
        return None
    if len(_PICTOGRAPH.findall(text)) > 1:
        return None  # „🏛️ Neueröffnung Museum 🎊 3-tägige Eröffnungsfeier“: a box of two facts
    if DATE_LIKE.search(text) or TIME_LIKE.search(text):
        return None
    return without_pictographs(text) or None
