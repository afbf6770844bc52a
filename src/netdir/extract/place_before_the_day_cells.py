"""A two-cell row whose one cell names the meeting and whose other says where, then when.

A working group lists its meetings as an Asciidoctor horizontal list, one table row each::

    Meeting 42   <a>Utrecht, Netherlands, April 22-26, 2024</a>
    Meeting 20   Coffs Habour, NSW, Australia, December 8-12, 2003

The second cell is „<place>, <day>“. Read alone, a linked cell named the row by its place
(„Utrecht, Netherlands“), and a bare one left its place inside the date text, so the meeting had
no place. A reader takes the short cell without a day as the meeting's name and the words before
the day — names parted by commas, no digits — as its place. When most dated rows of the list are
laid out so, each such row is named by its first cell and placed by the words before its day.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import MONTH_WORD
from netdir.extract.inline_text import visible_text
from netdir.extract.row_majority import most_rows_show

SOURCE = "listing:the row's cell beside its place and day"
PLACE_SOURCE = "listing:the words before the day in the row's cell"
_CELLS = 2
_MAX_NAME_WORDS = 6  # „Meeting 42“, „Annual Conference“: a label, not a sentence
# „Coffs Habour, NSW, Australia, December 8-12, 2003“: up to four names parted by commas (no
# digits: a street's number or a day belongs to no such name), then a month word and its day.
_PLACE_THEN_DAY = lazy_re.compile(
    r"^(?P<place>[^\W\d][^,\d]{0,60}(?:,\s*[^\W\d][^,\d]{0,60}){0,3}),\s+"
    r"(?P<day>(?P<month>[^\W\d]{3,9})\.?\s+\d{1,2}\b.*\d{4})$"
)
_DIGIT = lazy_re.compile(r"\d")


def places_before_the_days(segments: list[list[LexborNode]], readings: list[BlockReading]) -> None:
    """Name and place each two-cell row laid out as „<name> | <place>, <day>“ (see module),
    when most dated rows are; changes ``readings`` in place."""
    dated = [
        (segment, reading)
        for segment, reading in zip(segments, readings, strict=True)
        if reading.date_text is not None
    ]
    laid_out = [
        (reading, found) for segment, reading in dated if (found := _name_place_day(segment))
    ]
    if not most_rows_show(len(laid_out), len(dated)):
        return
    for reading, (name, place, day) in laid_out:
        reading.title = name
        reading.sources["title"] = SOURCE
        reading.location_text = place
        reading.sources["location_text"] = PLACE_SOURCE
        reading.date_text = day


def _name_place_day(segment: list[LexborNode]) -> tuple[str, str, str] | None:
    """(name, place, day) of a table row „<name> | <place>, <day>“, or None."""
    if len(segment) != 1 or segment[0].tag != "tr":
        return None
    cells = [child for child in segment[0].iter() if child.tag in ("td", "th")]
    if len(cells) != _CELLS:
        return None
    name, where_when = (" ".join(visible_text(cell).split()) for cell in cells)
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or any(MONTH_WORD.match(w) for w in words):
        return None
    match = _PLACE_THEN_DAY.match(where_when)
    if match is None or not MONTH_WORD.match(match["month"]):
        return None
    place = match["place"].strip()
    if _DIGIT.search(place) or MONTH_WORD.match(place.split(",")[0].strip()):
        return None
    return name, place, match["day"]
