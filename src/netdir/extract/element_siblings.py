"""The element siblings of a node: in one direction, nearest first, up to a count; or the one
right before or after it.

Readers that look around a list for what it says of all its rows — the notes beside a table
(list_notes), an „Adresse“ section before or after it (lead_places) — walk its siblings so: text
between the elements is passed over, and only the first few elements count (a calendar grid's
week rows above a row, listing_row_context's group headers above a block). Readers that take
what stands right beside a node — a list right after a list item (sub_items), the heading above
or below a date heading (name_heading_above), a month label right before a list
(month_label_days) — want the next element only when nothing but blank text lies between.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from selectolax.lexbor import LexborNode


def element_siblings(
    node: LexborNode, step: Literal["next", "prev"], most: int | None = None
) -> Iterator[LexborNode]:
    """Up to ``most`` (or all the) sibling elements of ``node`` after it (``"next"``) or before
    it (``"prev"``), nearest first."""
    sibling = getattr(node, step)
    seen = 0
    while sibling is not None and (most is None or seen < most):
        if sibling.is_element_node:
            seen += 1
            yield sibling
        sibling = getattr(sibling, step)


def element_after(node: LexborNode) -> LexborNode | None:
    """The node's next sibling element, nothing but blank text between."""
    after = node.next
    while after is not None and not after.is_element_node and not (after.text() or "").strip():
        after = after.next
    return after if after is not None and after.is_element_node else None


def element_before(node: LexborNode) -> LexborNode | None:
    """The node's previous sibling element, nothing but blank text between."""
    before = node.prev
    while before is not None and not before.is_element_node and not (before.text() or "").strip():
        before = before.prev
    return before if before is not None and before.is_element_node else None
