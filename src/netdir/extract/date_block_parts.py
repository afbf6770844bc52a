"""A date block built of parts: the part classed as the month is not the whole date.

A concert list's date column stacks three elements — ``<div class="event-date"><span
class="date-day">Samstag</span><span class="date-num">18</span><span class="date-month">Apr
2026</span></div>`` — and every one of them (and the block around them) is classed as a date.
The shortest classed element that reads as a date is the month part „Apr 2026“: it names the
month and the year but no day, and a row dated by it alone lands on no day at all. The day is in
the sibling beside it, and the block that holds both („Samstag 18 Apr 2026“) names the whole
date. So a classed date that names no day gives way to the nearest classed date element around
it that names its day too. A month on its own in a block that holds no day („Mai 2024“ over a
season's programme) stays the date: nothing around it names a day.
"""

from __future__ import annotations

from collections.abc import Callable

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import node_text
from netdir.extract.calendar_days import day_and_month

_LEVELS = 2  # the date block around the month part: its parent, or the parent's parent
_MAX_BLOCK_CHARS = 60  # „Samstag 18 Apr 2026“: a date block's text, not a card's


def month_part_of_a_date_block(
    part: LexborNode, text: str, date_class: Callable[[str], bool]
) -> tuple[str, LexborNode] | None:
    """The text and element of the classed date block around ``part`` (whose text ``text``
    names no day) that names the day as well; None when ``text`` names a day or no block
    around it does. ``date_class``: whether a class attribute marks a date field."""
    if day_and_month(text) is not None:
        return None
    node = part.parent
    for _ in range(_LEVELS):
        if node is None:
            return None
        whole = node_text(node)
        if (
            whole
            and len(whole) <= _MAX_BLOCK_CHARS
            and date_class(node.attributes.get("class") or "")
            and text in whole
            and day_and_month(whole) is not None
        ):
            return whole, node
        node = node.parent
    return None
