"""The element siblings of a node in one direction, nearest first, up to a count.

Readers that look around a list for what it says of all its rows — the notes beside a table
(list_notes), an „Adresse“ section before or after it (lead_places) — walk its siblings so: text
between the elements is passed over, and only the first few elements count.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from selectolax.lexbor import LexborNode


def element_siblings(
    node: LexborNode, step: Literal["next", "prev"], most: int
) -> Iterator[LexborNode]:
    """Up to ``most`` sibling elements of ``node`` after it (``"next"``) or before it
    (``"prev"``), nearest first."""
    sibling = getattr(node, step)
    seen = 0
    while sibling is not None and seen < most:
        if sibling.is_element_node:
            seen += 1
            yield sibling
        sibling = getattr(sibling, step)
