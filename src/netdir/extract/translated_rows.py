"""A post's translation below its own text repeats its rows: each is the same offering again.

A climate alliance's post gives its onboarding slots and its next meeting in German, then a
marker line and the whole post once more in English::

    <p>So 6.11. 10:00-11:30 oder</p> … <p>Save the Date: Am Samstag, den 12.11. 10-14 Uhr …</p>
    <p>***** English version *****</p> … <p>Sun 6. 11. 10:00-11:30 or</p> …
    <p>Save the Date: On Saturday, 12. 11. 10:00-14:00 our next alliance meeting …</p>

Each English row starts when a German row above the marker does: it is that offering told again
for other readers, not a second one (the German row named by the German text stays). Only rows
below a line that does nothing but announce the translation („English version“, „English
below“, „In English“) and only those whose start a row above the line shares are dropped; a row
the translation adds stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.records import RawRecord

# „***** English version *****“, „English below:“, „-- In English --“, „Englische Version“
_MARKER = lazy_re.compile(
    r"^\W*(?:(?:the\s+)?english\s+(?:version|below|translation)|in\s+english|englische\s+"
    r"(?:version|fassung|übersetzung)|english)\W*$",
    re.IGNORECASE,
)
_MARKER_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "strong", "b"})
_MAX_MARKER_CHARS = 40


def without_translated_rows(
    group: list[RawRecord],
    block_of: dict[int, list[LexborNode]],
    when_of: Callable[[str | None], str | None],
) -> list[RawRecord]:
    """``group`` without the rows below a translation marker that start when a row above it
    does (``when_of`` reads a row's start from its date text)."""
    starts = [when_of(record.date_text) for record in group]
    known = [start for start in starts if start is not None]
    if len(set(known)) == len(known):
        return group  # no start told twice: nothing can repeat (the cheap test, before any walk)
    blocks = {key: segment[0] for key, segment in block_of.items() if segment}
    first = next((blocks.get(id(record)) for record in group), None)
    if first is None:
        return group
    root = first
    while root.parent is not None:
        root = root.parent
    order: dict[int, int] = {}
    marker_at: int | None = None
    for index, node in enumerate(root.traverse()):
        order[node.mem_id] = index
        if marker_at is None and node.tag in _MARKER_TAGS and _is_marker(node):
            marker_at = index
    if marker_at is None:
        return group
    above: set[str] = set()
    for record, start in zip(group, starts, strict=True):
        block = blocks.get(id(record))
        if start is not None and block is not None and order.get(block.mem_id, -1) < marker_at:
            above.add(start)
    kept: list[RawRecord] = []
    for record, start in zip(group, starts, strict=True):
        block = blocks.get(id(record))
        below = block is not None and order.get(block.mem_id, -1) > marker_at
        if below and start is not None and start in above:
            continue  # the translation of a row above the marker
        kept.append(record)
    return kept


def _is_marker(node: LexborNode) -> bool:
    text = node.text(deep=True) or ""
    return len(text) <= _MAX_MARKER_CHARS and _MARKER.fullmatch(text.strip()) is not None
