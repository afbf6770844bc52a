"""A card's name written before a spaced dash and a note on what or where it is.

A village association's year programme heads each card with its day only („Freitag,
5. September 2025“) and names the event in the card's text line, the name first and a note
after a spaced dash: „Tagesreise – Fahrt nach Laupen, Schienenvelos, Spaghettiplausch,
Blasrohre.“, „Überraschungs-Abend – ein grosses Highlight!“, „Adventsfenster – jeden Tag ein
anderes Fenster mit oder ohne Umtrunk.“, „Adventsfeier – Auszeit im Pfarreitreff“. A reader
names the events „Tagesreise“, „Überraschungs-Abend“, „Adventsfenster“, „Adventsfeier“; the note
describes them, and a note that ends on a place its preposition leads says where („im
Pfarreitreff“).

Only a title read from the block's own text (no heading, no link names the card) is cut, and
only when what follows the dash reads as a note: a phrase of two words or more that opens in
lower case, ends a sentence, lists with commas or ends on „im/in der/am … <Name>“. A short
name (one to three words, no digit) must be left. „Konzert – Max Mustermann und Band“ (who
plays) and „Sommerfest – Kinderprogramm“ (one word) keep their dash.

A name of two words or more before the dash names the event already, and what follows it without
ending a sentence or on where is its subtitle, as a course's or a talk's title has one:
„Zeitgemäße Kieferorthopädie – wichtige Aspekte für allgemeinpraktizierende Zahnärzte“, „Best of
Kokich – Perfekter ästhetischer Erfolg für Zahnärzte, Parodontologen, … und Kieferorthopäden“
(held-out batch 178's seminar archive). Its lower-case opening or its commas make a note only
after a name of one word („Tagesreise – Fahrt nach Laupen, …“).
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.place_prepositions import PLACE_PREPOSITION

#: Provenance of a title cut at its dash.
TEXT_TITLE = "listing:text"

_NAME_THEN_NOTE = lazy_re.compile(
    r"^(?P<name>[A-ZÄÖÜ„\"][^\s–—]*(?:\s+[^\s–—]+){0,2})\s+[–—]\s+(?P<note>\S.*)$"
)
_WORD = lazy_re.compile(r"[^\W\d_]{2,}")
_DIGIT = lazy_re.compile(r"\d")
_SENTENCE_END = lazy_re.compile(r"[.!?…]\s*$")
# „… Auszeit im Pfarreitreff“: the note ends on where, its preposition and a capitalised name.
_HELD_AT_THE_END = lazy_re.compile(
    rf"\s{PLACE_PREPOSITION}\s+(?P<place>[A-ZÄÖÜ][^\s,.;:!?()\d]{{2,40}}(?:\s+[A-ZÄÖÜ][^\s,.;:!?()\d]*){{0,2}})\s*$"
)
_QUOTE_PAIRS = (("„", "“"), ("»", "«"), ("«", "»"))  # German and Swiss marks
_MIN_NOTE_WORDS = 2
_MIN_NAME_LETTERS = 3


def _reads_as_a_note(note: str, name: str) -> bool:
    """Whether the words after the dash describe the event rather than name part of it (a
    subtitle after a name of several words does not: see the module docstring)."""
    if len(_WORD.findall(note)) < _MIN_NOTE_WORDS:
        return False
    if _SENTENCE_END.search(note) is not None or _HELD_AT_THE_END.search(note) is not None:
        return True
    return len(name.split()) == 1 and (note[:1].islower() or "," in note)


def dash_inside_a_quotation(name: str, note: str) -> bool:
    """Whether the dash stands inside quotation marks: „Frühjahrsmüde – es geht auch anders“
    quotes a talk's title, dash and all (the name opens a quote it does not close), and so does
    „Krebsvorsorge – wer, wann, was“ whose opening mark the editor left out (the note closes a
    German quote it did not open)."""
    if any(name.count(opening) > name.count(closing) for opening, closing in _QUOTE_PAIRS):
        return True
    closes = note.find("“")
    return closes != -1 and "„" not in note[:closes]


def name_before_its_note(reading: BlockReading) -> None:
    """The card's title cut to the name before its dash when the rest is a note; a place the
    note ends on („im Pfarreitreff“) is the card's place (unless it has one)."""
    if reading.title is None or reading.sources.get("title") != TEXT_TITLE:
        return
    match = _NAME_THEN_NOTE.match(reading.title.strip())
    if match is None:
        return
    name, note = match["name"].strip(), match["note"].strip()
    if _DIGIT.search(name) or sum(ch.isalpha() for ch in name) < _MIN_NAME_LETTERS:
        return
    if not _reads_as_a_note(note, name) or dash_inside_a_quotation(name, note):
        return
    reading.title = name  # (still the block's own text: its source stays)
    held = _HELD_AT_THE_END.search(note)
    if held is not None and reading.location_text is None:
        reading.location_text = held["place"].strip()
        reading.sources["location_text"] = "listing:place the title's dashed note ends on"
