"""One dated line that names its event between dashes: „13.06.2026 - Einladung zum Familientag FC
Dreisbach - 13 Uhr auf dem Seeberg“ (a village's „Dorfkalender“, one filled row of a one-column
table; held-out German batch 161).

Under a generic page heading, the page's one timed date line is named by the plain line above it
(``sole_date_line``). A line that opens with its day and then, set off by dashes, a name and the
hour (the place after the hour, led by its preposition) names its event itself: the line above is
the page's lead („Ihr habt einen Termin für das Dorf? Schickt uns eine Mail …“), no name. The
invitation's lead („Einladung zum“) is the host's word, not part of the name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from netdir import lazy_re
from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.title_text import without_invitation_lead

_MIN_NAME_WORDS = 2  # „Familientag FC Dreisbach“; one word is a label („Termin“)
_NAME_CHARS = 120  # a name, not a sentence
# the day's dash, the name, the dash before the hour, the hour, and what follows it
_PARTS = lazy_re.compile(
    r"^\s*[-–—]\s+(?P<name>[^-–—]+?)\s+[-–—]\s+"
    r"(?P<clock>(?:ab\s+|um\s+)?\d{1,2}(?:[:.]\d{2})?\s*Uhr)\b\s*,?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# „auf dem Seeberg“, „im Bürgerhaus“: a place led by its preposition
_PLACE = lazy_re.compile(
    r"^(?:auf\s+de[mr]|in\s+de[mr]|im|an\s+de[mr]|am|beim|vor\s+de[mr])\s+(?P<place>\S.*)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DashJoinedDay:
    name: str
    place: str | None


def named_in_the_line(after_the_day: str) -> DashJoinedDay | None:
    """The name and place a date line states after its day („ - NAME - 13 Uhr auf dem Seeberg“,
    ``after_the_day`` the text after the date phrase); None when the line is not so joined."""
    match = _PARTS.match(after_the_day)
    if match is None:
        return None
    name = without_invitation_lead(match["name"].strip(" ,;:"))
    if len(name.split()) < _MIN_NAME_WORDS or len(name) > _NAME_CHARS:
        return None
    if DATE_LIKE.search(name) is not None or TIME_LIKE.search(name) is not None:
        return None
    place_match = _PLACE.match(match["rest"].strip(" .;"))
    place = place_match["place"].strip(" .,;") if place_match else None
    return DashJoinedDay(name, place or None)
