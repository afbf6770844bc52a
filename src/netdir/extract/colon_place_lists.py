"""The place a line ending in a colon names in the list just below it, above each table.

A club's page keeps one card per discipline, each with its table of shooting days: „Geschossen
wird bei uns im Vereinsheim:“ over a one-item list „Marktplatz 5, 85080 Gaimersheim“ (a map
link), then the table „29.10.2024 | 18-22 | …“. A reader takes that address for every row of the
card's table — and the other card's address („Bei gutem Wetter wird draußen geschossen:“ over
„Koboldgarten, 85080 Gaimersheim“) for the rows of its own table. When the listing joins the
rows of both tables into one group, each table's rows take the address stated above that table,
within its own section (the walk stops at the heading). Where two such lists stand over a table
(„Bei gutem Wetter …:“ / „Bei schlechtem Wetter …:“), the first named is where it usually is.
"""

from __future__ import annotations

from collections.abc import Sequence

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import HEADING_TAGS
from netdir.extract.inline_text import visible_line
from netdir.extract.place_lines import is_address
from netdir.extract.table_cells import table_holding
from netdir.records import RawRecord

_SIBLINGS = 12  # elements walked back from the table (or its wrapper) to its heading
_LEVELS = 3  # the row, its tbody, its table, the table's wrapper
_LINE_CHARS = 120  # „Geschossen wird bei uns im Vereinsheim:“ — a line, not a paragraph
_ITEM_CHARS = 120
_LIST_TAGS = ("ul", "ol")
#: Provenance of a place the colon line above a row's own table names.
SOURCE = "listing: address listed under a colon line above the row's table"


def place_of_a_colon_list(first: LexborNode) -> str | None:
    """The address a one-item list under a line ending in „:“ names above ``first`` (a row's
    node), in its section (up to the heading above it); the first such, in reading order."""
    found: list[str] = []
    node: LexborNode | None = first
    for _ in range(_LEVELS + 1):
        if node is None:
            break
        sibling, seen = node.prev, 0
        while sibling is not None and seen < _SIBLINGS:
            if sibling.is_element_node and sibling.tag != "br":
                seen += 1  # (text and line breaks between are the lines of one paragraph)
                if sibling.tag in HEADING_TAGS:
                    return found[-1] if found else None
                if (address := _listed_address(sibling)) is not None:
                    found.append(address)
            sibling = sibling.prev
        node = node.parent
    return found[-1] if found else None


def _listed_address(node: LexborNode) -> str | None:
    """„<ul><li>Marktplatz 5, 85080 Gaimersheim</li></ul>“ after a line ending in a colon."""
    if node.tag not in _LIST_TAGS:
        return None
    items = [child for child in node.iter() if child.tag == "li"]
    if len(items) != 1:
        return None
    text = visible_line(items[0])
    if not text or len(text) > _ITEM_CHARS or not is_address(text):
        return None
    return text if _colon_line_before(node) else None


def _colon_line_before(node: LexborNode) -> bool:
    """The nearest text before ``node`` (past line breaks) is a short line ending in „:“."""
    sibling = node.prev
    while sibling is not None:
        if sibling.is_element_node and sibling.tag == "br":
            sibling = sibling.prev
            continue
        text = " ".join((sibling.text(deep=True) or "").split())
        if not text:
            sibling = sibling.prev
            continue
        return len(text) <= _LINE_CHARS and text.endswith(":")
    return False


def places_over_each_table(rows: Sequence[tuple[RawRecord, Sequence[LexborNode] | None]]) -> None:
    """Each record of a group (none of which has a place), paired with the block it was read
    from (None where it was read from none), takes the address a colon line names above its
    block's table."""
    if not rows or any(record.location_text for record, _block in rows):
        return
    places: dict[int, str | None] = {}  # per table: the place over it
    for record, block in rows:
        if not block or (table := table_holding(block[0])) is None:
            continue
        if table.mem_id not in places:
            places[table.mem_id] = place_of_a_colon_list(block[0])
        if (place := places[table.mem_id]) is not None:
            record.location_text = place
            record.field_sources["location_text"] = SOURCE
