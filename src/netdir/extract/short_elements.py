"""The elements of a list whose text is short, found without building the text of every
container around them.

Readers that look for a label („Datum“) or a badge („Mi 22.“) ask each element of a page or a
block for its text and skip the long ones. Building a container's text walks its whole subtree,
so asking every element so costs the page's size times its depth: on a saved 728 KB event page
two such readers took 4.5 of the 5.4 seconds the page took. An element holds the text of every
element inside it, so once an element's text is too long, every element around it is too, and
its text need not be built.
"""

from __future__ import annotations

from collections.abc import Sequence

from selectolax.lexbor import LexborNode


def texts_within(elements: Sequence[LexborNode], most: int) -> list[tuple[LexborNode, str]]:
    """``(element, element.text(strip=True))`` for each element whose text has at most ``most``
    characters, in the order given. ``elements`` lists no element before one inside it (document
    order, as ``css`` and a tree walk give them)."""
    longer: set[int] = set()  # elements around one whose text is longer than ``most``
    kept: list[tuple[LexborNode, str]] = []
    for element in reversed(elements):  # the elements inside an element before it
        if element.mem_id not in longer:
            text = element.text(strip=True)
            if len(text) <= most:
                kept.append((element, text))
                continue
        # (an element's stripped text holds each stripped text node below it, so it is at
        # least as long as any of theirs)
        parent = element.parent
        while parent is not None and parent.mem_id not in longer:
            longer.add(parent.mem_id)
            parent = parent.parent
    kept.reverse()
    return kept
