"""The element around a node: its nearest ancestor of a kind (the row of a cell's block, the
table of a row, the post an element stands in).

Readers of tables and posts ask for it often; one walk up serves them all.
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
