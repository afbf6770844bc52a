"""A lone block built like the chosen list's items, where the whole page body is classed furniture.

A research group's Quarto page wraps its whole content in „<div class="quarto-container …
page-navbar">“ — a layout state saying the page has a navbar, whose last word marks every block
inside as furniture. Its seminars stand in two places: one upcoming seminar under „Upcoming
Seminars“ and the previous ones in year tabs, each an identical „<section class="level3">“ with
the day and the title in its ``<h3>``. The tabs' sections make a group and are chosen although they
stand in that furniture (their score carries them); the one upcoming section is a lone block, and
a lone block in furniture was passed over as a sidebar's or a calendar header's. When a chosen
group stands in furniture too and the lone block is built as its items are — the same tag and
the same classes, its first heading of the same level — the two stand in the same page-wide
furniture: the lone block is no sidebar, and is weighed as any lone block (its section heading
must still name coming events, or its markup a chosen table's).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS
from netdir.extract.inline_text import visible_text
from netdir.extract.listing_groups import Candidate


def _shape(node: LexborNode) -> tuple[str, str, str | None]:
    """The tag, the classes and the first heading's tag of a block."""
    classes = " ".join(sorted((node.attributes.get("class") or "").split()))
    heading = next(
        (child.tag for child in node.iter(include_text=False) if child.tag in HEADING_TAGS), None
    )
    return node.tag or "", classes, heading


def twin_in_the_same_furniture(lone: Candidate, chosen: list[Candidate]) -> bool:
    """``lone`` stands in furniture, and a chosen group in furniture too has every item built as
    ``lone``'s block is (see the module docstring)."""
    if not lone.in_furniture or not lone.segments or not lone.segments[0]:
        return False
    shape = _shape(lone.segments[0][0])
    if shape[2] is None:  # a block without a heading names nothing as the items do
        return False
    for group in chosen:
        if not group.in_furniture:
            continue
        items = [segment[0] for segment in group.segments if segment]
        if items and all(_shape(item) == shape for item in items):
            return True
    return False


def heading_over_the_twin(block: LexborNode) -> str:
    """The heading just before ``block`` among its siblings („<h1>Upcoming Seminars</h1><hr>“
    over the section), or "". The outline's section heading passes over a heading that shares
    the block's container (a card's own heading over its date field); a Quarto section holds its
    heading and the sections below it so."""
    sibling = block.prev
    while sibling is not None:
        if sibling.is_element_node:
            if sibling.tag in HEADING_TAGS:
                return " ".join(visible_text(sibling).split())
            if visible_text(sibling).strip():
                return ""  # text between: the heading is not the block's
        sibling = sibling.prev
    return ""
