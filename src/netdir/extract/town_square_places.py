"""A place that a card's line names by its square or field and the town it lies in.

A youth association's event cards carry one line under the name that tells what happened and
often where: „Die zweite Ausgabe unseres Bierpong Turniers auf der Funcourt Wiese Fischamend
war noch größer als im Vorjahr.“, „Unser Afterwork Spritzerstand am Getreideplatz Fischamend
war wieder …“, „Unser dritter Punschstand am Hauptplatz Fischamend – diesmal schon Mitte
November.“. A place's preposition („am“, „auf der“, „im“ …), one to three capitalised words and
a town the gazetteer knows right after them is where the event was: „Funcourt Wiese
Fischamend“, „Getreideplatz Fischamend“. Without the town the words are no place of this
reader („am Hauptplatz“ alone, „im Rahmen des Festes“); a weekday or a month after „am“ is a
day („am Sonntag Fischamend“ is not read); the card's name line is no description. The
sentence must go on after the town: a street after it („in der Katholischen Kirche
Nordenstadt, Borkestraße 4“) makes a whole address, which the address readers take.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_places import NOT_A_PLACE_WORD
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.place_prepositions import PLACE_OR_AM_PREPOSITION
from netdir.normalize.place import known_town
from netdir.normalize.when_words import GERMAN_WEEKDAY_ALT

#: Provenance of a place read from the card's line.
SOURCE = "listing:square and town after a place's preposition in the card's line"

_CAPITALISED = r"[A-ZÄÖÜ][^\W\d_]*(?:-[A-ZÄÖÜ]?[^\W\d_]+)*"
_SQUARE_AND_TOWN = lazy_re.compile(
    rf"(?<![^\W\d_]){PLACE_OR_AM_PREPOSITION}\s+"
    rf"(?P<place>(?P<site>{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}})\s+(?P<town>{_CAPITALISED}))"
    # the sentence goes on after the town („… Fischamend war …“, „… Fischamend – diesmal …“):
    # an address after it („… Nordenstadt, Turmstraße 11“) is for the readers of addresses
    r"(?=\s*(?:$|[.!?;–—]|-\s|\s[a-zäöüß]))"
)
_DAY_WORD = lazy_re.compile(
    rf"^(?:{GERMAN_WEEKDAY_ALT}|Wochenende|Abend|"
    r"Morgen|Nachmittag|Vormittag)$",
    re.I,
)


def place_by_square_and_town(segment: list[LexborNode], reading: BlockReading) -> None:
    """The card's place from a line naming a square or field and its known town after a
    place's preposition (see the module docstring); unless the card has a place."""
    if reading.location_text is not None:
        return
    for line in text_chunks(segment):
        title = (reading.title or "").strip()
        if title and (title in line or line.strip() in title):
            # the name's own line („Feier … in der Trinkhalle Baden-Baden“ over its address
            # line): a name, whose place the lines below it give
            continue
        for match in _SQUARE_AND_TOWN.finditer(line):
            site, town = match["site"], match["town"]
            first = site.split()[0]
            if NOT_A_PLACE_WORD.match(first) or _DAY_WORD.match(first):
                continue
            if known_town(town) is None:
                continue
            reading.location_text = match["place"]
            reading.sources["location_text"] = SOURCE
            return
