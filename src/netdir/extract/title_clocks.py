"""English hours written into a meeting's name.

Boards name their meetings with the hour they begin: „Regular Board Meeting (7 pm)“,
„Committee of the Whole Meeting (6 pm)“, „Special Meeting 5:30 p.m.“, „Regular Meeting 7 p.m.
(Executive Session 6:30 p.m.)“, „Work Session 6 p.m. and Regular Meeting 7 p.m.“. The first hour
starts the meeting (the row's day states none); the name is what is left: a bracket that holds an
hour goes whole („(7 pm, immediately following Public Hearing)“ is a note on the hour), a bare
hour goes alone („Work Session and Regular Meeting“). Only hours that say „am“ or „pm“ count: a
bare „7“ in a name is a number („Division 7 Meeting“).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE
from netdir.normalize.when_grammar import AM_PM_CLOCK

_CLOCK = rf"{AM_PM_CLOCK}(?![\w.])"
# The first hour, with the end of its span („10 a.m. - 11 a.m.“) when it has one.
_FIRST_CLOCK = lazy_re.compile(rf"(?<![\w:.]){_CLOCK}(?:\s*(?:-|–|—|to)\s*{_CLOCK})?", re.I)
# A bracket with an hour in it, with the space before it.
_CLOCK_BRACKET = lazy_re.compile(rf"\s*\([^()]*?(?<![\w:.]){_CLOCK}[^()]*\)", re.I)
# An hour standing bare in the name, with a comma, dash or „at“ that leads it.
_BARE_CLOCK = lazy_re.compile(rf"\s*(?:[,–—-]\s*|\bat\s+)?(?<![\w:.]){_CLOCK}", re.I)
# „7pm (19:00Uhr) Onlinecall“: the same hour in the 24-hour clock, bracketed after it.
_CLOCK_RESTATED = lazy_re.compile(r"\s*\(\s*\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h)?\s*\)", re.I)
_MIN_NAME_LETTERS = 3


def name_and_clock(title: str) -> tuple[str, str] | None:
    """``(name, first hour)`` when ``title`` names its meeting with an am/pm hour (the hour
    with its span's end, when it has one)."""
    first = _FIRST_CLOCK.search(title)
    if first is None:
        return None
    name = _BARE_CLOCK.sub("", _CLOCK_BRACKET.sub("", title))
    name = _CLOCK_RESTATED.sub("", name)
    name = " ".join(name.split()).strip(" ,;:–—-")
    if sum(ch.isalpha() for ch in name) < _MIN_NAME_LETTERS:
        return None
    return name, first.group(0)


def time_from_the_name(reading: BlockReading) -> None:
    """The title holds the hour the meeting begins and the day is untimed: the hour times the
    day, the name goes without it. (A timed day leaves the title as it is.)"""
    if reading.title is None or reading.date_text is None or TIME_LIKE.search(reading.date_text):
        return
    found = name_and_clock(reading.title)
    if found is None:
        return
    name, clock = found
    reading.title = name
    reading.date_text = f"{reading.date_text}, {clock}"
    reading.sources["date_text"] = reading.sources.get("date_text", "listing:") + " + time:name's"
