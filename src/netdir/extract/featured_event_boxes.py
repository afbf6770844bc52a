"""The one event a page features in a box of its own above its lists.

A lacemaking club's „2026 Events“: first a box „<span>FEATURED EVENT</span> <h2>Our 1st Lace
Day</h2> <p>Saturday 25th April 2026</p> <p>Join us for our first-ever Lace Day! …</p>“ with
its ticket links, then the sections „Demonstrations“, „Workshops“, „Outings“ of dated cards.
The cards are a group; the featured box is one block in no group, built otherwise (its name in
an <h2>, a badge above it), so it gave no record — the club's biggest day of the year. A box
labelled as featuring an event („Featured event“, „Save the date“, „Next event“) whose heading
is followed by a line that is only a day is that event, named by the heading. A heading over a
day with no such label (a section's „2026“ over its list) is left to the lists.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text
from netdir.extract.listing_groups import Candidate, Outline
from netdir.extract.lone_blocks import element_with_text_after, is_only_a_day, lone_block_candidate

# The label of the box: „FEATURED EVENT“, „Save the Date!“, „Next event“, „Highlight“.
_FEATURED_LABEL = lazy_re.compile(
    r"^\W*(?:featured(?:\s+event)?|save\s+the\s+date|next\s+event|upcoming\s+event|highlight)"
    r"\W*$",
    re.IGNORECASE,
)
_LABEL_TAGS = "span, div, p, strong, b, small, em"
_MAX_LABEL = 40  # characters: a badge, not a sentence


def featured_event_blocks(
    outline: Outline, chosen: list[Candidate], base_url: str, score: float
) -> list[Candidate]:
    """One-block candidates (scored ``score``) for each box labelled as featuring an event whose
    heading is followed by a line that is only a day, outside the chosen groups."""
    found: list[Candidate] = []
    for heading in outline.headings:
        box = heading.parent
        line = element_with_text_after(heading)
        if (
            box is None
            or line is None
            or not is_only_a_day((node_text(line) or "").strip())
            or not _labelled_as_featured(box, heading)
        ):
            continue
        candidate = lone_block_candidate(box, [heading, line], outline, chosen, base_url, score)
        if candidate is not None:
            found.append(candidate)
    return found


def _labelled_as_featured(box: LexborNode, heading: LexborNode) -> bool:
    """Whether an element of ``box`` before ``heading`` is a short label featuring an event."""
    for node in box.css(_LABEL_TAGS):
        if node.mem_id == heading.mem_id:
            break
        text = (node_text(node) or "").strip()
        if text and len(text) <= _MAX_LABEL and _FEATURED_LABEL.match(text):
            return True
    return False
