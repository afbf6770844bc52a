"""A bold label right above a list names the list's lines that only say when and where.

A choir's post „Novemberproben“ writes::

    <p><strong>Geplante Proben im November:</strong></p>
    <ul><li>Freitag, 15.11.24, um 19:30 Uhr im Pfarrhaus Diedersdorf</li> …</ul>

Each line is a rehearsal on its day at its place; it names nothing, so it took the heading above
(the post's title). The label standing right before the list is nearer and says what the lines
are: it names them, the line's own words stay their place.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import names_a_day, node_text
from netdir.extract.title_text import is_junk_title

_LIST_TAGS = frozenset({"ul", "ol"})
_BOLD_TAGS = frozenset({"b", "strong"})
_MAX_LABEL_CHARS = 60


def label_above_the_list(item: LexborNode) -> str | None:
    """The wholly bold paragraph right before the list ``item`` belongs to, without its colon."""
    listing = item.parent
    if item.tag != "li" or listing is None or listing.tag not in _LIST_TAGS:
        return None
    before = listing.prev
    while before is not None and not before.is_element_node:
        if (before.text_content or "").strip():
            return None  # loose text between the label and the list
        before = before.prev
    if before is None or before.tag != "p":
        return None
    children = [child for child in before.iter() if child.is_element_node]
    loose = "".join(
        child.text_content or "" for child in before.iter(include_text=True) if child.is_text_node
    ).strip()
    if len(children) != 1 or children[0].tag not in _BOLD_TAGS or loose:
        return None
    label = (node_text(children[0]) or "").rstrip(" :").strip()
    if not label or len(label) > _MAX_LABEL_CHARS or names_a_day(label) or is_junk_title(label):
        return None
    return label
