"""Flat items that each open with a classed date box, then a classed name box, then any number of
classed boxes of their own (documents, links), with no element holding one item.

A city clerk's meeting list is one run of sibling boxes::

    <div class="bcic_mtgdate">December 1, 2014</div>
    <div class="bcic_mtgtype">Regular Meeting of the Music Commission</div>
    <div class="bcic_doc"><a …><b>Agenda</b></a></div>
    <div class="bcic_doc"><a …><b>Play video</b></a></div>
    <div class="bcic_mtgdate">October 7, 2014</div> …

No element holds an item, so no sibling group does either, and the pairs (date box, name box)
do not alternate strictly (a meeting has one to five document boxes), so the two-box pairs of
listing_groups miss them. A reader sees one item per date box: the boxes from it to the next
date box. Only a strict shape counts: at least ``_MIN_HEADS`` date boxes of one classed
signature, each a short line that states a day and nothing else of a name, each followed right
away by a box of one other classed signature (the name) that states no day; a box without a
class (a rule, a paragraph) ends the last item.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS, node_text
from netdir.extract.date_cues import DATE_LIKE

_MIN_HEADS = 3
_DATE_BOX_CHARS = 60  # „May 17, 2016 (Canceled)“: a day and a note, not a line naming its item


def dated_box_runs(
    children: list[LexborNode], signature: Callable[[LexborNode], str]
) -> list[list[LexborNode]]:
    """The items (date box, name box, own boxes…) of ``children`` when they form such a run;
    [] otherwise."""
    signs = [signature(child) for child in children]
    head = _head_signature(children, signs)
    if head is None:
        return []
    runs: list[list[LexborNode]] = []
    current: list[LexborNode] | None = None
    for child, sign in zip(children, signs, strict=True):
        if sign == head:
            current = [child]
            runs.append(current)
        elif current is not None and "." in sign and child.tag not in HEADING_TAGS:
            current.append(child)
        else:
            current = None  # an unclassed sibling or a heading closes the item before it
    return runs


def _head_signature(children: list[LexborNode], signs: list[str]) -> str | None:
    """The classed signature of the date boxes, when every one is a short date line followed by
    a dateless box of one other classed signature."""
    counts = Counter(sign for sign in signs if "." in sign)
    for sign, count in counts.most_common():
        if count < _MIN_HEADS:
            break
        indices = [index for index, other in enumerate(signs) if other == sign]
        if all(_date_box(children[index]) for index in indices) and _named_below(
            children, signs, indices
        ):
            return sign
    return None


def _named_below(children: list[LexborNode], signs: list[str], indices: list[int]) -> bool:
    below = {signs[index + 1] if index + 1 < len(signs) else "" for index in indices}
    if len(below) != 1:
        return False
    name_sign = below.pop()
    if "." not in name_sign or name_sign == signs[indices[0]]:
        return False
    return not any(DATE_LIKE.search(node_text(children[index + 1]) or "") for index in indices)


def _date_box(node: LexborNode) -> bool:
    if node.tag in HEADING_TAGS:
        return False  # heading runs are listing_groups' own
    text = node_text(node) or ""
    return 0 < len(text) <= _DATE_BOX_CHARS and DATE_LIKE.match(text) is not None


_MAX_NAME = 200


def name_box_below_its_date(segment: list[LexborNode]) -> LexborNode | None:
    """The name box of an item read from such a run: the classed box right after its date box,
    a short dateless line without a link; None for any other block (the document boxes after
    it hold links whose words — „Approved Minutes“, „Play video“ — name files, not the item)."""
    if len(segment) < 3 or not _date_box(segment[0]):
        return None
    name = segment[1]
    if name.tag in HEADING_TAGS or not name.attributes.get("class") or name.css_first("a"):
        return None
    text = node_text(name) or ""
    if not text or len(text) > _MAX_NAME or DATE_LIKE.search(text):
        return None
    return name if all(node.attributes.get("class") for node in segment[2:]) else None
