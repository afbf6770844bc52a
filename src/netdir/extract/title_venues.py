"""Where a dated row's one line says it is held, after the event's name.

A club's table of dates writes one line per row: „Samstagstanz in der Mensa der IGS-Kastell-
straße (für Mitglieder freier Eintritt)“, „Grillfest in der Grillhütte in Frauenstein“,
„Frühlingsradtour 2017 (die traditionelle Dieztour), Treffpunkt um 9:30 Uhr auf dem
Dürerplatz!“. The venue after „in der“ is the row's place; a bracketed note after it („für
Mitglieder freier Eintritt“) is not. The title keeps its venue („Festakt in der Nydeggkirche“,
„Konzert im Haus Sonneneck“ are how such pages name their evenings), but where the group meets
(„, Treffpunkt …“) is no part of the name. Only a short name (a few words, no comma) before a
preposition and a venue whose first word is a venue word („Mensa“, „…hütte“, „Hofgut“) count:
„Konzert mit Werken von Bach in Leipzig“ or „Fahrradfahren für Anfänger mit Verkehrserziehung“
name no place.

A user group's dates link the event's name and write its venue after it: „Samstag 16. Mai
2020, 10:30 Uhr: <a>Linux Presentation Day 2020.1</a>, Stadtbibliothek Tübingen“. The title is
the link; what ends the row's line after it, set off by a comma, is where — when it names a
venue (``venues_after_the_names``).

A singer's list of appearances names some rows by nothing but where they are: „17. August –
Kurpark-Residenz Bellevue, Baden-Baden“, „12. September – Haus zum Fels Heilbronn“. A row whose
whole title is a short capitalised name holding a venue word (a market or a fair is what takes
place, not where) is held at that name, when nothing else on the page gave it a place
(``rows_named_by_their_venue``, the last of the list's place readers).
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_word, opens_with_a_venue
from netdir.extract.place_prepositions import PLACE_PREPOSITION
from netdir.extract.prose_announcements import announces_a_day
from netdir.records import RawRecord

_NAME_WORDS = 4
# The name may be a short form of two letters: „GV im Gasthof zum Roten Kreuz“ (Generalversammlung).
_IN_A_VENUE = lazy_re.compile(
    rf"^(?P<name>[^,()]{{2,60}}?)\s+{PLACE_PREPOSITION}\s+"
    r"(?P<place>[A-ZÄÖÜ][^().!?;:]{2,80}?)\s*(?:\([^()]*\))?\s*[.!]?$"
)
# ", Treffpunkt um 9:30 Uhr auf dem Dürerplatz!": where the group meets, after the name.
_MEETING_POINT = lazy_re.compile(
    r"^(?P<name>.{3,}?)\s*[,;]\s+Treffpunkt\s*:?\s+(?:(?:jeweils\s+)?(?:um|ab)\s+)?"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr\s+)?)?"
    r"(?:(?:am|an\s+der|an\s+dem|auf\s+dem|auf\s+der|vor\s+dem|vor\s+der|im|in\s+der|beim)\s+)?"
    r"(?P<place>[A-ZÄÖÜ][^()!?;:,]{2,60}?)\s*[!.]?$"
)

# „Abfahrt/Mitfahrbörse am Parkplatz vorm Wald zur Wanderung des EGV-Meerhof von Herbram-Wald
# nach Herbram (ca. 14 km)“: where the group sets off, then the event it sets off to („zur“/„zum“);
# the event is the row's name, the meeting point its place (a bracketed length is a detail).
_DEPARTURE_TO = lazy_re.compile(
    r"^(?:Abfahrt|Abmarsch|Aufbruch|Treffen|Treffpunkt)(?:\s*/\s*[\w-]+)?\s*:?\s+"
    r"(?:am|an\s+der|an\s+dem|auf\s+dem|auf\s+der|vor\s+dem|vor\s+der|vorm|im|in\s+der|beim)\s+"
    r"(?P<place>[A-ZÄÖÜ][^()!?;:,]{2,60}?)\s+(?:zur|zum)\s+"
    r"(?P<name>[A-ZÄÖÜ][^()!?;:]{2,100}?)\s*(?:\([^()]*\))?\s*[!.]?$"
)


def move_venues_out_of_titles(records: list[RawRecord]) -> None:
    """A record without a place whose title is "<name>, Treffpunkt … <place>" becomes the name
    at that place; one whose title is "<name> in der <venue>" takes the venue as its place."""
    for record in records:
        if record.location_text is not None or not record.title:
            continue
        if not record.date_text and not announces_a_day(record.description):
            continue  # („<h4>Halloween-Party auf dem Sportplatz in Schönow</h4>“ over prose that
            # invites to its day is dated like a row)
        where = record.field_sources.get("title", "listing:")
        if (met := _meeting_point(record.title) or _departure_to(record.title)) is not None:
            record.title, record.location_text = met
            record.field_sources["location_text"] = f"{where} (meeting point after the name)"
        elif (held := in_a_venue(record.title)) is not None:
            record.location_text = held[1]
            record.field_sources["location_text"] = f"{where} (venue after the name)"


def in_a_venue(title: str) -> tuple[str, str] | None:
    """(name, venue) of a short name held „in der <venue>“ („Ratssitzung im Ratssaal des
    Rathauses“); None when the name is long or the place opens with no venue word."""
    match = _IN_A_VENUE.match(title.strip())
    if match is None or len(match["name"].split()) > _NAME_WORDS:
        return None
    place = match["place"].strip()
    return (match["name"].strip(), place) if opens_with_a_venue(place) else None


def _meeting_point(title: str) -> tuple[str, str] | None:
    match = _MEETING_POINT.match(title.strip())
    if match is None:
        return None
    return match["name"].strip(), match["place"].strip()


def _departure_to(title: str) -> tuple[str, str] | None:
    match = _DEPARTURE_TO.match(title.strip())
    if match is None:
        return None
    return match["name"].strip(), match["place"].strip()


# „…: Linux Presentation Day 2020.1, Stadtbibliothek Tübingen“: the line's end after the name.
_VENUE_ENDING = lazy_re.compile(r"^\s*,\s*(?P<place>[A-ZÄÖÜ][^,.;:!?()]{2,60}?)\s*$")


def venues_after_the_names(records: list[RawRecord]) -> None:
    """A record without a place whose row's line goes on after its linked name with „, <venue>“
    and ends there is held at that venue."""
    for record in records:
        if record.location_text is not None or not record.title or not record.description:
            continue
        if not record.field_sources.get("title", "").endswith(">a"):
            continue  # (the name is the row's link: the rest of its line is the row's own)
        line = " ".join(record.description.split())
        at = line.rfind(record.title)
        if at < 0:
            continue
        match = _VENUE_ENDING.match(line[at + len(record.title) :])
        if match is None or not names_a_venue_word(match["place"]):
            continue
        record.location_text = match["place"].strip()
        where = record.field_sources.get("description", "listing:")
        record.field_sources["location_text"] = f"{where} (venue after the linked name)"


# Small words inside a venue's name („Haus zum Fels“, „Park am alten Bahndamm“).
_NAME_JOINERS = frozenset(
    {"zum", "zur", "am", "an", "der", "des", "dem", "den", "von", "im", "bei"}
)
_MAX_NAME_WORDS = 6
# A title a talk list sets in italics („<em>Die National Software Reference Library</em>“ after
# its speaker, ``speaker_italic_talks``, ``italic_talk_titles``) names the talk, whatever words it
# holds: never the venue.
_TALK_TITLE_SOURCE = "italic"
# „Weihnachtsmarkt“, „Kunstmarkt“, „Stadtfest“: what takes place, though a place word ends it.
_HAPPENING = lazy_re.compile(r"(?:markt|messe|fest|feier)\b", re.IGNORECASE)


def rows_named_by_their_venue(records: list[RawRecord]) -> None:
    """A record without a place whose title names only a venue (and its town) is held there."""
    for record in records:
        title = (record.title or "").strip()
        if record.location_text is not None or not title or not record.date_text:
            continue
        words = title.replace(",", " ").split()
        if len(words) > _MAX_NAME_WORDS or any(ch.isdigit() for ch in title):
            continue
        # („EFG Waren (Müritz)“: a town's bracketed qualifier is a capitalised word too)
        if not all(w.lstrip("(")[:1].isupper() or w in _NAME_JOINERS for w in words):
            continue
        venue = title.split(",")[0]
        if _HAPPENING.search(venue) or not names_a_venue_word(venue):
            continue
        if _TALK_TITLE_SOURCE in record.field_sources.get("title", ""):
            continue  # „<em>Die National Software Reference Library</em>“: a talk's title
        record.location_text = title
        where = record.field_sources.get("title", "listing:")
        record.field_sources["location_text"] = f"{where} (the row names only its venue)"
