"""Blank spacer blocks between a list's items: rows that show nothing.

A table exported from a spreadsheet or laid out in a web editor („Save as Web Page“ in Excel,
FrontPage) separates its days with empty rows — every cell ``&nbsp;`` — and opens with rows of
its heading and address. The cheap rejection of a group looks at its first blocks only; spent
on spacers and the heading's rows it sees too few dated ones, and the timetable under the day
rows („Samstag, 28.02.2004“ over „Herren A Einzel | 20 VL | 10.00 - 14.10 Uhr“) was never
read. A block that shows no text is no block a reader sees: the first blocks a reader sees are
the ones to judge the group by.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from selectolax.lexbor import LexborNode

from netdir.extract.inline_text import visible_text


def shown_segments(segments: list[list[LexborNode]], most: int) -> list[list[LexborNode]]:
    """The first ``most`` segments that show any text, the blank spacers between them skipped."""
    return list(islice(_shown(segments), most))


def _shown(segments: list[list[LexborNode]]) -> Iterator[list[LexborNode]]:
    for segment in segments:
        if any(visible_text(node).strip() for node in segment):
            yield segment
