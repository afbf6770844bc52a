"""One event under a generic page heading, named by the line above its one timed date line.

A small site's "Termine" page may hold a single event written as plain text: "<h1>Termine</h1>
… <p>Vernetzungs- und Aktionstag der Initiative …</p><ul><li>am 18.04. ab 16:00-18:00 Uhr</li>
<li>auf dem Kulturhof Kalk, …</li></ul>". No heading names it and the date is in no list of
several, so neither the listing reader nor the heading-led event reader finds it. When the
page's only heading is generic, exactly one line names a day with a time and opens with that
day, and every other dated line is a bare date (the post's own day, "April 12, 2026"), the short
plain line right above the date line names the event; the line right below it is its place
when it names one ("auf dem Kulturhof Kalk, Dillenburger Str. 65, 51105 Köln (OSM link)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, names_a_day
from netdir.extract.dash_joined_day_line import named_in_the_line
from netdir.extract.date_cues import DATE_LIKE, DATE_PHRASE, TIME_LIKE
from netdir.extract.place_lines import names_a_place

_LEAD = 25  # "am 18.04. ab 16 Uhr": the line opens with its day (prose mentions one later)
_NAME_CHARS = 120  # a name line, not a paragraph
_NAME_WORDS = 2  # "Sommerfest 2026" at least; one word is a label ("Termin")
_BARE_EXTRA = 3  # a bare date line holds its date and at most a stray mark or two


@dataclass(frozen=True, slots=True)
class SoleEvent:
    name: str
    name_index: int
    date_text: str
    date_index: int
    place: str | None = None


def sole_dated_line(lines: list[tuple[str, LexborNode | None]]) -> SoleEvent | None:
    """The event a page states in one timed date line under the plain line that names it
    (``lines`` as ``block_text.text_lines`` gives them, furniture removed)."""
    timed: list[int] = []
    for index, (text, _block) in enumerate(lines):
        match = DATE_PHRASE.search(text)
        if match is None or not names_a_day(match.group(0)):
            continue
        if len(text) - len(match.group(0)) <= _BARE_EXTRA and not TIME_LIKE.search(text):
            continue  # a bare date: the post's day
        if not TIME_LIKE.search(text) or match.start() > _LEAD:
            return None  # a day in prose or without a time: not this page's one event line
        timed.append(index)
    if len(timed) != 1:
        return None
    index = timed[0]
    text = lines[index][0]
    match = DATE_PHRASE.search(text)
    inline = named_in_the_line(text[match.end() :]) if match is not None else None
    if inline is not None:
        # „13.06.2026 - Einladung zum Familientag FC Dreisbach - 13 Uhr auf dem Seeberg“: the line
        # names its event itself (``dash_joined_day_line``)
        return SoleEvent(inline.name, index, text, index, inline.place)
    if index == 0:
        return None
    name, block = lines[index - 1]
    if not _names_the_event(name, block):
        return None
    below = lines[index + 1][0] if index + 1 < len(lines) else ""
    return SoleEvent(_programme_of(name), index - 1, lines[index][0], index, _place(below))


# „Programm zur Festveranstaltung „25 Jahre GCG““, „Programm des Sommerfests“: a programme's line
# names the event it is the programme of.
_PROGRAMME_OF = lazy_re.compile(
    r"^(?:das\s+)?programm\s+(?:zur|zum|zu|des|der|für\s+(?:die|den|das))\s+(?P<name>\S.+)$", re.I
)


def _programme_of(name: str) -> str:
    """The event a programme's line names („Programm zur Festveranstaltung …“ → „Festveranstaltung
    …“); the line itself otherwise."""
    match = _PROGRAMME_OF.match(name)
    return match["name"] if match else name


# "auf dem Kulturhof Kalk, …": the preposition before a place; "( https://… )": a map link.
_PLACE_PREPOSITION = lazy_re.compile(
    r"^(?:auf\s+de[mr]|in\s+de[mr]|im|an\s+de[mr]|am|beim|bei|at|in\s+the|in)\s+", re.I
)
_LINK_IN_BRACKETS = lazy_re.compile(r"\s*\(\s*https?://\S+\s*\)")


def _place(line: str) -> str | None:
    place = _PLACE_PREPOSITION.sub("", _LINK_IN_BRACKETS.sub("", line)).strip(" ,;")
    return place if place and names_a_place(place) else None


def _names_the_event(text: str, block: LexborNode | None) -> bool:
    if block is None or block.tag in HEADING_TAGS or block.tag in ("header", "time"):
        return False
    if len(text) > _NAME_CHARS or len(text.split()) < _NAME_WORDS or text.endswith((":", ",")):
        return False
    return DATE_LIKE.search(text) is None and TIME_LIKE.search(text) is None
