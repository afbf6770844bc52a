"""A button that says only a day is a control that switches the page to that day, no event.

A village festival's programme sets two buttons over its timeline, „Samstag, 20. Juni“ and
„Sonntag, 21. Juni“: a click shows that day's programme points. Each button names a day and
nothing else, so each was read as a dated row and named by the section's heading („Programm“) —
two records of nothing. A <button> (or an element whose role is a tab) holding only a weekday, a
day and a month is such a switch: it says which day the rows below belong to, it offers nothing.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import names_a_day, node_text
from netdir.normalize.when_words import MONTHS, WEEKDAYS

_WORD = lazy_re.compile(r"[^\W\d_]+")
_MAX_CHARS = 40  # „Samstag, 20. Juni 2026“: a day, not a sentence
_SWITCH_ROLES = frozenset({"tab", "button"})


def is_day_switch(segment: list[LexborNode]) -> bool:
    """The segment is one button (or tab) whose text is only a day."""
    if len(segment) != 1:
        return False
    node = segment[0]
    if node.tag != "button" and (node.attributes.get("role") or "") not in _SWITCH_ROLES:
        return False
    text = node_text(node) or ""
    if len(text) > _MAX_CHARS or not names_a_day(text):
        return False
    return all(
        word.casefold() in MONTHS or word.casefold() in WEEKDAYS for word in _WORD.findall(text)
    )
