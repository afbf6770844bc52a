"""A block inside a card whose own title line stands between it and the heading above.

A stage's home page has no heading over its production teasers; the nearest heading before them
in the document is the skip links' „<h2 class="screenreader-only">Sprungmarken</h2>“. Each
teaser lists its performance days as list items („<li><span class="date">15.6.</span> /</li>“),
and read as a list of their own those days took that heading as their name — 22 days of
„Sprungmarken“, outscoring the teasers that hold them. A heading names the blocks under it
only when nothing nearer does: when the block sits in a card (an ancestor a few levels up)
whose own class-named title line („<div class="headline">Il barbiere di Siviglia</div>“,
``TITLE_CLASS``, not a kicker or a date line) comes before it, the card's title names the
block and the heading above heads the cards. A heading inside that card is the card's own and
still names it, and a row above built like the block's own (a table's „<tr class="vevent">“
with its „event-name“ link) is another item, not a title over this one.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import node_text
from netdir.extract.block_titles import TITLE_CLASS
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.stacked_title_lines import COMPANION_CLASS

_LEVELS = 4  # a day's item, its list, the line it stands in, the card's title box


def named_by_its_card(node: LexborNode, heading: LexborNode) -> bool:
    """Whether a title line of ``node``'s card stands between ``heading`` and ``node`` (see
    the module docstring)."""
    current = node
    for _ in range(_LEVELS):
        parent = current.parent
        if parent is None or _inside(heading, parent):
            return False
        sibling = current.prev
        while sibling is not None:
            if sibling.is_element_node and not _alike(sibling, current) and _a_title_line(sibling):
                return True
            sibling = sibling.prev
        current = parent
    return False


def _a_title_line(element: LexborNode) -> bool:
    """``element`` is, or holds, a class-named title with words that are not a date."""
    for candidate in [element, *element.css("[class]")]:
        classes = candidate.attributes.get("class") or ""
        if not TITLE_CLASS.search(classes) or COMPANION_CLASS.search(classes):
            continue
        text = node_text(candidate)
        if text and not DATE_LIKE.fullmatch(text):
            return True
    return False


def _alike(one: LexborNode, other: LexborNode) -> bool:
    """Two siblings built alike (a list's rows, „<tr class="vevent">“): the row above is another
    item with its own name, not a title over this one."""
    return one.tag == other.tag and one.attributes.get("class") == other.attributes.get("class")


def _inside(node: LexborNode, container: LexborNode) -> bool:
    ancestor = node.parent
    while ancestor is not None:
        if ancestor.mem_id == container.mem_id:
            return True
        ancestor = ancestor.parent
    return False
