"""Undated blocks of a listing group that stand under another section heading than its dated ones.

A concert page's cards share one markup: three ticket cards under „Karten kaufen“ („<h4>München
Ticket</h4> … <a>Zu München Ticket</a>“) and the programme cards with their days under „Kommende
Veranstaltungen“. The group is the concerts; an undated card of another section is that
section's furniture (how to buy tickets), no offering.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import HEADING_TAGS
from netdir.extract.context import clean_text
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Outline

_MOSTLY_DATED = 0.5


def dated_sections(
    segments: list[list[LexborNode]], readings: list[BlockReading], outline: Outline | None
) -> set[str] | None:
    """The section headings the group's dated blocks stand under; None when the page has no
    outline, the group is mostly undated or a dated block stands under no heading."""
    if outline is None or not readings:
        return None
    dated = [
        segment for segment, reading in zip(segments, readings, strict=True) if reading.date_text
    ]
    if len(dated) < _MOSTLY_DATED * len(readings):
        return None
    headings = {_section_of(segment, outline) for segment in dated}
    return None if None in headings else {heading for heading in headings if heading}


def in_another_section(
    segment: list[LexborNode], sections: set[str] | None, outline: Outline | None
) -> bool:
    """An undated block under a heading none of the group's dated blocks stands under."""
    if not sections or outline is None:
        return False
    heading = _section_of(segment, outline)
    return heading is not None and heading not in sections


def _section_of(segment: list[LexborNode], outline: Outline) -> str | None:
    """The text of the nearest heading above the block that outranks the block's own heading
    (an h2 over cards titled by h3/h4); None for a block without a heading of its own."""
    own = [
        _rank(node)
        for root in segment
        if root.is_element_node
        for node in [root, *root.traverse()]
        if node.tag in HEADING_TAGS
    ]
    if not own:
        return None
    above = next((h for h in outline.headings_before(segment[0]) if _rank(h) < min(own)), None)
    return clean_text(visible_text(above)) if above is not None else None


def _rank(heading: LexborNode) -> int:
    """1 for ``h1`` … 6 for ``h6``."""
    return HEADING_TAGS.index(heading.tag or "h6") + 1
