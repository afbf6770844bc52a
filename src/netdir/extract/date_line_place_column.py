"""A list whose rows give their place on the line below the date: the rows whose line no place
reader knew are placed by that line too.

A fire brigade's Termine write each card as „<h4>Übung</h4><p><time>Fr., 24.04.</time> um 19:00
Uhr<br>Feuerwehrhaus Esselborn</p>“. „Feuerwehrhaus Esselborn“ says what it is (a venue word) and
is read as the card's place; „Kegelbahn“, „Fels Esselborn“ or the village „Esselborn“ alone, in the
same spot of other cards, say nothing a line alone could prove. The list's evidence does: when most
dated rows have their place on the line right below their date line, a short plain line (no day,
no time, no sentence, not the row's name, no figures) in that spot of another row is its place —
as ``place_column_lines`` reads the line after the name.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import search_date_like
from netdir.extract.place_column_lines import place_rows_where_most_have_it
from netdir.extract.place_lines import plain_line

#: the provenances of a place read from the line below a row's date line (``block_places``)
_BELOW_THE_DATE = ("listing:venue line below the date", "listing:address line below the date")
_SOURCE = "listing:the line below the date, where the list's other rows have their place"
_MAX_WORDS = 4


def places_below_the_rows_date(
    segments: list[list[LexborNode]], readings: list[BlockReading]
) -> None:
    """Give each unplaced dated row the plain line below its date line when most dated rows of
    the list have their place there."""
    place_rows_where_most_have_it(
        segments,
        readings,
        placed_there=_BELOW_THE_DATE,
        line_of=_line_below_the_date,
        source=_SOURCE,
    )


def _line_below_the_date(lines: list[str], title: str) -> str | None:
    """The line right after the row's first dated line (not its name), when it is plain."""
    for index, line in enumerate(lines[:-1]):
        if line.strip() == title.strip() or search_date_like(line) is None:
            continue
        below = lines[index + 1].strip(" ,;")
        if (
            below
            and plain_line(below)
            and len(below.split()) <= _MAX_WORDS
            and below[0].isupper()
            and not any(ch.isdigit() for ch in below)
            and below not in title
            and title not in below
        ):
            return below
        return None
    return None
