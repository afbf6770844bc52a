"""The place the sentence that dates a post's event names, when it says the event took place.

A club's report tells its day and its place in one sentence, the place wherever the verb leaves
room for it: „Am 21. März 2026 fand beim Landhof zum Waidegger Wirt unsere
Jahreshauptversammlung statt.“ (the place before the subject), „Am 19. & 20. September 2026
fand der diesjährige Maschinistenkurs in Kötschach-Mauthen statt.“ (a town right before
„statt“), „Samstag, 26. Juli 2025“ / „Unter besten Bedingungen feierte die Freiwillige Feuerwehr
Waidegg ihr 130-jähriges Bestehen in der neuen Bewerbsarena Waidegg.“ (the line under the day).
The words after the preposition run as capitalised names (an adjective before them is left
out) up to the first lower-case word; only a run with a venue word is where — or, right before
„statt“, a town's one name. A sentence of only its place may follow the one that says the event
takes place: „Das Workshopwochenende findet dieses Jahr vom 13. - 15. August statt. Wie immer
auf der großen Wiese in Würchhausen.“ (jekyll-ledoewi-workshopwochenende-einladung-2021-07) —
the place the first sentence leaves out.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_word
from netdir.extract.place_prepositions import PLACE_OR_AM_PREPOSITION
from netdir.extract.prose_announcements import REPORTS_ITS_EVENT, TAKES_PLACE
from netdir.extract.sentence_ends import sentences

_NAME_WORD = r"[A-ZÄÖÜ][\w-]*"
_JOINER = r"(?:zum|zur|im|am|vom|von|des|der|an\s+der|auf\s+der|in)"
_PLACE_PHRASE = lazy_re.compile(
    rf"\b{PLACE_OR_AM_PREPOSITION}\s+(?:[a-zäöüß]+en\s+)?"
    rf"(?P<place>{_NAME_WORD}(?:\s+(?:{_JOINER}\s+)?{_NAME_WORD})*)"
)
# „Wie beim letzten Mal findet das Osterfeuer vor dem DGH statt.“: a house known by its initials
# (DGH, MZH: the village's community or multi-purpose hall) right before „statt“.
_INITIALS_BEFORE_STATT = lazy_re.compile(
    rf"\b{PLACE_OR_AM_PREPOSITION}\s+(?P<place>[A-ZÄÖÜ]{{2,5}}(?:\s+{_NAME_WORD})?)\s+statt\b"
)
_TOWN_BEFORE_STATT = lazy_re.compile(rf"\bin\s+(?P<place>{_NAME_WORD})\s+statt\b")
# The sentence says the event took (or takes) place — prose_announcements' „findet … statt“
# and the verbs it reads a post's report by („feierte …“, „veranstaltete …“, „nahm … teil“,
# „rollten wir …“) — or how it began („Begonnen hat es mit dem 4. ALB auf dem schweren
# Bewerbsplatz in Waidegg.“): a place it names is the event's.
_TAKES_PLACE = lazy_re.compile(
    rf"{TAKES_PLACE}|{REPORTS_ITS_EVENT}|\b(?:begonnen\s+hat|begann|begannen)\b", re.I
)
# „in der Kranebitterstraße“, „auf dem Bewerbsplatz in Waidegg“: a street or square the day was
# held on — open air, no house.
# A meadow („auf der Wiese in Würchhausen“, „die Würchwiese“) is such an open-air place too.
_OPEN_AIR = lazy_re.compile(
    r"^(?:[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|platz|gasse|allee|wiese)|Wiese)\b"
)
# „Wie immer auf der großen Wiese in Würchhausen.“: a sentence that is only where (an adverb of
# habit before it), no verb — it completes the sentence before it.
_PLACE_ONLY_SENTENCE = lazy_re.compile(
    r"^(?:(?i:wie\s+immer|wie\s+gewohnt|wie\s+jedes\s+jahr|wie\s+im\s+letzten\s+jahr|diesmal|"
    r"dieses\s+mal|wieder|erneut)\s+)?"
    rf"{PLACE_OR_AM_PREPOSITION}\s+(?:[a-zäöüß]+en\s+)?"
    rf"(?P<place>{_NAME_WORD}(?:\s+(?:{_JOINER}\s+)?{_NAME_WORD})*)\s*[.!]?$"
)
#: The day's own line and the next: the report's opening sentence may follow its dateline.
DAY_LINES = 2


def place_of_the_reported_day(texts: list[str]) -> str | None:
    """The place the first sentence of ``texts`` (the day's line and the next) that says the
    event takes or took place names; None when none does."""
    for text in texts[:DAY_LINES]:
        told = sentences(text)
        for position, sentence in enumerate(told):
            if not _TAKES_PLACE.search(sentence):
                continue
            for match in _PLACE_PHRASE.finditer(sentence):
                if names_a_venue_word(match["place"]) or _OPEN_AIR.match(match["place"]):
                    return match["place"]
            if (town := _TOWN_BEFORE_STATT.search(sentence)) is not None:
                return town["place"]
            if (house := _INITIALS_BEFORE_STATT.search(sentence)) is not None:
                return house["place"]
            if position + 1 < len(told) and (
                only := _PLACE_ONLY_SENTENCE.match(told[position + 1].strip())
            ):
                return only["place"]
    return None
