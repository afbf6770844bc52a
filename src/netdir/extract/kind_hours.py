"""The hour a note beside a list of meetings states for every meeting of one kind.

A parish council's calendar lists its Planning Committee on each meeting day without an hour and
says under the table „All Planning meetings will take place at 7.15 p.m. When the meeting is
followed by a Council meeting at 8 p.m. …“. A reader times every planning meeting at 19:15 and
leaves the other meetings of the list to their own hours. When a short paragraph just before or
after the list (beside its table or list element) says „All <Kind> meetings take place / will be
held / start at <am/pm hour>“ (extract.all_meetings reads it), each untimed dated record of the
list whose title names that kind („Planning Committee“, „Planning meeting“) takes the hour; its
date's provenance says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from netdir.extract.all_meetings import hours_by_kind
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.inline_text import visible_text
from netdir.extract.lead_times import add_shared_time
from netdir.records import RawRecord

#: Provenance suffix of a date text whose hour a note beside the list states for its kind.
FROM_NOTE = " + time:the note on its kind of meeting"
_LIST_TAGS = frozenset({"table", "ul", "ol", "dl"})
_SIBLINGS = 4  # paragraphs looked at on each side of the list
_NOTE_CHARS = 600


def hours_of_a_kind(group: list[RawRecord], row: LexborNode) -> None:
    """Time the untimed meetings of ``group`` (``row`` one of its rows' nodes) that a note
    beside their list times by their kind."""
    untimed = untimed_days(group)
    if not untimed:
        return
    for text in texts_beside_the_list(row):
        for kind, clock in hours_by_kind(text):
            named = re.compile(rf"\b{re.escape(kind)}\b", re.I)
            mine = [record for record in untimed if named.search(record.title or "")]
            add_shared_time(mine, clock, FROM_NOTE)
            untimed = [record for record in untimed if record not in mine]


def untimed_days(group: list[RawRecord]) -> list[RawRecord]:
    """The records of ``group`` dated by a day without a clock, still without a start."""
    return [
        record
        for record in group
        if record.start is None
        and record.date_text
        and names_a_day(record.date_text)
        and not TIME_LIKE.search(record.date_text)
    ]


def texts_beside_the_list(row: LexborNode) -> Iterator[str]:
    """The short texts just after and just before the table or list ``row`` belongs to."""
    return _texts_beside(_list_of(row))


def _list_of(row: LexborNode) -> LexborNode:
    """The table or list element ``row`` belongs to (``row`` itself when there is none)."""
    node: LexborNode | None = row
    while node is not None and node.tag not in _LIST_TAGS:
        node = node.parent
    return node if node is not None else row


def _texts_beside(element: LexborNode) -> Iterator[str]:
    for step in ("next", "prev"):
        sibling = getattr(element, step)
        seen = 0
        while sibling is not None and seen < _SIBLINGS:
            if sibling.is_element_node:
                seen += 1
                text = " ".join(visible_text(sibling).split())
                if text and len(text) <= _NOTE_CHARS:
                    yield text
            sibling = getattr(sibling, step)
