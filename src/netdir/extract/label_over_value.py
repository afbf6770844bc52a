"""A place label alone on its line, its value on the line below: „Location:<br>Bonner Kinemathek
(Brotfabrik) • Kreuzstraße 16 • Bonn<br>Beginn: 19:30 Uhr“. A talk's abstract or an event's notes
break the line after the label as often as they write the value beside it („Ort: Aula“, which
``block_places.PLACE_LABEL`` reads); the line below is the place unless it is a label of its own
(„Beginn: 19:30 Uhr“), a date or too long to name a place.
"""

from __future__ import annotations

import re
from itertools import pairwise

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.date_cues import search_date_like
from netdir.extract.label_marks import LABEL_MARK
from netdir.extract.place_labels import BLOCK_WORDS

# „Location:“, „Ort:“, „📍 Veranstaltungsort:“ and nothing else on the line
_LABEL_ALONE = lazy_re.compile(rf"^{LABEL_MARK}(?:{BLOCK_WORDS})\s*[:：]$", re.I)
# a line that opens with a label of its own („Beginn: 19:30 Uhr“, „Eintritt: € 9“)
_OWN_LABEL = lazy_re.compile(r"^[^\W\d][\w .()/-]{0,30}[:：](?:\s|$)")
_LONGEST = 120  # a place's line is short; a longer one is prose


def place_below_its_label(lines: list[tuple[str, LexborNode | None]]) -> str | None:
    """The line below the block's first place label that stands alone, or None."""
    for (line, _owner), (below, _below_owner) in pairwise(lines):
        if _LABEL_ALONE.match(line) is None:
            continue
        if len(below) < 2 or len(below) > _LONGEST or _OWN_LABEL.match(below):
            return None
        if search_date_like(below) is not None:
            return None  # „Ort:“ over „Samstag, 12. Mai“: the lines are out of order
        return re.sub(r"\s+", " ", below).strip()
    return None
