"""The place in a block's short list of facts.

A club's list of dates writes under each name one line of facts, each after its own icon
(calendar, clock, pin) — but the icons are bare ``<svg>`` drawings with no class or label that
says which is which: „<ul class="list-inline"><li><svg/> Sonntag</li><li><svg/> ab 09:15</li>
<li><svg/> FFW Gaishofen</li></ul>“, „<li><svg/> 13. bis 22. September</li><li><svg/>
Feuerschützen Aldersbach</li>“. A reader sees the day and the hours, and the one fact left is
where. The drawings are gone by the time a block is read (``listing._UNREADABLE_TAGS``), so
the list says it by its items alone: two to four, all but one of them a day, a weekday or a
time, and that one a short name of capitalised words without a digit („Eintritt frei“,
„Anmeldung“, „3 Plätze frei“ are no place), not the block's own name (the host a name ends in,
„100-Schuss-Marathon der FSG Osterhofen“ over „FSG Osterhofen“, is where it is held).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import css_matches, node_text
from netdir.extract.date_cues import TIME_LIKE, WEEKDAY_WORD, search_date_like

#: Provenance of a place read from a short list of facts.
ICON_FACTS = "listing:the one fact beside the day and time icons"
# „FFW Gaishofen“, „Feuerschützen Aldersbach“, „Haus der Vereine“: capitalised words, small
# joining words between them.
# („Raika, Völs“: a one-word venue with its town after a comma)
_NAME = lazy_re.compile(
    r"^[A-ZÄÖÜ][\w.'’&-]*(?:\s+(?:(?:der|des|die|das|am|im|an|zum|zur)\s+)?[A-ZÄÖÜ][\w.'’&-]*)+$"
    r"|^[A-ZÄÖÜ][\w.'’&-]*(?:\s+[A-ZÄÖÜ][\w.'’&-]*)*,\s*[A-ZÄÖÜ][\w.'’&-]*(?:\s+[A-ZÄÖÜ][\w.'’&-]*)?$"
)
_MIN_FACTS, _MAX_FACTS = 2, 4
_MAX_WORDS = 5


def place_among_icon_facts(segment: list[LexborNode], reading: BlockReading) -> None:
    """The block's place: the one fact of a short list that is no day and no time."""
    for node in segment:
        for facts in css_matches(node, "ul"):
            place = the_other_fact(facts)
            if place is not None and place != reading.title:
                reading.location_text = place
                reading.sources["location_text"] = ICON_FACTS
                return


def the_other_fact(facts: LexborNode) -> str | None:
    """The one item of the short list ``facts`` that is no day, weekday or time: its place."""
    items = [child for child in facts.iter() if child.tag == "li"]
    # („<li class="list-inline-item"> </li>“: an empty spacer item between the facts)
    texts = [text for item in items if (text := node_text(item))]
    if not _MIN_FACTS <= len(texts) <= _MAX_FACTS:
        return None
    others = [text for text in texts if not _says_when(text)]
    if len(others) != 1 or len(others) == len(texts):
        return None
    place = others[0].strip()
    if len(place.split()) > _MAX_WORDS or any(ch.isdigit() for ch in place):
        return None
    return place if _NAME.match(place) else None


def _says_when(text: str) -> bool:
    return bool(
        search_date_like(text) or TIME_LIKE.search(text) or WEEKDAY_WORD.match(text.strip())
    )
