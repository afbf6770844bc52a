"""The page's lead says when and where every evening below begins: „Wir treffen uns ab 20 Uhr im
Garten des Rosenhofs von Mollis.“

An open-air cinema's programme page opens with what holds for all its evenings — „Wir treffen uns
ab 20 Uhr im Garten des Rosenhofs von Mollis. … Nach dem Einbruch der Dunkelheit wird gegen 21
Uhr 45 der Film gestartet.“ — then one section per evening, a heading „Samstag 18. Mai 2019“
over the film. The sections name their day and their film, not the hour or the place: the lead
does, once. A paragraph above the first of the sections (below the page's heading, before any
heading of the sections' rank) that says who meets — „wir treffen uns“, „man trifft sich“ —
„ab“ or „um“ a clock and then where („im …“, „in der …“, „auf dem …“) gives each section its
clock and its place. Sections under other headings, and leads that tell no meeting, are left
alone.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text
from netdir.extract.place_prepositions import PLACE_PREPOSITION

_SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_RANK = {f"h{level}": level for level in range(1, 7)}
_LEAD_ELEMENTS = 80  # elements walked back over from a section's heading to the lead
# „Wir treffen uns (sich) ab 20 Uhr im Garten des Rosenhofs von Mollis“, „man trifft sich jeweils
# um 19:30 Uhr in der Alten Schule“: who meets, the clock, the place after its preposition —
# capitalised words and the small words between them („des“, „von“, „am“).
_MEETING = lazy_re.compile(
    r"\b(?i:wir\s+treffen\s+uns|treffen\s+wir\s+uns|man\s+trifft\s+sich|trifft\s+man\s+sich)"
    r"(?:\s+sich)?(?:\s+(?:jeweils|immer|stets|wie\s+gewohnt))?\s+(?:ab|um)\s+"
    r"(?P<clock>\d{1,2}(?:[:.]\d{2})?\s*Uhr)"
    rf"\s+{PLACE_PREPOSITION}\s+"
    r"(?P<place>[A-ZÄÖÜ][\w-]*(?:\s+(?:(?:des|der|dem|den|von|vom|am|an|im|zum|zur|bei|und)"
    r"\s+)?[A-ZÄÖÜ][\w-]*){0,5})"
)


def meeting_of_the_lead(first: LexborNode) -> tuple[str, str] | None:
    """The clock and the place („20 Uhr“, „Garten des Rosenhofs von Mollis“) that the page's
    lead states for the sections headed like ``first`` (a section's heading); None when
    ``first`` heads no such section or the lead tells no meeting."""
    if first.tag not in _SECTION_HEADINGS:
        return None
    rank = _RANK[first.tag]
    lead: list[str] = []
    node = first.prev
    walked = 0
    while node is not None:
        if node.tag in _RANK:
            if _RANK[node.tag] < rank:
                break  # the page's heading over the lead
            lead = []  # another section of the same rank: what came after it was its own
        elif not node.is_text_node and node.tag != "-comment":
            lead.append(node_text(node) or "")
        if not node.is_text_node:
            walked += 1
            if walked > _LEAD_ELEMENTS:
                return None
        node = node.prev
    for text in reversed(lead):
        met = stated_meeting(text)
        if met is not None:
            return met
    return None


def stated_meeting(text: str) -> tuple[str, str] | None:
    """The clock and the place of a sentence that says who meets („Wir treffen uns ab 20 Uhr im
    Garten des Rosenhofs von Mollis“); None when ``text`` tells no meeting."""
    met = _MEETING.search(" ".join(text.split()))
    if met is None:
        return None
    return " ".join(met["clock"].split()), met["place"]
