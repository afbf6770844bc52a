"""A table's row of header cells names its columns, not an offering.

A club's runsheet opens its table with „<tr><th>Run no.</th><th>Date and time</th><th>Location
</th><th><a>Public transport</a></th>…“: the link to the journey planner makes the row look like
the linked rows below it, and its „Date and time“ cell like their dates. A table's first row of
two cells or more, every one of them a header cell and none stating a day or an hour, is the
table's header. (Some tables mark every row up in header cells — „<th>Montag</th><th>19:00
</th>…<th>Chor Übung</th>“, a week's plan —: their rows state hours, and stay rows.)
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.date_cues import DATE_LIKE, TIME_LIKE
from netdir.extract.inline_text import visible_text

_MIN_CELLS = 2


def is_header_row(segment: list[LexborNode]) -> bool:
    """Whether the block is its table's first row, all header cells, without a day or hour."""
    if len(segment) != 1 or segment[0].tag != "tr":
        return False
    row = segment[0]
    cells = [child for child in row.iter() if child.tag in ("td", "th")]
    if len(cells) < _MIN_CELLS or any(cell.tag != "th" for cell in cells):
        return False
    before = row.prev
    while before is not None:
        if before.tag == "tr":
            return False  # not the table's first row
        before = before.prev
    text = visible_text(row)
    return DATE_LIKE.search(text) is None and TIME_LIKE.search(text) is None
