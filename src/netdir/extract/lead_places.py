"""The place a list states once, in its lead, for every row below it.

A user group's page says above its list of days „Von daher finden unsere Treffen ab Januar 2020
im Library Lab der Stadtbibliothek Düsseldorf hinter dem Hauptbahnhof (Bertha-von-Suttner-Platz)
statt.“ and each row names only the day. A reader takes that venue for every meeting. When no row
of a list has a place and a short paragraph just before it says where things take place („… finden
… im/in der <venue> statt“), each row without a place takes that venue; its provenance says so.
The venue must name one (a venue word, a street with its number): „finden in der Regel statt“
names none. An address in brackets after it is part of it („Sie finden im Café Netzwerk
(Luisenstr. 11, 80333 München) statt.“).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir.extract.lead_times import lead_texts
from netdir.extract.place_lines import is_address, names_a_venue_word
from netdir.records import RawRecord

# The last „im/in der …“ before „statt“ in a sentence with „findet/finden“ (the nearest to the
# verb's end is where; „finden ab Januar im …“ may name a time first).
_TAKES_PLACE = re.compile(
    r"\bfinde[nt]\b[^.!?]*\s(?:im|in\s+der|in\s+dem|in\s+den|auf\s+dem|auf\s+der)\s+"
    r"(?P<place>[A-ZÄÖÜ][^.!?;()]{2,100}?)\s*(?:\((?P<bracket>[^()]*)\)\s*)?statt\b"
)
# „… Stadtbibliothek Düsseldorf hinter dem Hauptbahnhof“: the way there follows the venue.
_DIRECTIONS = re.compile(
    r"\s+(?:hinter|neben|gegenüber|nahe|unweit|direkt|oberhalb|unterhalb)\s.*$"
)
_SPACE_BEFORE_COMMA = re.compile(r"\s+,")
_SIBLINGS = 6  # the lead may sit a few paragraphs above the list („Wo treffen wir uns?“)
_LEAD_CHARS = 800  # a welcome paragraph that also says how to get there
#: Provenance of a place the list's lead states.
FROM_LEAD = "listing: lead paragraph (where the list's events take place)"


def places_from_the_lead(group: list[RawRecord], first: LexborNode) -> None:
    """Each row of ``group`` (``first`` its first row's node) takes the venue the list's lead
    names, when no row has a place of its own."""
    if not group or any(r.location_text for r in group):
        return
    place = _lead_place(first)
    if place is None:
        return
    for record in group:
        record.location_text = place
        record.field_sources["location_text"] = FROM_LEAD


def _lead_place(first: LexborNode) -> str | None:
    for text in lead_texts(first, _SIBLINGS, _LEAD_CHARS):
        for match in _TAKES_PLACE.finditer(text):
            place = _DIRECTIONS.sub("", " ".join(match["place"].split())).strip(" ,")
            if not (names_a_venue_word(place) or is_address(place)):
                continue
            # „im Café Netzwerk (Luisenstr. 11, 80333 München) statt“: its address in brackets
            address = _SPACE_BEFORE_COMMA.sub(",", " ".join((match["bracket"] or "").split()))
            return f"{place}, {address}" if address and is_address(address) else place
    return None
