"""A course whose one date stands in its section's text beside courses whose dates fill tables.

The Zentrum für Legistik lists its trainings as sections of one box: each an ``<h3>`` with the
course's name over a paragraph and a table of dates („Mo, 10.08.2026 | 10:00-11:30 | online“),
one course instead with a single list line „Termin: Freitag, 11.09.2026 von 09:00-16:30 Uhr“.
The table rows are the listing, each named by the heading above it; the lone line is one more
date of the same list — its section is built as theirs (a heading of the same level, in a box
beside theirs or in the same box), so its heading names it as theirs name them.
"""

from __future__ import annotations

from collections.abc import Sequence

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.listing_groups import Outline

SOURCE = "listing:heading of a section beside the listed ones"
_HEADING_TITLE = "listing:heading-before"


def headings_naming_the_rows(
    segments: Sequence[list[LexborNode]], readings: Sequence[BlockReading], outline: Outline
) -> list[LexborNode]:
    """The headings that name a chosen group's rows (the nearest heading above each row the
    group's reading titled by the heading before it)."""
    found: list[LexborNode] = []
    seen: set[int] = set()
    for segment, reading in zip(segments, readings, strict=False):
        if reading.sources.get("title") != _HEADING_TITLE or not segment:
            continue
        nearest = outline.headings_before(segment[0])[:1]
        if nearest and nearest[0].mem_id not in seen:
            seen.add(nearest[0].mem_id)
            found.append(nearest[0])
    return found


def heading_of_a_sibling_section(
    block: LexborNode, naming: Sequence[LexborNode], outline: Outline
) -> LexborNode | None:
    """The heading of ``block``'s section when that section stands beside the sections whose
    headings name the listed rows: a heading of the same tag, not one of theirs, in the same box
    as one of them or in a box of the same tag beside one of theirs (and holding ``block``)."""
    nearest = outline.headings_before(block)[:1]
    if not nearest or not naming:
        return None
    heading = nearest[0]
    if any(heading.mem_id == other.mem_id for other in naming):
        return None  # the rows' own section: not a section beside them
    box = heading.parent
    if box is None:
        return None
    for other in naming:
        if other.tag != heading.tag or other.parent is None:
            continue
        if other.parent.mem_id == box.mem_id:
            return heading  # „<h3>…<table>…<h3>…<ul>“: sections in one box
        their_outer, our_outer = other.parent.parent, box.parent
        if (
            their_outer is not None
            and our_outer is not None
            and their_outer.mem_id == our_outer.mem_id
            and other.parent.tag == box.tag
            and _inside(block, box)
        ):
            return heading  # „<div><h3>…<table></div><div><h3>…<ul></div>“
    return None


def _inside(node: LexborNode, box: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id == box.mem_id:
            return True
        parent = parent.parent
    return False
