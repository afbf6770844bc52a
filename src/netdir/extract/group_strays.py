"""A block of a dated group that stands apart from the group's dated blocks.

A group is found by the blocks' signature (``div.row>div.card-panel``), which can gather a
block from elsewhere on the page: a notice card above the row of dated cards („Bitte beachten
sie auch unsere Ferien!“, linking the holidays page). When every dated block of the group sits
in one container and an undated block sits in another, the undated one is not an item of the
list, it is another thing on the page built alike. (Undated blocks beside the dated ones in
their own container stay items: a course „Wann: Auf Anfrage“ in the list of dated courses.)
The dated blocks may stand in several containers — a choir's post lists its rehearsal days in one
<ul> and the sheet music uploaded „(08.11.24)“ in another — and the song lists below, <ul>s of
the same <li>s without any day, are still not items: an undated block counts as a stray when
its container holds no dated block, when a third of the group's blocks are dated.
"""

from __future__ import annotations

from collections.abc import Sequence

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading


def undated_strays(
    segments: Sequence[list[LexborNode]], readings: Sequence[BlockReading]
) -> set[int]:
    """The indexes of the undated blocks outside every container that holds a dated block."""
    dated = [index for index, reading in enumerate(readings) if reading.date_text is not None]
    if len(dated) < 2:
        return set()
    containers = {_container(segments[index]) for index in dated}
    if None in containers:
        return set()
    # A group mostly of undated blocks is no dated group: half of it dated when the dated blocks
    # share one container, a third when they stand in several (the rehearsal list and the
    # uploads among the song lists); a form's cells with a few dates in them are neither.
    share = 2 if len(containers) == 1 else 3
    if share * len(dated) < len(readings):
        return set()
    return {
        index
        for index, reading in enumerate(readings)
        if reading.date_text is None and _container(segments[index]) not in containers
    }


def _container(segment: list[LexborNode]) -> int | None:
    parent = segment[0].parent if segment else None
    return parent.mem_id if parent is not None else None
