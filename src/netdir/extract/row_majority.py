"""The vote a list's row readers share: a layout shown by most of its dated rows, not by one.

Several readers rename a list's rows when the rows are laid out a certain way — a speaker's
line before an italic title, a byline under a talk, a name line above a table row. One row of
that shape proves no layout (a sentence may look so by chance), and a shape shown by fewer than
half the dated rows is the exception, not the list's way of writing: the readers act only when
at least two rows and more than half of the dated rows show it.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading

MIN_ROWS = 2  # one row of that shape proves no layout


def most_rows_show(shown: int, dated: int) -> bool:
    """``shown`` rows of ``dated`` are enough to call the shape the list's layout."""
    return shown >= MIN_ROWS and 2 * shown > dated


def dated_named_rows(
    segments: list[list[LexborNode]], readings: list[BlockReading], *, own_line: bool = False
) -> list[tuple[list[LexborNode], BlockReading]]:
    """Each row with a day and a name, beside its nodes; with ``own_line``, only rows named by
    their own line (not by a heading above them), the rows a line's layout can rename."""
    return [
        (segment, reading)
        for segment, reading in zip(segments, readings, strict=True)
        if reading.date_text is not None
        and reading.title is not None
        and (not own_line or reading.titled_by_its_own_line())
    ]
