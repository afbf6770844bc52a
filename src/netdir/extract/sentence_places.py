"""The place the sentence naming an event states with a preposition, whatever its verb.

„… „Das Haus in Montevideo“ von Curt Goetz wird auf der Freilichtbühne im Historischen Ortskern
von Kaisersesch an folgenden Tagen aufgeführt:“, „Am 1. Adventswochenende 2010 präsentieren wir
im Historischen Ortskern am Prison unser diesjähriges <strong>Krippenspiel</strong>.“: the words
after „auf der“/„im“/„in der“ … run as capitalised names (joined by „im“, „am“, „von“, „an der“
…) until a lower-case word; that run is where the event is. Not a frame, a time or a manner
(„im Rahmen …“, „im Mai“, „im Freien“)."""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_places import NOT_A_PLACE_WORD
from netdir.extract.block_text import INLINE_TAGS
from netdir.extract.context import clean_text
from netdir.extract.date_cues import DATE_LIKE

_NAME_WORD = r"[A-ZÄÖÜ][\w.-]*"
_PLACE_PHRASE = lazy_re.compile(
    r"\b(?:auf\s+der|auf\s+dem|in\s+der|in\s+dem|im)\s+"
    rf"(?P<place>{_NAME_WORD}(?:\s+(?:(?:im|am|vom|von|an\s+der|auf\s+der|der|des)\s+)?"
    rf"{_NAME_WORD})*)"
)
_MAX_WORDS = 8


def place_in_sentence(sentence: str) -> str | None:
    """The first prepositional run of names in ``sentence`` that is no frame, time or manner."""
    for match in _PLACE_PHRASE.finditer(sentence):
        place = match["place"].rstrip(".")
        if NOT_A_PLACE_WORD.match(place) or DATE_LIKE.search(place):
            continue
        if len(place.split()) <= _MAX_WORDS:
            return place
    return None


def sentence_of(node: LexborNode) -> str:
    """The text of the run of inline nodes ``node`` stands in (its sentence between blocks),
    or the text of ``node`` when it is a block itself."""
    if node.tag not in INLINE_TAGS:
        return clean_text(node.text(separator=" ")) or ""
    first = node
    while first.prev is not None and first.prev.tag in INLINE_TAGS:
        first = first.prev
    parts: list[str] = []
    current: LexborNode | None = first
    while current is not None and current.tag in INLINE_TAGS:
        parts.append(current.text(separator=" "))
        current = current.next
    return clean_text(" ".join(parts)) or ""
