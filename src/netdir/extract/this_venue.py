"""Rows a venue's box lists beside an event's own page are at that event's venue.

An event's page keeps a box of the venue's other dates („<div class="insetTitle">Also at this
venue</div>“ over rows „Wed, Feb 7 | John Reuben“, „Weitere Termine an diesem Ort“): the rows
name no place because the box's heading says it — the place of the page's one event."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from netdir import lazy_re
from netdir.extract.inline_text import visible_text
from netdir.records import RawRecord

_AT_THIS_VENUE = lazy_re.compile(
    r"^(?:also|more|other|upcoming|further)?\s*(?:events?\s+|shows?\s+|dates?\s+)?"
    r"(?:at|in)\s+this\s+(?:venue|location|place)"
    r"|^(?:weitere|andere|kommende)\s+(?:veranstaltungen|termine|events)\s+"
    r"(?:an\s+diesem\s+ort|in\s+dieser\s+location|an\s+dieser\s+spielstätte|hier)$",
    re.I,
)
_HEADING_CHARS = 60
_LEVELS = 3  # the heading, its box and the box's container


def place_rows_at_the_venue(
    event: RawRecord, rows: list[RawRecord], tree: LexborHTMLParser
) -> None:
    """Give each row without a place that stands in a box headed „Also at this venue“ the
    place of ``event``, the page's own event."""
    if event.location_text is None or not rows:
        return
    body = tree.body
    if body is None:
        return
    for node in body.traverse(include_text=True):
        if not node.is_text_node or node.parent is None:
            continue
        text = (node.text() or "").strip()
        if len(text) > _HEADING_CHARS or not _AT_THIS_VENUE.match(text):
            continue
        box = _box_of(node.parent)
        if box is None:
            continue
        listed = visible_text(box)
        for row in rows:
            if row.location_text is None and row.title and row.title in listed:
                row.location_text = event.location_text
                row.field_sources["location_text"] = "listing:the page's venue (box at this venue)"


def _box_of(heading: LexborNode) -> LexborNode | None:
    """The nearest container of ``heading`` that holds more than the heading."""
    own = visible_text(heading)
    node: LexborNode | None = heading.parent
    for _ in range(_LEVELS):
        if node is None or visible_text(node) != own:
            return node
        node = node.parent
    return None
