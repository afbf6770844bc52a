"""The venue of a row's meta line that pairs the kind of event with its place.

An opera director's „Aktuelles“ sets above each row's title a meta line of two spans::

    <span class="aktuelles-row__meta"><span>Uraufführung</span>
      <span>Eduard-von-Winterstein-Theater, Annaberg-Buchholz</span></span>

The first says what kind of event („Premiere“, „Vortrag“, „Meisterkurs“, „Buchpräsentation“,
„Lecture“), the second where. Read as one line the two run together, and neither is labelled or
classed as a place. An element classed as meta (``…meta…``) holding exactly two text elements,
the first one word naming a kind of event and the second a short name (no sentence) without a
day, a clock or the row's title in it: the second is the row's place.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import css_matches, node_text
from netdir.extract.date_cues import TIME_LIKE, search_date_like

#: Provenance of a place read from a kind-and-venue meta line.
SOURCE = "listing:the venue of a kind-and-venue meta line"
# One word naming a kind of event, alone or as the end of a compound („Buchpräsentation“,
# „Rahmenprogramm“, „Benefizkonzert“).
_KIND = lazy_re.compile(
    r"^[^\W\d_]*(?:konzert|vortrag|lesung|premiere|aufführung|inszenierung|meisterkurs|"
    r"meisterklasse|masterclass|workshop|seminar|kurs|präsentation|programm|führung|"
    r"ausstellung|vernissage|finissage|gottesdienst|diskussion|gespräch|tagung|konferenz|"
    r"symposium|festival|lecture|talk|conversation|concert|reading|performance|screening|"
    r"gastspiel|wiederaufnahme)$",
    re.IGNORECASE,
)
_MAX_VENUE_CHARS = 80
_MAX_VENUE_WORDS = 10  # a name, not a sentence (a venue may open in lower case: „nosolo studios“)


def kind_and_venue_place(segment: list[LexborNode], reading: BlockReading) -> None:
    """Set the row's place from its kind-and-venue meta line (see the module docstring)."""
    for node in segment:
        for meta in css_matches(node, '[class*="meta"]'):
            parts = [child for child in meta.iter() if child.is_element_node]
            if len(parts) != 2 or any(_has_elements(part) for part in parts):
                continue
            kind, venue = (node_text(part) or "" for part in parts)
            if _KIND.match(kind.strip()) and _venue(venue, reading.title):
                reading.location_text = venue.strip()
                reading.sources["location_text"] = SOURCE
                return


def _has_elements(node: LexborNode) -> bool:
    return any(child.is_element_node for child in node.iter())


def _venue(text: str, title: str | None) -> bool:
    text = text.strip()
    return (
        0 < len(text) <= _MAX_VENUE_CHARS
        and len(text.split()) <= _MAX_VENUE_WORDS
        and not text.endswith((".", "!", "?"))
        and search_date_like(text) is None
        and TIME_LIKE.search(text) is None
        and (not title or title not in text)
    )
