"""An undated card whose day slot shows a year alone: a past season the page recalls, no day.

A Heimatverein's exhibitions page keeps every exhibition as a card, the day line above the
name: „<div class="exhibition-date">24. April - 30. Juni 2025</div>“ on the recent ones, and on
the older ones only the year — „2023“, „2020/2021“ — over „120 Jahre Lokalbahn …“. A reader
learns from such a card that an exhibition ran that year, not when to go: it is no offering of
the dated list. Only the element built like the dated cards' day element (``day_slot``) counts,
and only when it holds a year or two years and nothing else; a card with no day slot at all („Wann:
Auf Anfrage“, an exhibition „Through April“) is not touched.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import node_text
from netdir.extract.empty_day_slots import slot_elements, undated_blocks_whose_slot

_MIN_SLOTS = 2  # dated blocks that agree on where their day stands
# „2023“, „2020/2021“, „2019 – 2020“, „2020/21“: years, no day or month
_YEARS_ALONE = lazy_re.compile(r"^\s*(?:19|20)\d{2}(?:\s*[/–-]\s*(?:(?:19|20)\d{2}|\d{2}))?\s*$")


def blocks_dated_by_a_year_alone(
    segments: list[list[LexborNode]], dates: list[str | None]
) -> set[int]:
    """The indexes of the undated blocks whose day slot holds a year alone, in a group where
    at least two blocks are dated in that slot."""
    dated = sum(1 for date_text in dates if date_text)
    if dated < _MIN_SLOTS or dated == len(dates):
        return set()
    return undated_blocks_whose_slot(segments, dates, _year_in_slot)


def _year_in_slot(segment: list[LexborNode], slot: tuple[str, str]) -> bool:
    """Whether the block holds an element built like the day slot whose text is years alone."""
    first = next(slot_elements(segment, slot), None)
    return first is not None and bool(_YEARS_ALONE.match(node_text(first) or ""))
