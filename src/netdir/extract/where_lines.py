"""A line above a list that only says where: „im Gemeinschaftshaus Pleißaer Str. 13c, 09212
Limbach-Oberfrohna“.

A fellowship's schedule page states its house once, under the back link and above the tables of
meetings, as a bare prepositional phrase — no „findet … statt“ around it. Each table's rows name
day, hour and leader but no place; a reader takes that house for every one of them. The line must
be short, open with „im“ / „in der“ / „auf dem“, and name a venue with its address (a venue word
alone, „im Gemeindehaus“, may be one of several houses; an address alone is a street's).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.place_lines import is_address, names_a_venue_word
from netdir.extract.place_prepositions import PLACE_PREPOSITION

_WHERE = lazy_re.compile(
    rf"^{PLACE_PREPOSITION}\s+(?P<place>[A-ZÄÖÜ][^.!?;]*(?:\.[^.!?;]+)*)$",
    re.I,
)
_MAX_CHARS = 120
# „wir treffen uns“, „finden … statt“: a lowercase word longer than an article is a sentence's.
_PROSE_WORD = lazy_re.compile(r"(?<![\w-])[a-zäöüß]{4,}\b")


def venue_of_a_where_line(text: str) -> str | None:
    """The venue and address a bare „im <venue> <address>“ line names; None for any other text."""
    line = " ".join(text.split()).rstrip(" .:")
    if len(line) > _MAX_CHARS or (match := _WHERE.match(line)) is None:
        return None
    place = match["place"]
    if _PROSE_WORD.search(place):
        return None
    return place if names_a_venue_word(place) and is_address(place) else None
