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
from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.listing_groups import Candidate, Outline, signature
from netdir.extract.listing_order import overlaps
from netdir.extract.listing_row_context import read_in_context
from netdir.extract.listing_score import is_item
from netdir.extract.title_text import is_junk_title

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
        line = _day_line_after(heading)
        if box is None or line is None or not _labelled_as_featured(box, heading):
            continue
        candidate = Candidate(
            [box], [[heading, line]], f"{signature(box)}>{signature(heading)}", {}
        )
        if any(overlaps(candidate, group) for group in chosen):
            continue  # the box is (or lies in) a chosen group's block: read there
        reading = read_in_context([heading, line], base_url, candidate, outline)
        if not is_item(reading) or is_junk_title(reading.title):
            continue
        candidate.readings = [reading]
        candidate.score = score
        candidate.dated_share = 1.0
        found.append(candidate)
    return found


def _day_line_after(heading: LexborNode) -> LexborNode | None:
    """The element right after ``heading`` when its text is only a day."""
    node = heading.next
    while node is not None and not node.is_element_node:
        node = node.next
    if node is None:
        return None
    text = (node_text(node) or "").strip()
    return node if text and names_a_day(text) and is_junk_title(text) else None


def _labelled_as_featured(box: LexborNode, heading: LexborNode) -> bool:
    """Whether an element of ``box`` before ``heading`` is a short label featuring an event."""
    for node in box.css(_LABEL_TAGS):
        if node.mem_id == heading.mem_id:
            break
        text = (node_text(node) or "").strip()
        if text and len(text) <= _MAX_LABEL and _FEATURED_LABEL.match(text):
            return True
    return False
