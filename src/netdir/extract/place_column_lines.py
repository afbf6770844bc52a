"""A list whose rows give their place on the line after the name: the rows whose line the place
readers did not know are placed by that line too.

A band's list of shows writes each as „<time>23.12.01</time><h3>Christmas-Party</h3><p>CLZ
Burgdorf</p>“. Most of its place lines say what they are („Markthalle Burgdorf“, „Reberhaus /
Bolligen“: a venue word, a venue and its town), so they are read as places; „CLZ Burgdorf“,
„EFG Thun“ or „Wyland / Dätwil“ say nothing a line alone could prove. The list's evidence does:
when most dated rows have their place on the line right after their name, a short plain line
(no day, no time, no sentence) in that position of another row is its place.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import text_chunks
from netdir.extract.place_lines import plain_line

#: the provenance of a place read from the line after a row's name (listing_features)
PLACE_AFTER = "listing:place line after the title, date or time"
_SOURCE = "listing:the line after the name, where the list's other rows have their place"
_MIN_ROWS = 3
_MAX_WORDS = 5


def places_on_the_rows_line(segments: list[list[LexborNode]], readings: list[BlockReading]) -> None:
    """Give each unplaced dated row the plain line after its name when most dated rows of the
    list have their place there."""
    place_rows_where_most_have_it(
        segments,
        readings,
        placed_there=(PLACE_AFTER,),
        line_of=_line_after_the_name,
        source=_SOURCE,
    )


def place_rows_where_most_have_it(
    segments: list[list[LexborNode]],
    readings: list[BlockReading],
    *,
    placed_there: Container[str],
    line_of: Callable[[list[str], str], str | None],
    source: str,
) -> None:
    """Give each unplaced dated row the line ``line_of`` finds among its lines (given its name)
    when most dated rows of the list — and at least three — have their place in that spot, as
    the provenances ``placed_there`` tell."""
    dated = [reading for reading in readings if reading.date_text and reading.title]
    placed = sum(1 for r in dated if r.sources.get("location_text") in placed_there)
    if placed < _MIN_ROWS or 3 * placed < 2 * len(dated):
        return
    for segment, reading in zip(segments, readings, strict=True):
        if reading.location_text is not None or not (reading.date_text and reading.title):
            continue
        line = line_of(text_chunks(segment), reading.title)
        if line is not None:
            reading.location_text = line
            reading.sources["location_text"] = source


def _line_after_the_name(lines: list[str], title: str) -> str | None:
    for index, line in enumerate(lines[:-1]):
        if line.strip() != title.strip():
            continue
        after = lines[index + 1].strip(" ,;")
        if after and plain_line(after) and len(after.split()) <= _MAX_WORDS and title not in after:
            return after
        return None
    return None
