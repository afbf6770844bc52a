"""The element around a node: its nearest ancestor of a kind (the row of a cell's block, the
table of a row, the post an element stands in), or the document it belongs to.

Readers of tables and posts ask for it often; one walk up serves them all. Readers that look
for what the whole page says of a list (its one „Wo:“, its venue section, its banner) start
from the document the list's node belongs to.
"""

from __future__ import annotations

from collections.abc import Container

from selectolax.lexbor import LexborNode


def enclosing(node: LexborNode, tags: Container[str]) -> LexborNode | None:
    """The nearest ancestor of ``node`` (not ``node`` itself) whose tag is one of ``tags``."""
    ancestor = node.parent
    while ancestor is not None and ancestor.tag not in tags:
        ancestor = ancestor.parent
    return ancestor


def document_root(node: LexborNode) -> LexborNode:
    """The outermost ancestor of ``node`` (``node`` itself when it has none)."""
    root = node
    while root.parent is not None:
        root = root.parent
    return root
