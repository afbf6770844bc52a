"""A fixture table's column of numbered courts: where each game is played.

A league's fixture day lists its games „211 | 16B | Cathkin Rookies | CNP Thunder | 13:00 - 14:30
| UCT 1“ without a header (``paired_sides`` names each row by its two sides). The cell after the
hours is the court: the column holds one venue's courts by number — „UCT 1“, „UCT 2“, „UCT 3“ —
and a reader takes it as where the game is. Nothing labels it; the column shows it: in a row
named by its two sides, the cell after the hours is a short name ending in a number, and in the
table that column holds one name with two or more numbers (a venue's courts, fields or halls:
„Court 1“, „Court 2“; „Halle 1“, „Halle 2“). A column of one number only, or of different
names, says nothing of courts.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.element_ancestors import enclosing
from netdir.extract.inline_text import visible_line
from netdir.extract.paired_sides import SOURCE as SIDES_SOURCE
from netdir.extract.table_cells import row_cells

SOURCE = "listing:the fixture's court column (one venue's numbered courts)"
# „UCT 1“, „Court 12“, „Halle 2“, „Feld 3a“: a name of up to three words, then its number.
_NUMBERED = lazy_re.compile(
    r"^(?P<name>[^\W\d][\w.'-]*(?:\s+[^\W\d][\w.'-]*){0,2})\s+\d{1,2}[a-z]?$"
)
_MIN_NUMBERS = 2  # one court says nothing; two numbers of one name make a venue's courts


def courts_of_the_fixture(segments: list[list[LexborNode]], readings: list[BlockReading]) -> None:
    """Each row named by its two sides, without a place, takes its court from the cell after
    its hours when its table's column holds one venue's numbered courts; changes ``readings``
    in place."""
    columns: dict[tuple[int, int], bool] = {}
    for segment, reading in zip(segments, readings, strict=True):
        if reading.sources.get("title") != SIDES_SOURCE or reading.location_text:
            continue
        texts = [visible_line(cell) for cell in row_cells(segment[0])]
        hours = next((i for i, text in enumerate(texts) if TIME_LIKE.search(text)), None)
        if hours is None or hours + 1 >= len(texts) or not _NUMBERED.match(texts[hours + 1]):
            continue
        table = enclosing(segment[0], ("table",))
        if table is None:
            continue
        key = (table.mem_id, hours + 1)
        if key not in columns:
            columns[key] = _numbered_courts(table, hours + 1, len(texts))
        if columns[key]:
            reading.location_text = texts[hours + 1]
            reading.sources["location_text"] = SOURCE


def _numbered_courts(table: LexborNode, index: int, width: int) -> bool:
    """Whether column ``index`` of the table's rows of ``width`` cells holds one name with two
    or more numbers, and nothing else."""
    names: set[str] = set()
    values: set[str] = set()
    for row in table.css("tr"):
        cells = row_cells(row)
        if len(cells) != width:
            continue
        text = visible_line(cells[index])
        match = _NUMBERED.match(text)
        if match is None:
            return False
        names.add(match["name"].casefold())
        values.add(text.casefold())
    return len(names) == 1 and len(values) >= _MIN_NUMBERS
