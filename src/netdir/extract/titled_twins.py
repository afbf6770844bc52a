"""A post list read twice: the posts' title rows and their excerpts are two groups of one list.

A blog theme builds each post of a category page alike — „<article><header><div
class="entry-header-row"><h2><a>Onboarding für alle am 15.8., 19:00 Uhr</a></h2>…</header><div
class="entry-meta">…</div><div class="entry-summary"><p>… am Dienstag, den 15.08., um 19:00 Uhr
…</p></div></article>“. The excerpts (or their paragraphs) and the title rows are both dated
groups; chosen side by side, each post gives two offerings on its day, one named by the excerpt's
first words. The title rows name the posts: where a dated group of heading rows has a box of its
own per row (the post) and a chosen group of unheaded blocks lies in those boxes, every box
holding some, the heading rows take that group's place.
"""

from __future__ import annotations

from collections.abc import Sequence

from selectolax.lexbor import LexborNode

from netdir.extract.listing_groups import MIN_ITEMS, Candidate

_HEADINGS = "h1, h2, h3, h4, h5, h6"
# How far up the box of a pair may be: a title row sits two or three levels below its post.
_BOX_LEVELS = 4


def untitled_twins_of(candidate: Candidate, chosen: Sequence[Candidate]) -> list[Candidate]:
    """The chosen groups whose blocks pair one to one with ``candidate``'s in boxes of their own
    (the excerpts, the meta lines), when ``candidate``'s blocks hold a heading and most of theirs none."""
    blocks = _single_blocks(candidate)
    if blocks is None or not all(block.css_first(_HEADINGS) is not None for block in blocks):
        return []
    return [other for other in chosen if other is not candidate and _untitled_twin(blocks, other)]


def _single_blocks(candidate: Candidate) -> list[LexborNode] | None:
    """The group's blocks when each is one element and there are enough of them."""
    if len(candidate.segments) < MIN_ITEMS or any(len(s) != 1 for s in candidate.segments):
        return None
    return [segment[0] for segment in candidate.segments]


def _untitled_twin(blocks: list[LexborNode], other: Candidate) -> bool:
    if len(other.segments) < len(blocks):
        return False
    twins = [segment[0] for segment in other.segments if segment]
    # (an excerpt may keep a heading of the post's own text: most hold none)
    if 2 * sum(1 for twin in twins if twin.css_first(_HEADINGS) is not None) >= len(twins):
        return False
    boxes = _boxes(blocks)
    if boxes is None:
        return False
    used = {_box_of(twin, boxes) for twin in twins}
    return None not in used and len(used) == len(boxes)


def _boxes(blocks: list[LexborNode]) -> dict[int, LexborNode] | None:
    """Each titled block's box: the highest element a few levels above it that holds no other
    titled block (its post); None when two blocks share their nearest box."""
    counts: dict[int, int] = {}
    for block in blocks:
        node = block.parent
        for _ in range(_BOX_LEVELS):
            if node is None or node.tag in ("body", "html"):
                break
            counts[node.mem_id] = counts.get(node.mem_id, 0) + 1
            node = node.parent
    boxes: dict[int, LexborNode] = {}
    for block in blocks:
        box = None
        node = block.parent
        for _ in range(_BOX_LEVELS):
            if node is None or counts.get(node.mem_id) != 1:
                break
            box, node = node, node.parent
        if box is None:
            return None
        boxes[box.mem_id] = box
    return boxes


def _box_of(node: LexborNode, boxes: dict[int, LexborNode]) -> int | None:
    """The box ``node`` lies in, within a few levels, or None."""
    above = node.parent
    for _ in range(_BOX_LEVELS + 2):
        if above is None:
            return None
        if above.mem_id in boxes:
            return above.mem_id
        above = above.parent
    return None
