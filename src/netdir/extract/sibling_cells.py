"""A row's cell built like the chosen rows' cells but classed otherwise is one more item.

A council's month calendar (SessionNet) gives each day a table row; a meeting's cell is
``td.silink`` holding ``div.smc-el-h`` with the committee's name, its hours and room below. A
called-off meeting stands in the same column as ``td.tename`` with the same ``div.smc-el-h``
„Die Sitzung des Stadtwerkeausschusses fällt aus.“ — a reader sees it in the list like the
others, but the detector groups blocks by their parent's class, so the one differing cell stood
alone and, a group needing two blocks, was no record. A lone block built as the chosen blocks
are (same tag and class) in a row of the same table body is one more row of that list.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.element_ancestors import enclosing
from netdir.extract.listing_groups import Candidate, signature


def cell_like_the_chosen_cells(lone: Candidate, chosen: list[Candidate]) -> bool:
    """``lone``'s block has the chosen blocks' tag and class and stands in a row of the table
    body that holds their rows, in a cell of another class. Its surroundings are then its own
    row, as each chosen block's are (the table around it holds the other meetings' hours)."""
    block = lone.segments[0][0]
    row = enclosing(block, ("tr",))
    if row is None or row.parent is None:
        return False
    body = row.parent.mem_id
    own = signature(block)
    for other in chosen:
        blocks = [segment[0] for segment in other.segments if segment]
        if not blocks or any(signature(b) != own for b in blocks):
            continue
        rows = [enclosing(b, ("tr",)) for b in blocks]
        if any(r is not None and r.parent is not None and r.parent.mem_id == body for r in rows):
            lone.own_containers = _up_to(block, row)
            return True
    return False


def _up_to(block: LexborNode, row: LexborNode) -> dict[int, int]:
    """The elements from ``block``'s parent up to ``row``, each holding this one block."""
    counts: dict[int, int] = {}
    node = block.parent
    while node is not None:
        counts[node.mem_id] = 1
        if node.mem_id == row.mem_id:
            break
        node = node.parent
    return counts
