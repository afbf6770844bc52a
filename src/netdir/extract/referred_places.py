"""A place field that sends the reader to the description, and the place the description names.

A calendar script that knows an event has a place but not its name writes a pointer where the
place goes: the Cologne festival calendar's LOCATION „Siehe Beschreibung“ („see the
description“; also „s. Beschreibung“, „siehe unten“, „see description“, „see below“). That is no
venue. The description it points to names the place in a sentence, not under a label:

- „Die Stattgarde Colonia Ahoj lädt zum Sommerfest in den Kölner Rugby Park ein!“ — whoever
  invites (einladen) „in den/ins/auf den … ein“ invites to where the event is;
- „Vom 28. bis 30. August 2026 wird der Parkplatz an der Kirche in Wahn zum Treffpunkt für das
  ganze Veedel“ — the site that „wird zum …“ (turns into the meeting point, the festival mile)
  when it names a venue („Parkplatz“, „Kirche“).

A labelled place („Ort: …“) or „findet … im … statt“ is read first (``description_place``). A
time after the preposition („lädt zum Tanz in den Mai ein“) is no place.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.block_places import NOT_A_PLACE_WORD
from netdir.extract.description_place import place_in_description
from netdir.extract.place_lines import names_a_venue_or_address

# „Siehe Beschreibung“, „s. Beschreibung“, „siehe unten“, „see description“, „see below“
_REFERS = lazy_re.compile(
    r"^\s*(?:siehe|s\.|vgl\.|see)\s+(?:die\s+|the\s+)?"
    r"(?:beschreibung|veranstaltungsbeschreibung|text|unten|description|below|details?)"
    r"\s*[.!]?\s*$",
    re.I,
)
# „… lädt zum Sommerfest in den Kölner Rugby Park ein!“: the destination of an invitation
_INVITED_INTO = lazy_re.compile(
    r"\b(?:lädt|laden)\b[^.!?<>]{0,80}?\b(?:in\s+den|in\s+die|in\s+das|ins|auf\s+den|auf\s+die|"
    r"auf\s+das|an\s+den|an\s+die)\s+(?P<place>[A-ZÄÖÜ][^.!?,;:<>]{2,60}?)\s+ein\b"
)
# „… wird der Parkplatz an der Kirche in Wahn zum Treffpunkt …“: the site an event turns into
_TURNS_INTO = lazy_re.compile(
    r"\bwird\s+(?:der|die|das)\s+(?P<place>[A-ZÄÖÜ][^.!?,;:<>]{2,60}?)\s+zu[mr]\s+[A-ZÄÖÜ]"
)


def refers_elsewhere(value: str) -> bool:
    """Whether a place field only points the reader to the description („Siehe Beschreibung“)."""
    return bool(_REFERS.match(value))


def place_it_refers_to(description: str) -> tuple[str, str] | None:
    """The place the description names and how it names it, or None."""
    if (found := place_in_description(description)) is not None:
        return found
    if (invited := _INVITED_INTO.search(description)) is not None:
        place = invited["place"].strip()
        if not NOT_A_PLACE_WORD.match(place):
            return place, "„lädt … in … ein“"
    if (site := _TURNS_INTO.search(description)) is not None:
        place = site["place"].strip()
        if names_a_venue_or_address(place):
            return place, "„wird … zum …“"
    return None
