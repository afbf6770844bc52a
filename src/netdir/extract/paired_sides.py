"""A fixture row named by both its sides, where two columns draw their names from one pool.

A league's fixture table lists each game without a header: „211 | 16B | Cathkin Rookies | CNP
Thunder | 13:00 - 14:30 | UCT 1“. The row was named by its first name cell, the home team, so
every game read as one team's. Nothing labels the next cell as the opponent, but the table shows
it: the teams of one column come back in the other — „CNP Thunder“ is away in one row and at
home in another —, so the two columns hold the two sides of each row. When the cell that names a
row and the next name cell after it are short names, and in the rows of the table (those built
as this one) two or more names stand in both columns, the row is named „home – away“. Cells
without a word between the two sides — a bowling fixture's lanes „KSC 71 Saarn 2 | 5 - 8 | ESV
Krefeld Oppum“, a court's number — do not part them.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import date_like
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.element_ancestors import enclosing
from netdir.extract.inline_text import visible_line
from netdir.extract.table_cells import row_cells

SOURCE = "listing:the row's two sides (columns sharing their names)"
_MIN_SHARED = 2  # one name in both columns may be chance; two make the columns one pool
_SIDE_WORDS = 5  # „Tafelsig MOD Stars“; a longer cell is a title or a note


def name_both_sides(segments: list[list[LexborNode]], readings: list[BlockReading]) -> None:
    """Name each table row by its two sides where its table pairs them (see the module
    docstring); changes ``readings`` in place."""
    pools: dict[tuple[int, int], bool] = {}
    for segment, reading in zip(segments, readings, strict=True):
        if len(segment) != 1 or segment[0].tag != "tr" or not reading.title:
            continue
        if not reading.titled_by_its_own_line():
            continue
        row = segment[0]
        texts = [visible_line(cell) for cell in row_cells(row)]
        title = " ".join(reading.title.split())
        if title not in texts:
            continue
        index = texts.index(title)
        other = _next_side(texts, index)
        if other is None or not _side(title):
            continue
        table = enclosing(row, ("table",))
        if table is None:
            continue
        key = (table.mem_id, index)
        if key not in pools:
            pools[key] = _one_pool(table, index, other, len(texts))
        if pools[key]:
            reading.title = f"{title} – {texts[other]}"
            reading.sources["title"] = SOURCE


def _side(text: str) -> bool:
    """Whether a cell reads as one side's name: a few words with letters, no day or clock."""
    words = text.split()
    return (
        0 < len(words) <= _SIDE_WORDS
        and any(ch.isalpha() for ch in text)
        and date_like(text) is None
        and TIME_LIKE.search(text) is None
    )


def _next_side(texts: list[str], index: int) -> int | None:
    """The column of the other side after the name in column ``index``: the next cell that
    reads as a name, past cells without a word between them (the lanes „5 - 8“ of a bowling
    fixture „KSC 71 Saarn 2 | 5 - 8 | ESV Krefeld Oppum“, a court's number, an empty cell); a
    cell of words between them is something else (a note, a round)."""
    for other in range(index + 1, len(texts)):
        if _side(texts[other]):
            return other
        if any(ch.isalpha() for ch in texts[other]):
            return None
    return None


def _one_pool(table: LexborNode, index: int, other: int, width: int) -> bool:
    """Whether, in the table's rows of ``width`` cells, two or more names stand both in column
    ``index`` and in column ``other``."""
    first: set[str] = set()
    second: set[str] = set()
    for row in table.css("tr"):
        cells = row_cells(row)
        if len(cells) != width:
            continue
        home, away = visible_line(cells[index]), visible_line(cells[other])
        if _side(home) and _side(away):
            first.add(home.casefold())
            second.add(away.casefold())
    return len(first & second) >= _MIN_SHARED
