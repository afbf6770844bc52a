"""The short notes beside a list: the paragraphs just after and just before its table or list.

Under a meeting table a club says what holds for all its rows — „* All meetings are held at
7:30pm at Pacifica Fire Station #72 …“, „All Planning meetings will take place at 7.15 p.m.“ —
and two readers take their part of it (extract.kind_hours the hour of one kind of meeting,
extract.meetings_note the hour and place of all meetings). The notes are read once per list
and handed to both.

A table often stands alone in a box of its own that only frames it — „<div class="box-shadow">“,
a responsive wrapper „<div class="table-responsive">“ — and the notes stand beside that box: a
township's „<p class="lead">Meetings are held on the 2nd Tuesday of each month at the Lincoln
Township Hall. Meetings begin at 7:00pm Unless otherwise specified</p>“ right before „<div
class="box-shadow"><table>…“. A reader sees no difference, so the notes are read beside the
outermost box (at most two) that holds nothing but the list.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from netdir.extract.element_siblings import element_siblings
from netdir.extract.inline_text import visible_line

_LIST_TAGS = frozenset({"table", "ul", "ol", "dl"})
_SIBLINGS = 4  # paragraphs looked at on each side of the list
_NOTE_CHARS = 600
_FRAMES = 2  # boxes around a list that hold nothing else, looked through
_FRAME_TAGS = frozenset({"div", "figure", "section"})


def texts_beside_the_list(row: LexborNode) -> tuple[str, ...]:
    """The short texts just after and just before the table or list ``row`` belongs to."""
    return tuple(_texts_beside(list_of(row)))


def list_of(row: LexborNode) -> LexborNode:
    """The table or list element ``row`` belongs to, or the outermost box that holds only it
    (``row`` itself when there is none)."""
    node: LexborNode | None = row
    while node is not None and node.tag not in _LIST_TAGS:
        node = node.parent
    if node is None:
        return row
    for _ in range(_FRAMES):
        frame = node.parent
        if frame is None or frame.tag not in _FRAME_TAGS or not _holds_only(frame, node):
            break
        node = frame
    return node


def _holds_only(frame: LexborNode, child: LexborNode) -> bool:
    """Whether ``child`` is the only element in ``frame`` and no text stands beside it."""
    inner = frame.child
    while inner is not None:
        if inner.mem_id != child.mem_id and (
            inner.is_element_node or (inner.text(deep=False) or "").strip()
        ):
            return False
        inner = inner.next
    return True


def _texts_beside(element: LexborNode) -> Iterator[str]:
    for step in ("next", "prev"):
        for sibling in element_siblings(element, step, _SIBLINGS):
            text = visible_line(sibling)
            if text and len(text) <= _NOTE_CHARS:
                yield text
