"""A section's block whose own sub-heading gives the day and a name is named by that heading.

A history archive's Termine open each kind of event with an h2 („Stadtteilrundgänge“,
„Themenabende“) and give the walk itself an h3 that holds its day and its name: „Sonnabend, 26.
Mai 2018 - Der historische Dorfkern Neugraben“. Read as one block, the section's word is only
the kind (a plural, the whole section's); the walk is the one the h3 names once its day is read
out of it. Only a block with one sub-heading, which holds the block's day and two words or more
of a name beside it, is so named — and only when that sub-heading stands right under the
section's heading, one rank lower: a sub-heading that is only a day („Sonnabend, 7. April 2018,
10:00 bis 12:00 Uhr“) leaves the section's name, and so does a higher heading further down the
block (an expander's „<h1>Workshop „R-Einführung“ am 10.03.2015</h1>“ repeating the h3's
workshop).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.date_cues import DATE_PHRASE
from netdir.extract.place_lines import names_a_place, names_a_venue_or_address
from netdir.extract.title_text import title_in_text

#: Provenance of a title read from the block's sub-heading beside its day.
SOURCE = "listing:the sub-heading's name beside its day"

_MIN_WORDS = 2


def name_in_the_day_heading(segment: list[LexborNode], date_text: str) -> str | None:
    """The name the block's one sub-heading gives beside the block's day (see the module's
    docstring); None when the block is not so."""
    if not segment or segment[0].tag not in HEADING_TAGS:
        return None
    subheadings = [
        node
        for root in segment[1:]
        for node in ([root] if root.tag in HEADING_TAGS else root.css(",".join(HEADING_TAGS)))
    ]
    if len(subheadings) != 1 or subheadings[0] is not segment[1]:
        return None  # the day's heading stands right under the section's, not further down
    if (subheadings[0].tag or "") <= (segment[0].tag or ""):
        return None  # „<h3>Methodenworkshop …</h3> … <h1>Workshop … am 10.03.2015</h1>“: a copy
    text = node_text(subheadings[0]) or ""
    day = DATE_PHRASE.search(text)
    if day is None or day.group(0).strip() not in date_text:
        return None
    rest = f"{text[: day.start()]} {text[day.end() :]}".strip(" -–—,:|")
    name = title_in_text(rest) if rest else None
    if name is None or len(name.split()) < _MIN_WORDS or DATE_PHRASE.search(name):
        return None
    if names_a_place(name) or names_a_venue_or_address(name):
        return None  # „Sa, 5. Mai 2018 - Stadthalle Achern“: where, under the card's own name
    return name
