"""The place a German note beside a list states for each of its events with „jeweils“.

A cycling club lists its rides for the campaign weeks („Sonntag, 02.06. von 12 bis ca. 17 Uhr
Radtour durch das Calenberger Land“, …) in two lists and says under them „Die Radtouren des ADFC
starten und enden jeweils am Rathausplatz in Hemmingen.“: every ride starts there. When a short
text just before or after a list (``list_notes.texts_beside_the_list``, of its first or its last
row) says that its events start, start and end, or take place „jeweils“ at a place, each dated
record of the list without a place of its own takes that place.

A volunteers' building days („Dienstag, 2.1.2024 ☀️ 11-19 Uhr“, …) are followed by one line
„Treffpunkt ist Mendelejewplatz 1 (zwischen Neu- und Altbau), 69126 Heidelberg-Rohrbach“: a note
that is nothing but where to meet, naming an address or a venue, is the meeting point of each
day of the list, „jeweils“ or not.
"""

from __future__ import annotations

from collections.abc import Sequence

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_or_address
from netdir.extract.place_prepositions import PLACE_OR_AM_PREPOSITION
from netdir.extract.stated_venues import first_named_place
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT
from netdir.records import RawRecord

_PLACE_RUN = r"[A-ZÄÖÜ][\w.-]*(?:\s+(?:(?:in|im|am|an\s+der|des|der|vom)\s+)?[A-ZÄÖÜ][\w.-]*){0,5}"
# „… starten und enden jeweils am Rathausplatz in Hemmingen.“, „… finden jeweils im
# Gemeindesaal statt.“, „Treffpunkt ist jeweils am Bahnhof.“
_EACH = lazy_re.compile(
    r"\b(?:starten\s+und\s+enden|beginnen\s+und\s+enden|starten|beginnen|finden|ist)\s+"
    rf"(?:immer\s+)?jeweils\s+{PLACE_OR_AM_PREPOSITION}\s+"
    rf"(?P<place>{_PLACE_RUN})(?:\s+statt)?\s*(?:[.!]|$)"
)
# „… finden jeweils am Montag statt“: when, not where.
_A_DAY = lazy_re.compile(rf"^(?:{GERMAN_WEEKDAY_ALT}|Wochenende|Abend|Vormittag|Nachmittag)\b")
# „Treffpunkt ist Mendelejewplatz 1 (…), 69126 Heidelberg-Rohrbach“, „Treffpunkt: Vereinsheim“:
# the whole note says where to meet (an hour first, „Treffpunkt ist um 10 Uhr“, is no place).
_MEETING_POINT = lazy_re.compile(
    r"^(?:Unser\s+)?Treffpunkt\s*(?:ist|:)\s+(?:(?:immer|jeweils)\s+)?"
    rf"(?:{PLACE_OR_AM_PREPOSITION}\s+)?(?P<place>[A-ZÄÖÜ][^!?]{{2,120}}?)\s*[.!]?$"
)
#: Provenance of a place the note beside the list states for each of its events.
SOURCE = "listing: the note beside the list (the place of each of its events, „jeweils“)"


def place_for_each(text: str) -> str | None:
    """The place „… jeweils am <Ort>“ in ``text`` states for each event, if any."""
    places = (match["place"] for match in _EACH.finditer(text))
    found = first_named_place(place for place in places if not _A_DAY.match(place))
    if found is None and (meet := _MEETING_POINT.match(text.strip())) is not None:
        place = meet["place"].strip()
        found = place if names_a_venue_or_address(place) else None
    return found


def places_by_the_note(group: list[RawRecord], notes: Sequence[str]) -> None:
    """Give the dated records of ``group`` without a place the one a note states for each."""
    place = next((found for text in notes if (found := place_for_each(text))), None)
    if place is None:
        return
    for record in group:
        if record.location_text or not record.date_text:
            continue
        record.location_text = place
        record.field_sources["location_text"] = SOURCE
