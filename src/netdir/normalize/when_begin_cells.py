"""A day's programme set out in cells („Do, 13.10.2011 | 17:00 Aufbau | 19:00 Beginn | 21:00 – 22:00
Tutorial … | open end“): the cell that is only a clock and „Beginn“ says when the evening starts —
not the set-up clock before it, nor the first item's range after it, which would otherwise win as
the text's first clock or its first range."""

from __future__ import annotations

from datetime import time

from netdir import lazy_re
from netdir.normalize.when_grammar import FLAGS

# A whole cell: „19:00 Beginn“, „19 Uhr Beginn“, „Beginn 19:00“, „Beginn: 19.30 Uhr“, „Beginn um
# 19 Uhr“ — bounded by the bars (or the text's ends), nothing else in it.
_BEGIN_CELL = lazy_re.compile(
    r"(?:^|\|)\s*(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?:uhr\s*)?beginn"
    r"|beginn\s*:?\s*(?:um\s+|ab\s+)?(?P<h2>[01]?\d|2[0-3])(?:[:.](?P<mi2>[0-5]\d))?\s*(?:uhr)?)"
    r"\s*(?=\||$)",
    FLAGS,
)


def begin_cell_clock(text: str) -> time | None:
    """The clock of the one cell of ``text`` that is only a clock and „Beginn“, else None."""
    if "|" not in text:
        return None
    cells = list(_BEGIN_CELL.finditer(text))
    if len(cells) != 1:
        return None  # two such cells are two evenings' (or two items') starts
    cell = cells[0]
    hour = cell["h"] if cell["h"] is not None else cell["h2"]
    minute = cell["mi"] if cell["h"] is not None else cell["mi2"]
    if hour is None:
        return None
    return time(int(hour), int(minute or 0))
