"""A table row without a day that tells when and where to meet for the row above.

A village calendar: „28.12. | Traditionswanderungen des EGV …“ over „ | Treffen für beide
Wanderungen um 10:00 Uhr vorm Wald“ and two rows naming the routes. The row below leaves the day
cell blank and names no event of its own: it says when the row above begins (its meeting hour)
and where (the meeting point). Only a row that opens with a word for meeting or setting off
(„Treffen“, „Treffpunkt“, „Abfahrt“) and gives one clock counts, and only under a dated row that
has no hour yet — a row with its own hour is an event of the day („18:30 Uhr
Jahreshauptversammlung“).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.inline_text import visible_text

SOURCE = "listing:the row below (when and where to meet)"
# „Treffen für beide Wanderungen um 10:00 Uhr vorm Wald“, „Treffpunkt: 9 Uhr am Rathaus“.
_MEETING = lazy_re.compile(
    r"^(?:Treffen|Treffpunkt|Abfahrt|Abmarsch|Aufbruch)\b[^.!?\d]{0,60}?"
    r"(?:\b(?:um|ab|gegen)\s+|:\s*)(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)\s*Uhr\b"
    r"(?:\s+(?:am|an\s+der|an\s+dem|auf\s+dem|auf\s+der|im|in\s+der|beim)?\s*"
    r"(?P<place>(?:vor\s+dem|vor\s+der|vorm\s+)?[^,.;!?()\d]{2,60}?))?\s*[.!]?$",
    re.I,
)


def meeting_hours_from_rows_below(
    segments: list[list[LexborNode]], readings: list[BlockReading]
) -> None:
    """Give a dated row without an hour the meeting hour (and point) the undated row right below
    it tells (see the module docstring); changes ``readings`` in place."""
    for index in range(1, len(readings)):
        reading, above = readings[index], readings[index - 1]
        if reading.date_text is not None or above.date_text is None:
            continue
        if TIME_LIKE.search(above.date_text) or segments[index][0].tag != "tr":
            continue
        if segments[index - 1][0].tag != "tr":
            continue
        meeting = _MEETING.match(visible_text(segments[index][0]).strip())
        if meeting is None:
            continue
        above.date_text = f"{above.date_text.rstrip(', ')}, {meeting['clock']} Uhr"
        above.sources["date_text"] = f"{above.sources.get('date_text', 'listing:')} + {SOURCE}"
        if above.location_text is None and meeting["place"]:
            above.location_text = meeting["place"].strip()
            above.sources["location_text"] = SOURCE
