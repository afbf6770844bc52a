"""A card's line that opens with its hours and goes on with where: „19:30 Uhr – Vereinslokal“.

A club's Termine cards put the day in a box of its own and, under the name, one line of the
hours and the place: „<p>19:30 Uhr – Vereinslokal</p>“, or two spans a style sheet sets apart,
„<span>10.00 Uhr</span><span>Treffpunkt Bahnhof Olten</span>“. Read as text the words after
the clock looked like a name beside it, so the line was no time line and the place stayed
unread. The hours are the card's time and the rest its place when the rest names one (a venue
word, an address, a known town, a house and its town (``names_a_place``); „Treffpunkt“ before it says it is where
the group meets). A rest that is a labelled fact („Gegner: DC Triple 20“) still leaves the
hours the card's. Only a block with no other line naming a clock: a programme's lines
(„19:00 – Begrüßung“, „19:30 – Vortrag“) are its points.
"""

from __future__ import annotations

import re

from netdir import lazy_re
from netdir.extract.clock_line_places import place_after_the_clock
from netdir.extract.date_cues import TIME_LIKE, search_date_like
from netdir.extract.place_lines import names_a_place
from netdir.normalize.place import known_town

# „Treffpunkt Bahnhof Olten“, „Treffpunkt: Parkplatz“: where the group meets is the place.
_MEETING_POINT = lazy_re.compile(r"^Treff(?:punkt)?\s*:?\s+", re.IGNORECASE)
# „Gegner: DC Triple 20“, „Leitung: Frau X“: a labelled fact after the hours, no place.
_LABELLED = lazy_re.compile(r"^[\w-]{2,20}\s*:\s+\S")
_MAX_LINE = 80


def hours_then_place(chunks: list[str]) -> tuple[str, str | None] | None:
    """``(hours, place)`` of the block's one line that opens with a clock and goes on with a
    place (``place`` None after a labelled fact); None when no such line, or more than one
    line names a clock."""
    timed = [chunk for chunk in chunks if TIME_LIKE.search(chunk)]
    if len(timed) != 1:
        return None
    line = timed[0].strip()
    if len(line) > _MAX_LINE or TIME_LIKE.match(line) is None or search_date_like(line):
        return None
    rest = place_after_the_clock(line)
    if rest is None or not line.endswith(rest):
        return None
    hours = line[: -len(rest)].strip(" -–—|·•,")
    if not hours or TIME_LIKE.match(hours) is None:
        return None
    if _LABELLED.match(rest):
        return hours, None
    place = _MEETING_POINT.sub("", rest).strip()
    if names_a_place(place) or known_town(place) is not None:
        return hours, place
    return None
