"""A list item that is one sentence about an event: the event is what the sentence names.

A conference's „Rahmenprogramm“ lists its side events as sentences (static-dvcs-erlangen-
organisatorisches-2023): „Die Mitgliederversammlung der DVCS wird voraussichtlich am Samstag, den
25. November, zwischen 12 und 14 Uhr stattfinden.“, „Für Samstag, den 25. November, um 20 Uhr, ist
ein gemeinsames Abendessen in <a>Kitzmanns Bräuschänke</a> vorgesehen (Südliche Stadtmauerstraße
25, 91054 Erlangen, …).“, „Am Sonntag, den 26. November, wird im Anschluss an die Tagung ein
gemeinsamer Besuch des <a>Germanischen Nationalmuseums in Nürnber</a> angeboten.“ The list read
each item by its link — the inn, the museum — and lost the item without one. A reader names each
by the sentence: the subject that „wird … stattfinden“, what „ist … vorgesehen“ or „wird …
angeboten“. The inn after „in“ is where, with the street and town its bracket gives.

Read only for a list item of one sentence with its day, whose title is none or a link set among
its words.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.inline_text import visible_text

SOURCE = "listing:the event the item's sentence names"
_MIN_CHARS = 60  # a sentence, not a row's name
_MAX_CHARS = 400
# „Die Mitgliederversammlung der DVCS wird … stattfinden“, „Das Sommerfest findet … statt“
_SUBJECT_FIRST = lazy_re.compile(
    r"^(?:die|der|das|unsere?|unser)\s+(?P<name>[A-ZÄÖÜ][^\s,.;:!?]*(?:\s+(?:der|des|von|vom)"
    r"\s+[^\s,.;:!?]+(?:\s+[A-ZÄÖÜ][^\s,.;:!?]*)?)?)\s+(?:wird|werden|findet|finden)\b"
    r".{0,200}?\b(?:statt|stattfinden)\b",
    re.I,
)
# „… ist ein gemeinsames Abendessen in Kitzmanns Bräuschänke vorgesehen“, „… wird … ein
# gemeinsamer Besuch des Germanischen Nationalmuseums … angeboten“
_OFFERED = lazy_re.compile(
    r"\b(?:ist|sind|wird|werden)\s+(?:.{0,80}?\s)?(?:ein|eine)\s+"
    r"(?P<name>(?:[a-zäöüß-]+\s+)?[A-ZÄÖÜ][^\s,.;:!?]*(?:\s+(?:des|der)\s+(?:[A-ZÄÖÜ]"
    r"[^\s,.;:!?]*\s*){1,3})?)"
    r"(?:\s+(?:in|im)\s+(?P<place>[^,.;:!?()]{3,60}?))?"
    r"\s+(?:vorgesehen|geplant|angeboten)\b(?:\s*\((?P<address>[^()]{5,120})\))?",
)
# „Südliche Stadtmauerstraße 25, 91054 Erlangen, Essen à la carte …“: the street and town first
_STREET_AND_TOWN = lazy_re.compile(
    r"^(?P<street>[^,]{3,60}\s\d{1,4}\s?[a-z]?),\s*(?P<town>\d{5}\s+[^,]{2,40})"
)


def name_the_sentence_item(segment: list[LexborNode], reading: BlockReading, text: str) -> None:
    """Name a one-sentence list item by the event its sentence names (see the module's doc)."""
    if len(segment) != 1 or segment[0].tag != "li" or reading.date_text is None:
        return
    sentence = " ".join(text.split())
    if not _MIN_CHARS <= len(sentence) <= _MAX_CHARS or sentence[-1:] not in ".)":
        return
    title = reading.title
    if title is not None and (
        not reading.sources.get("title", "").endswith(">a") or sentence.startswith(title)
    ):
        return  # a name of its own, not a link among the sentence's words
    if (subject := _SUBJECT_FIRST.match(sentence)) is not None:
        reading.title = subject["name"].strip()
        reading.sources["title"] = SOURCE
        _whole_bold_day(segment[0], reading)
        return
    offered = _OFFERED.search(sentence)
    if offered is None:
        return
    name = offered["name"].strip()
    reading.title = name[0].upper() + name[1:]
    reading.sources["title"] = SOURCE
    if offered["place"] and reading.location_text is None:
        place = offered["place"].strip()
        if offered["address"] and (street := _STREET_AND_TOWN.match(offered["address"])):
            place = f"{place}, {street['street']}, {street['town'].strip()}"
        reading.location_text = place
        reading.sources["location_text"] = f"{SOURCE}: where, after „in“"


def _whole_bold_day(item: LexborNode, reading: BlockReading) -> None:
    """„<strong>am Samstag, den 25. November, zwischen 12 und 14 Uhr</strong>“ read as „25.
    November“: the bold day with its hours, when the day read states none."""
    day = reading.date_text
    if day is None or TIME_LIKE.search(day):
        return
    for bold in item.css("strong, b"):
        text = " ".join(visible_text(bold).split())
        if day in text and TIME_LIKE.search(text):
            reading.date_text = text
            return
