"""The short notes beside a list: the paragraphs just after and just before its table or list.

Under a meeting table a club says what holds for all its rows — „* All meetings are held at
7:30pm at Pacifica Fire Station #72 …“, „All Planning meetings will take place at 7.15 p.m.“ —
and two readers take their part of it (extract.kind_hours the hour of one kind of meeting,
extract.meetings_note the hour and place of all meetings). The notes are read once per list
and handed to both.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_line

_LIST_TAGS = frozenset({"table", "ul", "ol", "dl"})
_SIBLINGS = 4  # paragraphs looked at on each side of the list
_NOTE_CHARS = 600


def texts_beside_the_list(row: LexborNode) -> tuple[str, ...]:
    """The short texts just after and just before the table or list ``row`` belongs to."""
    return tuple(_texts_beside(_list_of(row)))


def _list_of(row: LexborNode) -> LexborNode:
    """The table or list element ``row`` belongs to (``row`` itself when there is none)."""
    node: LexborNode | None = row
    while node is not None and node.tag not in _LIST_TAGS:
        node = node.parent
    return node if node is not None else row


def _texts_beside(element: LexborNode) -> Iterator[str]:
    for step in ("next", "prev"):
        for sibling in element_siblings(element, step, _SIBLINGS):
            text = visible_line(sibling)
            if text and len(text) <= _NOTE_CHARS:
                yield text
