"""The year a section heading above a yearless box states („Termine 2027“ over its cards).

A club's dates page groups its cards under a heading per year, „<h2>Termine 2027</h2>“, and each
card shows only its day and month („9“ / „Jan.“). Read alone, the day goes to the year nearest
the page's day; a reader takes the year of the heading the card stands under. The heading is the
nearest one found walking back through the box's earlier siblings and its ancestors' (a card's
own headings inside its siblings do not count); it gives a year only when it is short and names
exactly one.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import HEADING_TAGS, node_text

_HEADING_CHARS = 60  # „Termine 2027“, „Veranstaltungen im Jahr 2027“; not a paragraph
_LEVELS = 4  # ancestors whose earlier siblings are looked at
_SIBLINGS = 200  # earlier siblings looked at per level
# Every four-digit year, also the second of „2025/2026“ (a season names two: no one year).
_ANY_YEAR = lazy_re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def year_heading_above(box: LexborNode) -> str | None:
    """The one year the nearest heading before ``box`` names, or None (no heading found, or the
    nearest one names no year or several)."""
    node: LexborNode | None = box
    for _ in range(_LEVELS):
        if node is None or node.tag in ("body", "html"):
            return None
        sibling = node.prev
        for _ in range(_SIBLINGS):
            if sibling is None:
                break
            if sibling.tag in HEADING_TAGS:
                text = node_text(sibling) or ""
                years = set(_ANY_YEAR.findall(text)) if len(text) <= _HEADING_CHARS else set()
                return years.pop() if len(years) == 1 else None
            sibling = sibling.prev
        node = node.parent
    return None
