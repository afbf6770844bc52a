"""An undated card whose day slot is empty: the day is filled in by a script, the page shows none.

A museum's calendar cards each hold „<div class="subheading"><p>Jun 14, 2026</p></div>“ above the
linked title; the cards of a ticketing service hold the same ``div.subheading`` empty (a script
fills day and time from the booking system), and the saved page shows them with no day. A
reader learns no day from such a card, so it is no offering of the dated list. Cards of the list
with no day slot at all („Wann: Auf Anfrage“, an exhibition „Through April“) are not touched:
only an element built like the dated cards' day element and left empty tells a day is missing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import first_class, node_text
from netdir.extract.date_cues import DATE_LIKE

_MIN_SLOTS = 2  # dated blocks that agree on where their day stands


def day_slot(segments: list[list[LexborNode]], dates: list[str | None]) -> tuple[str, str] | None:
    """The (tag, first class) of the classed element that holds the day in most dated blocks;
    None when fewer than two dated blocks agree."""
    found: Counter[tuple[str, str]] = Counter()
    for segment, date_text in zip(segments, dates, strict=True):
        if date_text and (slot := _slot_of(segment, date_text)) is not None:
            found[slot] += 1
    if not found:
        return None
    slot, count = found.most_common(1)[0]
    return slot if count >= _MIN_SLOTS else None


def has_empty_slot(segment: list[LexborNode], slot: tuple[str, str]) -> bool:
    """Whether the block holds an element built like the day slot and shows no text in it."""
    return any(not (node_text(node) or "") for node in slot_elements(segment, slot))


def slot_elements(segment: list[LexborNode], slot: tuple[str, str]) -> Iterator[LexborNode]:
    """The block's elements built like the day slot (its tag and first class), in page order."""
    tag, name = slot
    for root in segment:
        if root.is_text_node:
            continue
        for node in root.traverse(include_text=False):
            if node.tag == tag and first_class(node) == name:
                yield node


def _slot_of(segment: list[LexborNode], date_text: str) -> tuple[str, str] | None:
    """The nearest classed element around the first element whose whole text is a day of the
    block's date text (the date text may join the day and the hours of two elements)."""
    node = _first_day_element(segment, date_text)
    while node is not None and not first_class(node):
        if any(node.mem_id == root.mem_id for root in segment):
            return None
        node = node.parent
    return (node.tag or "", first_class(node)) if node is not None else None


def blocks_with_an_empty_day_slot(
    segments: list[list[LexborNode]], dates: list[str | None]
) -> set[int]:
    """The indexes of the undated blocks whose day slot is empty, in a group mostly dated."""
    dated = sum(1 for date_text in dates if date_text)
    if dated < _MIN_SLOTS or 2 * dated < len(dates) or dated == len(dates):
        return set()
    return undated_blocks_whose_slot(segments, dates, has_empty_slot)


def undated_blocks_whose_slot(
    segments: list[list[LexborNode]],
    dates: list[str | None],
    holds: Callable[[list[LexborNode], tuple[str, str]], bool],
) -> set[int]:
    """The indexes of the undated blocks for which ``holds(block, slot)`` is true of the day slot
    the dated blocks agree on; none when they agree on no slot."""
    slot = day_slot(segments, dates)
    if slot is None:
        return set()
    return {
        index
        for index, (segment, date_text) in enumerate(zip(segments, dates, strict=True))
        if date_text is None and holds(segment, slot)
    }


def _first_day_element(segment: list[LexborNode], date_text: str) -> LexborNode | None:
    for root in segment:
        if root.is_text_node:
            continue
        for node in root.traverse(include_text=False):
            text = node_text(node)
            if text and text in date_text and DATE_LIKE.search(text):
                return node
    return None
