"""A venue's name beside the location it stands in, kept under two keys of one event object.

A regional theatre listing's data file writes each event's hall and town apart: ``"venue":
"Teatro Lux", "location": "Pergine Valsugana"`` or ``"venue": "Teatro Zandonai, Corso Bettini,
Rovereto (Tn)", "location": "Rovereto"``. „location“ comes first among the place keys (most
answers keep the whole place there), so the hall was lost and every event of the town looked
alike. A reader writes the hall, then the town: „Teatro Lux, Pergine Valsugana“; a venue text
that already names the location stands alone, and a location that names the venue (an address
line starting with the hall) stays as it is. An empty venue leaves the location.
"""

from __future__ import annotations

from typing import Any

from netdir import lazy_re
from netdir.extract.json_place_text import place_text

_LOCATION_KEY = "location"
_VENUE_KEY = "venue"
_WORD = lazy_re.compile(r"\w+")
# A place of one word (a town alone) agrees with every hall in that town: two words at least.
_MIN_PLACE_WORDS = 2


def venue_at_location(place: str, place_key: str, node: dict[str, Any]) -> tuple[str, str] | None:
    """The place as the venue's name with the location ``place`` after it (or the venue alone
    when it names that location already), and its keys; None where ``place`` was not read from a
    text „location“ or no text „venue“ names another place beside it."""
    if place_key != _LOCATION_KEY or not isinstance(node.get(_VENUE_KEY), str):
        return None
    venue = place_text(node[_VENUE_KEY])
    if not venue or venue.casefold() in place.casefold():
        return None
    if place.casefold() in venue.casefold():
        return venue, _VENUE_KEY
    return f"{venue}, {place}", f"{_VENUE_KEY}+{_LOCATION_KEY}"


def places_agree(one: str, other: str) -> bool:
    """Whether the place texts ``one`` and ``other`` (casefolded) name one place: every word of
    the shorter (two words at least) stands in the longer — the same hall written by two
    sources („Sala della Comunità, Riva del Garda“ and „Sala della Comunità di Valle Alto Garda
    e Ledro, Riva del Garda“)."""
    shorter, longer = sorted((set(_WORD.findall(one)), set(_WORD.findall(other))), key=len)
    return len(shorter) >= _MIN_PLACE_WORDS and shorter <= longer
