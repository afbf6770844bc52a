"""The place an English lead names for every event of the list below it.

A hiking club's schedule says above its table „Meeting place for all hikes will be Prince George
City Hall parking area, unless arranged otherwise.“ and each row names only the destination; a
reader meets at City Hall for each hike. The lead is one of a few paragraphs above the list (or a
few wrappers up); the sentence is read by extract.all_meetings, which says what counts.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.all_meetings import place_for_all
from netdir.extract.lead_times import lead_texts

_SIBLINGS = 6
_LEVELS = 6  # a builder's view block sits a few wrappers below the page's text
_CHARS = 800
#: Provenance of the place the list's lead names for all its events.
SOURCE = "listing: lead sentence (the place of all the list's events)"


def lead_place_for_all(first: LexborNode) -> str | None:
    """The place a lead above the list (``first`` its first row's node) names for all its rows."""
    for text in lead_texts(first, _SIBLINGS, _CHARS, _LEVELS):
        if (place := place_for_all(text)) is not None:
            return place
    return None
