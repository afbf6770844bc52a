"""A heading that only labels the list below it names no item; the heading above it does.

A club's page about its musical::

    <h2>„Leben im All – Eine rockige Reise durch die Galaxie“ von Gerhard A. Meyer</h2>
    <h3>Aufführungstermine in der Gemeindehalle Kutzenhausen:</h3>
    <ul><li>Samstag, 05.11.2016, 19.00 Uhr</li> …</ul>

The rows say only when; the h3 right above them says what kind of list follows („Termine“,
„Aufführungstermine“, „Vorstellungen“ … and a colon) and where („in der Gemeindehalle …“), so
the piece's name is the heading of a higher rank above that label, and the label's place is each
row's place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.place_prepositions import PLACE_OR_AM_PREPOSITION

# „Aufführungstermine in der Gemeindehalle Kutzenhausen:“, „Termine:“, „Unsere Vorstellungen
# im Bürgerhaus:“: kind-of-list words (also as the end of a compound), an optional „in/im/auf
# PLACE“, and the colon that hands over to the list.
_LIST_LABEL = lazy_re.compile(
    r"^(?:(?:nächste|kommende|unsere|alle|die)\s+)?"
    r"(?P<kind>\w*(?:termine|aufführungen|vorstellungen|konzerte|auftritte|daten))"
    rf"(?:\s+(?:{PLACE_OR_AM_PREPOSITION}|in)\s+(?P<place>[^:]{{3,80}}?))?\s*:$",
    re.I,
)
# „Die nächsten Termine im BüzE“ (an h2 under the café's h1, over a list of bare days): a heading
# that announces the next dates labels the list below it without a colon — „nächsten“/„kommenden“
# says so as plainly as the colon does.
_NEXT_DATES_LABEL = lazy_re.compile(
    r"^(?:(?:die|unsere)\s+)?(?:nächsten|kommenden)\s+"
    r"(?P<kind>\w*(?:termine|aufführungen|vorstellungen|konzerte|auftritte|daten))"
    rf"(?:\s+(?:{PLACE_OR_AM_PREPOSITION}|in)\s+(?P<place>[^:]{{3,80}}?))?\s*:?$",
    re.I,
)


_LABEL_AND_ABOVE = 2  # the label and the heading above it
_HEADINGS_UP = 4  # the label, a sibling section's heading or two, the page's heading
_WORD = lazy_re.compile(r"\w+")
_SHORT_WORD = 3  # „im“, „der“, „am“
# „Pfingstsamstag“, „Ostermontag“, „Karfreitag“, „Heiligabend“: a holiday or a weekday of one;
# „Raum steht noch nicht fest“, „Ort noch offen“, „Raum wird noch bekannt gegeben“.
_DAY_REMARK = lazy_re.compile(
    r"(?:\w+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    r"|karfreitag|heiligabend|silvester|feiertag|brückentag)"
    r"|(?:der\s+|die\s+)?(?:raum|ort|saal|treffpunkt)\s+(?:steht\s+)?noch\s+"
    r"(?:nicht\s+fest|offen|unklar|(?:nicht\s+)?bekannt(?:\s?gegeben)?)"
    r"|(?:der\s+|die\s+)?(?:raum|ort|saal|treffpunkt)\s+wird\s+noch\s+"
    r"(?:bekannt\s?gegeben|mitgeteilt)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class NamedList:
    name: str  # the heading above the label
    place: str | None  # the place the label names („Gemeindehalle Kutzenhausen“)


def list_label(text: str | None) -> re.Match[str] | None:
    """The match when ``text`` is a heading that only labels the list below it."""
    if not text:
        return None
    text = " ".join(text.split())
    return _LIST_LABEL.match(text) or _NEXT_DATES_LABEL.match(text)


def is_day_remark(text: str | None) -> bool:
    """A row's words after its day that only remark on that day — its holiday name
    („Pfingstsamstag“, „Ostermontag“) or that its room is not fixed yet („Raum steht noch nicht
    fest“) — under a list's label („Die nächsten Termine im BüzE“): the row is still the named
    offering's day, not an offering of that name."""
    if not text:
        return False
    return _DAY_REMARK.fullmatch(" ".join(text.split()).strip(" .!()")) is not None


def named_above_the_label(headings_before: list[LexborNode]) -> NamedList | None:
    """When the nearest heading above a list (``headings_before[0]``) is a list label, the
    heading of a higher rank right above it names the list's items; None otherwise."""
    if len(headings_before) < _LABEL_AND_ABOVE:
        return None
    label = headings_before[0]
    match = list_label(node_text(label))
    if match is None:
        return None
    above = _heading_above(label, match, headings_before[1:_HEADINGS_UP])
    if above is None:
        return None
    name = node_text(above)
    if not name or list_label(name) is not None:
        return None
    place = match["place"].strip() if match["place"] else None
    return NamedList(name, place)


def _heading_above(
    label: LexborNode, match: re.Match[str], above: list[LexborNode]
) -> LexborNode | None:
    """The heading of a higher rank that names the label's list: the one right above the label;
    past headings of the label's own rank only when the label names its subject and that heading
    names it too — „<h1>Repair Café Köln-Widdersdorf</h1><h2>Widder-janz</h2>…<h2>Die nächsten
    Termine im Repair Café Widdersdorf</h2>“ (the h2 between is a section of its own)."""
    if not above:
        return None
    if _rank(above[0]) < _rank(label):
        return above[0]
    subject = _words(match["place"] or "")
    for heading in above[1:]:
        if _rank(heading) < _rank(label):
            return heading if subject & _words(node_text(heading) or "") else None
    return None


def _words(text: str) -> set[str]:
    """The longer words of ``text``, case folded (the subject's name, not its articles)."""
    return {w.casefold() for w in _WORD.findall(text) if len(w) > _SHORT_WORD}


def _rank(heading: LexborNode) -> int:
    return HEADING_TAGS.index(heading.tag) if heading.tag in HEADING_TAGS else len(HEADING_TAGS)
