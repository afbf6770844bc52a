"""Whether one element of the page lies inside another.

Nodes are compared by ``mem_id``: selectolax hands out a new Python object for the same element
on each access, so ``is`` and ``==`` do not tell two handles of one element apart.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode


def lies_inside(node: LexborNode, outer: LexborNode) -> bool:
    """True when ``outer`` is one of ``node``'s ancestors (not ``node`` itself)."""
    ancestor = node.parent
    while ancestor is not None:
        if ancestor.mem_id == outer.mem_id:
            return True
        ancestor = ancestor.parent
    return False
