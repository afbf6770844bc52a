"""A card's meta line of its hours, a dot and a short name: the name is where.

A wind band's dates page gives each entry a line of its own under the name — ``<span
class="event__meta">19:45 Uhr · Vogelstange</span>``, „18:45 Uhr · Marbeck“, „12:00 Uhr · Hof
Schulze Beikel“. The piece after the hours and the middle dot is the place, whether or not its
words sound like a venue („Stadthalle Vennehof, Borken“ does, and is read as such elsewhere; a
village, a farm or the shooting club's pole do not). The line must be an element's whole text,
the hours alone before the dot (or bar or bullet) and one short name after it: up to five words,
the first capitalised, no figures, and not a note that only sounds like one — admission
(„Eintritt frei“), a ticket's state („Ausverkauft“), what kind of event it is („Konzert“) or the
card's whole name again (a town its name holds — „Schützenfest Marbeck“ · „Marbeck“ — is
where). Read last, only when no other reader found a place.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import css_matches, node_text
from netdir.extract.date_cues import TIME_LIKE

SOURCE = "listing:name after the hours on the meta line"

_META_LINE = lazy_re.compile(
    r"^(?P<hours>(?:(?:ab|um|von)\s+)?\d{1,2}(?:[:.]\d{2})?"
    r"(?:\s*(?:-|–|bis)\s*\d{1,2}(?:[:.]\d{2})?)?\s*(?:Uhr|h|[ap]\.?\s?m\.?)?)"
    r"\s+[·•|]\s+(?P<rest>[^·•|\d]+)$",
    re.I,
)
_MAX_WORDS = 5
_MAX_LINE = 80
# The small words a place's name may hold between its capitalised ones („Festzelt im Park“).
_JOINERS = frozenset(
    [
        "im",
        "am",
        "an",
        "auf",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "zum",
        "zur",
        "bei",
        "beim",
        "in",
        "und",
        "von",
        "vom",
        "vor",
        "hinter",
        "unter",
        "&",
        "a",
        "d'",
        "de",
        "la",
        "le",
    ]
)
# Notes a meta line ends on that name no place: admission, tickets, the kind of event, access.
_NOT_A_PLACE = lazy_re.compile(
    r"\b(?:eintritt|frei|kostenlos|gratis|ausverkauft|abgesagt|entf(?:ä|ae)llt|verschoben|tickets?"
    r"|karten|vorverkauf|abendkasse|anmeldung|warteliste|livestream|stream|online|"
    r"konzert|lesung|vortrag|workshop|seminar|kurs|führung|gottesdienst|messe|probe|party|"
    r"fest|festival|premiere|neu|highlight|free|sold|cancelled)\b",
    re.I,
)

# „7:00 pm · School Library or online“: the room one comes to, and that one may join online.
_HYBRID_TAIL = lazy_re.compile(
    r"\s+(?:or|oder|und|and|&|\+)\s+(?:online|livestream|stream|zoom)$", re.I
)


def place_after_the_hours(segment: list[LexborNode], reading: BlockReading) -> None:
    """Set the block's place from the first element whose whole text is its hours, a dot and a
    short name (see the module's docstring); nothing when no element reads so."""
    for node in segment:
        for element in [node, *css_matches(node, "*")]:
            text = node_text(element)
            if not text or len(text) > _MAX_LINE:
                continue
            match = _META_LINE.match(text)
            if match is None or not TIME_LIKE.search(match["hours"]):
                continue
            rest = _HYBRID_TAIL.sub("", match["rest"].strip(" ,;"))
            if _a_place_name(rest) and rest.casefold() != (reading.title or "").casefold():
                reading.location_text = rest
                reading.sources["location_text"] = SOURCE
                return


def _a_place_name(rest: str) -> bool:
    words = rest.split()
    if not words or len(words) > _MAX_WORDS or not words[0][:1].isupper():
        return False
    if _NOT_A_PLACE.search(rest):
        return False
    return all(word[:1].isupper() or word.casefold() in _JOINERS for word in words)
