"""A link set inside a line of words names what the line speaks of, not the block's event.

A block without a heading is titled by its longest link — right for a row whose link is its
name. But a concert row may link only the hall it is held in or the people who play::

    <div class="boldTxt">Duo-Konzert Klavier und Violine</div>
    Im <a href="…klinik.de/"><b>Friedrich-Husemann Klinik</b></a><br/> …
    <b>Ein Gedenkkonzert … - Teil 2</b> … <li>Gottschalk, La Gallina - <a>Stefan und Fedra Blido</a></li>

There the link stands among other words of its line („Im …“, „… - “), and the row's bold line
above it names the event. Where the bold line holds the link („Konzert im <a>Elfenau Park</a>“),
the whole bold line is the name. Bold is ``<b>``/``<strong>`` or a class that says so
(``boldTxt``, ``font-bold``). A bold label in the link's own line („<b>Lesung:</b> <a>…</a>“)
is part of that line, not a name above it, and a link that is its whole line stays the title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from netdir import lazy_re

# Elements that run on inside a line; any other element (or <br>) ends the line.
_INLINE = frozenset(
    {
        "-text", "a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "mark", "q", "s",
        "small", "span", "strong", "sub", "sup", "time", "u",
    }
)  # fmt: skip
_BOLD_CLASS = lazy_re.compile(r"bold", re.I)
_WORD = lazy_re.compile(r"[^\W\d_]{2}")


def is_bold(node: LexborNode) -> bool:
    """``<b>``, ``<strong>`` or an element whose class says it is bold."""
    if node.tag in ("b", "strong"):
        return True
    return bool(_BOLD_CLASS.search(node.attributes.get("class") or ""))


def bold_lines_over(segment: list[LexborNode], link: LexborNode) -> Iterator[LexborNode]:
    """The bold elements that may name the block instead of ``link``: those before the link's
    line or holding the link, in document order. Nothing when the link is its line's only
    words (then it names the block)."""
    in_line = _line_mates(link)
    if in_line is None:
        return
    for root in segment:
        for node in root.traverse(include_text=False):
            if node.mem_id == link.mem_id:
                return
            if not is_bold(node) or _inside(node, in_line) or _inside_link(node, root):
                continue
            yield node


def words_before(link: LexborNode) -> bool:
    """Whether words stand before ``link`` in its line („Dancing at the <a>Kirtlington Lamb
    Ale</a>, as guests of …“): the link is a part of a sentence, not the line's opening name."""
    node = link
    while True:
        sibling = node.prev
        while sibling is not None:
            if sibling.is_element_node and (sibling.tag == "br" or sibling.tag not in _INLINE):
                break
            if _WORD.search(sibling.text() or ""):
                return True
            sibling = sibling.prev
        parent = node.parent
        if parent is None or parent.tag not in _INLINE:
            return False
        node = parent


def _line_mates(link: LexborNode) -> set[int] | None:
    """The elements beside ``link`` in its line (up to a ``<br>`` or block element on either
    side, climbing through the inline elements around it), or None when no words stand there."""
    mates: set[int] = set()
    worded = False
    node = link
    while True:
        for step in ("prev", "next"):
            sibling = getattr(node, step)
            while sibling is not None:
                if sibling.is_element_node and (sibling.tag == "br" or sibling.tag not in _INLINE):
                    break
                if sibling.is_element_node:
                    mates.add(sibling.mem_id)
                if _WORD.search(sibling.text() or ""):
                    worded = True
                sibling = getattr(sibling, step)
        parent = node.parent
        if parent is None or parent.tag not in _INLINE:
            return mates if worded else None
        node = parent  # a bold element around the line holds the link: it may name the block


def _inside(node: LexborNode, ids: set[int]) -> bool:
    current: LexborNode | None = node
    while current is not None:
        if current.mem_id in ids:
            return True
        current = current.parent
    return False


def _inside_link(node: LexborNode, root: LexborNode) -> bool:
    """Whether ``node`` is (inside) a link: a bold link text is a link, not a line above it."""
    current: LexborNode | None = node
    while current is not None:
        if current.tag == "a":
            return True
        if current.mem_id == root.mem_id:
            return False
        current = current.parent
    return False
