"""A board meeting's type right before its topic: the meeting is named by both.

A school board's meeting index heads each row „<a class="meeting-type">Study Session</a><span
class="meeting-title">Strategic Budget Reductions Plan</span>“, „Regular“ over „Officer
Rotation“, „Special (Closed)“ over „Superintendent Candidate Interviews“. The topic is what the
meeting took up, the type which meeting it was; a reader names the row „Study Session: Strategic
Budget Reductions Plan“. Only a label that is a meeting's type („Regular“, „Special“, „Study
Session“, „Work Session“, „Closed Session“, „Special (Closed)“) in the element right before the
title's own, and only when the title does not say it already.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.element_siblings import element_before
from netdir.extract.inline_text import visible_line

_MEETING_TYPE = lazy_re.compile(
    r"(?:regular|special|study|work|closed|executive|annual|organi[sz]ational|emergency|"
    r"adjourned|joint)(?:\s+(?:session|meeting))?(?:\s*\((?:closed|open)\))?",
    re.I,
)
_MAX_ELEMENTS = 40  # a row's own elements; a container of rows is no row


def meeting_type_before_the_title(segment: list[LexborNode], reading: BlockReading) -> None:
    """Prefix the title with the meeting type in the element right before it (see module)."""
    title = reading.title
    if not title or len(segment) != 1:
        return
    elements = segment[0].css("*")
    if len(elements) > _MAX_ELEMENTS:
        return
    for node in elements:
        if node.child is None or visible_line(node) != title:
            continue
        before = element_before(node)
        label = visible_line(before) if before is not None else ""
        if _MEETING_TYPE.fullmatch(label) and label.casefold() not in title.casefold():
            reading.title = f"{label}: {title}"
            reading.sources["title"] = reading.sources.get("title", "listing:") + " + meeting type"
        return
