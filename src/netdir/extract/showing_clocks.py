"""Two showings of one name on one day, each block with its own clock.

A venue's calendar grid lists each showing as a block of its day's cell: „Portland Cello
Project · Mainstage Theatre · 5:00PM“ and, below it, the same name at „8:00PM“. The blocks'
date is the cell's day, and their clocks only join it later (from the tooltip beside them), so
the list's rule that the same name on the same day is one offering (a sidebar copy, an „add to
calendar“ link) took the second showing for a copy. A block whose own text states another clock
than the first block of that name and day is another showing; the same clock, or no clock on
either, is still a copy.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import text_chunks
from netdir.extract.date_cues import TIME_LIKE

Key = tuple[str, str | None, str | None]


def key_of_the_showing(
    key: Key,
    segment: list[LexborNode],
    date_text: str | None,
    seen: set[Key],
    clocks: dict[Key, str | None],
) -> Key:
    """``key`` (title, page, date text) of a block, told apart by its own clock when a block
    of the same key with another clock came before; ``clocks`` remembers each key's clock."""
    clock = _own_clock(segment, date_text)
    if key in seen and clock is not None and clocks.get(key) not in (None, clock):
        key = (key[0], key[1], f"{key[2]} {clock}")
    clocks.setdefault(key, clock)
    return key


def _own_clock(segment: list[LexborNode], date_text: str | None) -> str | None:
    """The first clock a block's text states when its date text states none."""
    if date_text is None or TIME_LIKE.search(date_text):
        return None
    match = TIME_LIKE.search(" ".join(text_chunks(segment)))
    return match.group(0) if match is not None else None
