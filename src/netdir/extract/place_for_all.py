"""The place an English lead names for every event of the list below it.

A hiking club's schedule says above its table „Meeting place for all hikes will be Prince George
City Hall parking area, unless arranged otherwise.“ and each row names only the destination; a
reader meets at City Hall for each hike. Likewise „All meetings are held in the Council Chambers
…“ or „Meetings take place at the Community Hall“; „All meetings will be held on Wednesday
evenings in Council Chambers of the Municipal Building, 1 Main Street, …, at 6:00 p.m.“: the
hour after the place ends it. Only sentences that say so of all the list's events (or of its
meetings in general) count, and only when the words name a venue (a venue word,
a street with its number): „Meetings are held in the evening“ names none. What follows „unless …“
is the exception, not the place. The sentence may say whose meetings they are, that they are
open to the public and on which day and hour („All meetings of the Library Board of Trustees are
open to the public and held on the third Wednesday of each month at 7 p.m. at the Warrenville
Public Library, …“) before it names the place.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.lead_times import lead_texts
from netdir.extract.place_lines import is_address, names_a_venue_word

_PLACE = r"(?:the\s+)?(?P<place>[A-Z][^.;!?()]{2,100}?)"
_END = (
    r"\s*(?:,?\s*(?:unless|except)\b[^.!?]*)?(?:[.!?](?:\s|$)|$"
    # „… in Council Chambers of the Municipal Building, 1 Main Street, at 6:00 p.m., and …“:
    # the hour after the place ends it.
    r"|,?\s+at\s+\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b)"
)
# „… of the Library Board of Trustees are open to the public and held on the third Wednesday of
# each month at 7 p.m. at …“: whose meetings, that they are public, and when, before the place.
_WHOSE = r"(?:of\s+the\s+[^.;:!?]{1,60}?\s+)?"
_PUBLIC = r"(?:open\s+to\s+the\s+public\s+and\s+)?"
_WHEN = r"(?:\s+on\s+[^.;:!?]{1,80}?)?(?:\s+at\s+\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?)?"
_FOR_ALL = lazy_re.compile(
    # „Meeting place for all hikes will be …“, „The meeting point for all walks is …“
    r"\b(?:meeting|starting|departure)\s+(?:place|point|location)\s+for\s+all\s+(?:\w+\s+){1,3}"
    rf"(?:will\s+be|is)\s+(?:at\s+|in\s+)?{_PLACE}{_END}"
    # „All meetings are held in …“, „All our events take place at …“
    r"|\ball\s+(?:of\s+)?(?:our\s+|the\s+)?(?:\w+\s+)?(?:meetings|events|sessions|hikes|walks|"
    r"classes|workshops)\s+"
    rf"{_WHOSE}(?:are|will\s+be|to\s+be)\s+{_PUBLIC}(?:held|hosted){_WHEN}\s+(?:at|in)\s+"
    rf"{_PLACE.replace('place', 'place2')}{_END}"
    # „Meetings take place at …“, „Regular meetings are held in …“
    r"|^(?:\w+\s+)?(?:meetings|sessions)\s+(?:take\s+place|are\s+held)\s+(?:at|in)\s+"
    rf"{_PLACE.replace('place', 'place3')}{_END}",
    re.I | re.M,
)
_SIBLINGS = 6
_LEVELS = 6  # a builder's view block sits a few wrappers below the page's text
_CHARS = 800
#: Provenance of the place the list's lead names for all its events.
SOURCE = "listing: lead sentence (the place of all the list's events)"


def place_for_all(text: str) -> str | None:
    """The venue ``text`` names for all events („Meeting place for all hikes will be …“)."""
    for match in _FOR_ALL.finditer(text):
        place = next(value for value in match.groups() if value)
        place = " ".join(place.split()).strip(" ,")
        if names_a_venue_word(place) or is_address(place):
            return place
    return None


def lead_place_for_all(first: LexborNode) -> str | None:
    """The place a lead above the list (``first`` its first row's node) names for all its rows."""
    for text in lead_texts(first, _SIBLINGS, _CHARS, _LEVELS):
        if (place := place_for_all(text)) is not None:
            return place
    return None
