"""The venue an item's prose states in a sentence of its own: „Veranstaltungsort ist Google Meet.“,
„Die Probe findet im Gemeindesaal statt.“, „Tagungsort ist das Bürgerhaus Weststadt.“ — no label
line („Ort: …“) and no place line, only the sentence that says where it is held.

Only the names after the statement count (capitalised words, joined by „am“, „im“, „der“ …), and
for „findet … statt“ only when „statt“ follows them: „findet im Rahmen der Woche statt“ names a
frame, which ``NOT_A_PLACE_WORD`` turns away, and „findet im Mai statt“ a month."""

from __future__ import annotations

from collections.abc import Iterable

from netdir import lazy_re
from netdir.extract.block_places import NOT_A_PLACE_WORD
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.place_prepositions import PLACE_OR_AM_PREPOSITION, PLACE_PREPOSITION
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

_NAME = r"[A-ZÄÖÜ][\w'’-]*"
_NAME_RUN = rf"{_NAME}(?:\s+(?:(?:im|am|an\s+der|auf\s+der|der|des|vom|von)\s+)?(?:{_NAME}|\d{{1,4}}[a-z]?\b)){{0,6}}"
# „am Marktplatz“ too (not in PLACE_PREPOSITION: after a row's name „am“ brings the day): what
# follows the statement is its place, a day after „am“ is turned away by _A_DAY_OR_PART.
_ARTICLE_OR_PREPOSITION = rf"(?:(?:der|die|das|am|{PLACE_PREPOSITION})\s+)?"
_STATED = lazy_re.compile(
    # „Veranstaltungsort ist Google Meet.“, „Tagungsort ist das Bürgerhaus …“
    r"\b(?:Veranstaltungsort|Tagungsort|Austragungsort|Spielort|Probenort|Kursort)\s+ist\s+"
    rf"(?:diesmal\s+|wieder\s+|wie\s+immer\s+)?{_ARTICLE_OR_PREPOSITION}(?P<place>{_NAME_RUN})"
    r"(?=\s*(?:[.!;,(]|$))"
    # „Die Probe findet im Gemeindesaal statt.“, „findet wie immer in der Alten Schule statt“
    r"|\bfinde[nt]\s+(?:(?:diesmal|wieder|wie\s+immer|jeweils|dann|heuer|erneut)\s+)?"
    rf"{PLACE_OR_AM_PREPOSITION}\s+"
    rf"(?P<where>{_NAME_RUN})\s+statt\b"
)
_MAX_WORDS = 8
# „Der Stammtisch findet am Dienstag statt“, „… am Wochenende statt“: when, not where.
_A_DAY_OR_PART = lazy_re.compile(
    rf"^(?:{GERMAN_WEEKDAY_ALT}|Wochenende|Abend|Morgen|Vormittag|Nachmittag|Mittag|Feiertag|Tag"
    r"|Anfang|Ende|Mitte)\b"
)
_CUES = ("ort ist", "statt")


def stated_venue(text: str) -> str | None:
    """The venue a sentence of ``text`` states („Veranstaltungsort ist …“, „findet im … statt“)."""
    if not any(cue in text for cue in _CUES):
        return None
    places = ((found["place"] or found["where"]).rstrip(".") for found in _STATED.finditer(text))
    return first_named_place(place for place in places if not _A_DAY_OR_PART.match(place))


def first_named_place(places: Iterable[str]) -> str | None:
    """The first of the names a sentence gives after its cue that is a place: no frame or
    manner („Rahmen“, ``NOT_A_PLACE_WORD``), no date, at most eight words; its full stop
    dropped."""
    for place in places:
        place = place.rstrip(".")
        if NOT_A_PLACE_WORD.match(place) or DATE_LIKE.search(place):
            continue
        if len(place.split()) <= _MAX_WORDS:
            return place
    return None
