"""A block of a listing group that wraps other blocks of the same group.

„<div class="columns"><h2>Die bisherigen OpenCityCamps</h2><div class="row"><div class="columns">
<h6>Das OpenCityCamp 2014 brachte am 29. November 2014 …</h6></div><div class="columns">…2013…
</div><div class="columns">…2012…</div></div></div>“: a grid framework gives the section and its
columns the same class, so the section is read as one more block of the columns' group. Its
heading names the section, its first date is one of its columns' — the section is the frame of
the rows, not an offering. A record read from a block that holds the blocks of two other records
of its group is dropped, the rows inside it read on their own — unless its title is one of those
rows' own (a walk's announcement around the table whose row „07.11. | Herbstwanderung“ lists it:
the row's event told in full).
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.node_ancestry import lies_inside
from netdir.records import RawRecord

_MIN_INSIDE = 2  # rows inside the block: a frame around the list, not a row with a sub-item


def without_wrapping_blocks(
    records: list[RawRecord], block_of: dict[int, list[LexborNode]]
) -> list[RawRecord]:
    """``records`` without those whose block wraps the blocks of two other records."""
    firsts = [(record, block[0]) for record in records if (block := block_of.get(id(record)))]
    wrapping = set()
    for record, node in firsts:
        inside = [
            other for other, inner in firsts if other is not record and lies_inside(inner, node)
        ]
        if len(inside) < _MIN_INSIDE:
            continue
        title = (record.title or "").casefold()
        if title and any(title in (other.title or "").casefold() for other in inside):
            # „Herbstwanderung“ over the walk's long announcement, beside the table whose row
            # „07.11. | Herbstwanderung“ it wraps: the row's event told in full, not a frame
            continue
        wrapping.add(id(record))
    return [record for record in records if id(record) not in wrapping]
