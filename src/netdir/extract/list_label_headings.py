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
from netdir.extract.place_prepositions import PLACE_PREPOSITION

# „Aufführungstermine in der Gemeindehalle Kutzenhausen:“, „Termine:“, „Unsere Vorstellungen
# im Bürgerhaus:“: kind-of-list words (also as the end of a compound), an optional „in/im/auf
# PLACE“, and the colon that hands over to the list.
_LIST_LABEL = lazy_re.compile(
    r"^(?:(?:nächste|kommende|unsere|alle|die)\s+)?"
    r"(?P<kind>\w*(?:termine|aufführungen|vorstellungen|konzerte|auftritte|daten))"
    rf"(?:\s+(?:{PLACE_PREPOSITION}|in|am)\s+(?P<place>[^:]{{3,80}}?))?\s*:$",
    re.I,
)
# „Die nächsten Termine im BüzE“ (an h2 under the café's h1, over a list of bare days): a heading
# that announces the next dates labels the list below it without a colon — „nächsten“/„kommenden“
# says so as plainly as the colon does.
_NEXT_DATES_LABEL = lazy_re.compile(
    r"^(?:(?:die|unsere)\s+)?(?:nächsten|kommenden)\s+"
    r"(?P<kind>\w*(?:termine|aufführungen|vorstellungen|konzerte|auftritte|daten))"
    rf"(?:\s+(?:{PLACE_PREPOSITION}|in|am)\s+(?P<place>[^:]{{3,80}}?))?\s*:?$",
    re.I,
)


_LABEL_AND_ABOVE = 2  # the label and the heading above it


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


def named_above_the_label(headings_before: list[LexborNode]) -> NamedList | None:
    """When the nearest heading above a list (``headings_before[0]``) is a list label, the
    heading of a higher rank right above it names the list's items; None otherwise."""
    if len(headings_before) < _LABEL_AND_ABOVE:
        return None
    label, above = headings_before[0], headings_before[1]
    match = list_label(node_text(label))
    if match is None or _rank(above) >= _rank(label):
        return None
    name = node_text(above)
    if not name or list_label(name) is not None:
        return None
    place = match["place"].strip() if match["place"] else None
    return NamedList(name, place)


def _rank(heading: LexborNode) -> int:
    return HEADING_TAGS.index(heading.tag) if heading.tag in HEADING_TAGS else len(HEADING_TAGS)
