"""A heading that opens with a box of the row's clock and room: the name is the rest.

A science night's panels head each talk with „<h4><a><div class="hoersaal">20:00 HS B.</div>
Computersimulationen der molekularen Maschinerie des Lebens …</a></h4>“: the box is when and
where the talk is (its date text reads the clock there), the name follows it. When the
heading's first element is such a box — short, opening with a clock — the name is the
heading's text after it and the box's words after the clock are the place.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import node_text
from netdir.extract.date_cues import TIME_LIKE

_BOX_CHARS = 30  # „20:00 HS B.“, „19:30 Uhr · Saal 2“; a longer first line is no box
_BOX_TAGS = frozenset({"div", "span", "small", "p"})


def _first_box(heading: LexborNode) -> LexborNode | None:
    """The heading's first element (through a link wrapping its whole text)."""
    node = heading.child
    while node is not None:
        if node.is_element_node:
            if node.tag == "a" and node.child is not None:
                return _first_box(node)
            return node if node.tag in _BOX_TAGS else None
        if (node.text_content or "").strip():
            return None  # the heading opens with words of its own
        node = node.next
    return None


def name_after_clock_box(heading: LexborNode, text: str) -> tuple[str, str | None] | None:
    """The name after the heading's opening clock box and the place the box names after its
    clock („HS B.“), or None when the heading opens otherwise."""
    box = _first_box(heading)
    shown = node_text(box) if box is not None else None
    if not shown or len(shown) > _BOX_CHARS or not text.startswith(shown):
        return None
    clock = TIME_LIKE.match(shown)
    name = text[len(shown) :].strip()
    if clock is None or not name:
        return None
    place = shown[clock.end() :].strip(" ·,-–") or None
    return name, place
