"""A dated row whose place stands in italics under its day and whose name stands in bold below.

Small party and club sites write each date as a box of short lines: „26. Nov. 24, 19:30 -
22:00<br><em>Kanti Sursee, Musiksaal EG</em>“ and below it „<strong>SP Sursee
Parteiversammlung</strong><br><span>Traktanden sind …</span>“. The line right after the day is
set in italics and says where; the bold line names what. Read line by line, the first line that
names something is the italic place — so such a row is titled by its bold line instead, and the
italic line is its place.

Only a whole italic line straight after the line that holds the row's day, without a day or an
hour of its own and a few words long, and a whole bold line after it: an italic phrase inside a
sentence, or a row whose bold line comes first, is read as before.
"""

from __future__ import annotations

from selectolax.lexbor import LexborNode

from netdir.extract.block_text import css_matches, text_chunks
from netdir.extract.date_cues import TIME_LIKE, search_date_like

#: Provenance of the title and the place such a row gives.
TITLE_SOURCE = "listing:bold line under the italic place"
PLACE_SOURCE = "listing:italic line under the day"

_MAX_PLACE_WORDS = 8  # „Tuchlaube im Rathaus Sursee“, „Kanti Sursee, Musiksaal EG“
_MAX_NAME_WORDS = 16


def bold_name_under_italic_place(segment: list[LexborNode]) -> tuple[str, str] | None:
    """The (name, place) of a row whose line after its day is a whole italic line and whose name
    is a later whole bold line; None for any other row."""
    lines = [" ".join(chunk.split()) for chunk in text_chunks(segment)]
    day = next((i for i, line in enumerate(lines) if search_date_like(line)), None)
    if day is None:
        return None
    italics = _whole_lines(segment, "em, i", lines)
    place_at = day + 1
    if place_at >= len(lines) or lines[place_at] not in italics:
        return None
    place = lines[place_at]
    if search_date_like(place) or TIME_LIKE.search(place) or len(place.split()) > _MAX_PLACE_WORDS:
        return None
    bolds = _whole_lines(segment, "strong, b", lines)
    for line in lines[place_at + 1 :]:
        if line in bolds and not search_date_like(line) and len(line.split()) <= _MAX_NAME_WORDS:
            return line, place
    return None


def _whole_lines(segment: list[LexborNode], selector: str, lines: list[str]) -> set[str]:
    """The texts of the ``selector`` elements that are each a whole line of the row."""
    found: set[str] = set()
    for node in segment:
        for element in css_matches(node, selector):
            text = " ".join((element.text() or "").split())
            if text and text in lines:
                found.add(text)
    return found
