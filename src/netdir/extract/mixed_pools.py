"""A wholly dated list inside a pool of lists that are mostly undated.

A group is found by the blocks' signature, so a post's <ul>s of plain <li>s pool into one: a
choir's post lists its December rehearsals („Freitag, 06.12.24, um 19:30 Uhr im Pfarrhaus
Diedersdorf“) and below them, for each past rehearsal, the songs sung — three more <ul>s of
<li>s without a day. The pool's dated share is low, so the post's paragraphs outscored it and
the rehearsals were lost. Each list of such a pool whose every item is dated is weighed as a
candidate of its own (``listing.lists_of_pooled_groups`` does it for readers that ask for
one list).
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from netdir.extract.listing_groups import MIN_ITEMS, Candidate, Outline
from netdir.extract.listing_score import group_score

_MIXED_SHARE = 0.5  # a pool at most this dated mixes its dated list with undated ones


def parts_by_container(candidate: Candidate) -> Iterator[Candidate]:
    """Each list element of a pooled group with enough of its blocks, as a group of its own
    (not yet scored)."""
    parents = [segment[0].parent for segment in candidate.segments]
    same = _SameNode()
    for container in candidate.containers:
        segments = [
            segment
            for segment, parent in zip(candidate.segments, parents, strict=True)
            if parent is not None and same(parent, container)
        ]
        if len(segments) < MIN_ITEMS:
            continue
        yield Candidate(
            [container],
            segments,
            candidate.item_signature,
            candidate.column_labels,
            in_furniture=candidate.in_furniture,
        )


class _SameNode:
    """``LexborNode.__eq__`` (the same node, or two whose serialized HTML is equal) with each
    node's HTML serialized once: comparing every block's parent with every container by ``==``
    serialized both each time (~0.2 ms per pooled group)."""

    def __init__(self) -> None:
        self._html: dict[int, str] = {}

    def __call__(self, node: LexborNode, other: LexborNode) -> bool:
        if node.mem_id == other.mem_id:
            return True
        # (``html`` begins with the tag: nodes of two tags never serialize alike)
        return node.tag == other.tag and self._html_of(node) == self._html_of(other)

    def _html_of(self, node: LexborNode) -> str:
        key = node.mem_id
        html = self._html.get(key)
        if html is None:
            html = self._html[key] = node.html or ""
        return html


def dated_lists_of_mixed_pools(
    candidates: list[Candidate], base_url: str, outline: Outline | None
) -> Iterator[Candidate]:
    """The wholly dated lists of the scored pools that are mostly undated, scored alone."""
    for candidate in list(candidates):
        if len(candidate.containers) < 2 or not 0 < candidate.dated_share <= _MIXED_SHARE:
            continue
        for part in parts_by_container(candidate):
            if len(part.segments) == len(candidate.segments):
                continue
            group_score(part, base_url, outline)
            if part.dated_share == 1.0:
                yield part
