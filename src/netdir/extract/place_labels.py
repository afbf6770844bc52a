"""The words that label a place: „Ort:“, „Treffpunkt:“, „Veranstaltungsort:“, „Location:“, „Venue:“.

Every reader of a labelled place takes its label words from here, as one regex alternation. Each
word stands once below; the readers' alternations are made of the groups they accept, and where a
reader takes fewer words it says why. No word is the start of another (a test checks it), so an
alternation's order never decides what it matches.
"""

from __future__ import annotations

# The place of any event, in German („Ort“, „Veranstaltungsort“).
_PLACE = "Ort|Veranstaltungsort"
# A council's sitting, a congress („Sitzungsort“, „Tagungsort“).
_SESSION = "Sitzungsort|Tagungsort"
_MEETING_POINT = "Treffpunkt"
_LOCATION = "Location"
_VENUE = "Venue"
_WO = "Wo"
_WHERE = "Where"
_ADDRESS = "Adresse"
# Inside a building: an entry's room („Raum: F0.231“).
_ROOM = "Raum|Saal|Room"
# A theatre's stage, an English „Place:“ term.
_STAGE = "Spielort"
_PLACE_EN = "Place"

#: Label words of a block's own lines and its terms (``<dt>Ort</dt>``), and of a title's
#: bracket („Stammtisch (Ort: Marquardtei …)“).
PLACE_WORDS = f"{_PLACE}|{_WO}|{_SESSION}|{_MEETING_POINT}|{_LOCATION}"
#: A block's labelled line („Venue and Location: Hotel …“, „Place: Varadero, Cuba“).
BLOCK_WORDS = f"{PLACE_WORDS}|{_VENUE}|{_PLACE_EN}|{_WHERE}"
#: The English words of a block's label, for readers of English text only: a meeting's place
#: after its name's dash („… - Meeting location: Zilker Botanical Garden“), a row's note that
#: its place is not known yet („Pizza Meeting ~ Location TBD“).
ENGLISH_BLOCK_WORDS = f"{_LOCATION}|{_VENUE}|{_PLACE_EN}"
#: A term alone beside its value („Ort“, „📍 Wo“, „Venue“): a term says nothing else, so the
#: English words and a stage count too.
TERM_WORDS = f"{PLACE_WORDS}|{_STAGE}|{_VENUE}|{_WHERE}|{_PLACE_EN}"
#: A line of an item's text that opens with its place's label („Ort: Aula“, „Adresse: …“), in
#: sub_items and title_text. Fewer words than a block's: its readers were measured with these,
#: and each further word would take more lines for places (a meeting point's „Treffpunkt:
#: 8:00 Uhr“ is a time).
LINE_WORDS = f"{_PLACE}|{_WO}|{_LOCATION}|{_WHERE}|{_VENUE}|{_ADDRESS}"
#: An entry's labelled place line, its room included („Raum: F0.231“).
ENTRY_WORDS = f"{_PLACE}|{_ROOM}|{_WO}|{_LOCATION}|{_WHERE}|{_VENUE}"
#: A label inside a description's text, up to the next label („Sitzungsort: Großer
#: Sitzungssaal Sitzungs-Link: …“); matched as written (no other case), so the question words
#: („Wo“, „Where“) would find questions in prose.
DESCRIPTION_WORDS = f"{_SESSION}|{_PLACE}|{_LOCATION}|{_VENUE}"
#: A label inside a sentence of a block's prose („…, Ort: Vereinsheim (…). Anmeldegebühr: …“):
#: the German words only, matched as written, as in the sentences it was written for.
PROSE_WORDS = f"{_PLACE}|{_MEETING_POINT}"

#: Every label word, for tests.
ALL_WORDS = (
    f"{_PLACE}|{_SESSION}|{_MEETING_POINT}|{_LOCATION}|{_VENUE}|{_WO}|{_WHERE}|{_ADDRESS}|{_ROOM}"
    f"|{_STAGE}|{_PLACE_EN}"
)
