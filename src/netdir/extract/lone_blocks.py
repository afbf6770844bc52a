"""One block in no group that a heading makes an offering of its own.

A group's „Der nächste Termin:“ over a line that is only a day, a club's „FEATURED EVENT“ box
over its Lace Day: the block stands apart from the page's lists, so no group reads it. Both
readers (``next_meeting``, ``featured_event_boxes``) find the line after a heading and make the
block a candidate of its own; what they share — the element after the heading, whether its text
is only a day, and the candidate around the block — is here, so the two stay alike.
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.listing_groups import Candidate, Outline, signature
from netdir.extract.listing_order import overlaps
from netdir.extract.listing_row_context import read_in_context
from netdir.extract.listing_score import is_item
from netdir.extract.title_text import is_junk_title


def element_with_text_after(heading: LexborNode, empties: int = 0) -> LexborNode | None:
    """The first element after ``heading`` with text, passing over at most ``empties`` empty
    ones (the blank paragraphs a wiki leaves below a heading)."""
    node = heading.next
    for _ in range(empties + 1):
        while node is not None and not node.is_element_node:
            node = node.next
        if node is None:
            return None
        if (node_text(node) or "").strip():
            return node
        node = node.next
    return None


def is_only_a_day(text: str) -> bool:
    """Whether ``text`` names a day and nothing that could name an offering."""
    return names_a_day(text) and is_junk_title(text)


def lone_block_candidate(
    block: LexborNode,
    segment: list[LexborNode],
    outline: Outline,
    chosen: list[Candidate],
    base_url: str,
    score: float,
    complete: Callable[[BlockReading], None] | None = None,
) -> Candidate | None:
    """The one-block candidate (scored ``score``) of ``segment`` inside ``block``, or None when a
    chosen group already holds it or its reading is no offering. ``complete`` fills in what the
    reader knows beyond the block (whose meeting, where) before the reading is judged."""
    candidate = Candidate([block], [segment], f"{signature(block)}>{signature(segment[0])}", {})
    if any(overlaps(candidate, group) for group in chosen):
        return None  # the block is (or lies in) a chosen group's block: read there
    reading = read_in_context(segment, base_url, candidate, outline)
    if complete is not None:
        complete(reading)
    if not is_item(reading) or is_junk_title(reading.title):
        return None
    candidate.readings = [reading]
    candidate.score = score
    candidate.dated_share = 1.0
    return candidate
