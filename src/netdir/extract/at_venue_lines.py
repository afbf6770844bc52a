"""A card's line that names its venue after „At“: „At Gather“, „At Levitt Pavilion Dayton“.

A city's jazz listing writes each card as the title „Jazz @ Gather“, the line „Thursday, May 16,
2024 from 7:30 PM to 9:30 PM“, the performers' tags and a line of its own „At Gather“ („At
Dorothy Lane Market“ under „Bobby D @ DLM Springboro“). The line that opens with „At“ and goes
on with a name — capitalised, short, no day or hour — says where the event is held: the place.
A card that names its venue so keeps the „@“ in its title: there the title is the listing's own
name for the night („Jazz @ Gather“), and its venue is the line below, not what the „@“ joins.
„At least ten players“, „At 7 pm“ or a sentence („At the end we will eat.“) name no venue.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.date_cues import TIME_LIKE, search_date_like

SOURCE = "listing:venue line „At …“"
_MAX_VENUE = 80
_MAX_WORDS = 9
# „At“ then a name that opens with a capital or a figure („At 1st Street Garage“), no colon
# („At a glance:“) and no sentence after it.
_AT_LINE = lazy_re.compile(r"^At\s+(?P<venue>[A-Z0-9][^:.!?]*(?:\.[^\s.][^:!?]*)*)$")


def venue_of_the_line(segment: list[LexborNode]) -> str | None:
    """The venue a line of its own names after „At“ („At Gather“ → „Gather“), else None."""
    for chunk in text_chunks(segment):
        line = " ".join(chunk.split())
        match = _AT_LINE.match(line)
        if match is None:
            continue
        venue = match["venue"].strip()
        if len(venue) > _MAX_VENUE or len(venue.split()) > _MAX_WORDS:
            continue
        if TIME_LIKE.search(venue) or search_date_like(venue):
            continue  # „At 7:30 PM“, „At May 16“: when, not where
        return venue
    return None


def place_of_the_venue_line(segment: list[LexborNode], reading: BlockReading) -> bool:
    """Place ``reading`` at the venue its „At …“ line names (when it has no place yet); whether
    the block has such a line (its title's „@“ then joins no venue)."""
    venue = venue_of_the_line(segment)
    if venue is None:
        return False
    if reading.location_text is None:
        reading.location_text = venue
        reading.sources["location_text"] = SOURCE
    return True
