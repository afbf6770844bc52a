"""A card's line that names a town with its Bundesland in brackets.

A club federation's calendar gives each event's place as the town and, in brackets, its state,
then the organiser after a middle dot: „Herdecke (Nordrhein-Westfalen) · DMC“, „Malsch
(Baden-Württemberg) · VdH Malsch e.V / LG BW DMC“. No venue word and no address says it is a
place, and many of the towns are too small to be known by name alone („Kleinhettstedt-Stadtilm
(Thüringen)“); the state in brackets says it. The line's first part, town and state, is the place
— or a town known by its name alone before the organiser („Ennepetal · DMC“).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_reading import BlockReading
from netdir.extract.date_cues import DATE_LIKE
from netdir.extract.meta_line import line_parts
from netdir.normalize.gazetteer import STATES
from netdir.normalize.place import known_town

_STATE = "|".join(re.escape(state) for state in STATES)
# „Herdecke (Nordrhein-Westfalen)“, „Neunkirchen-Heinitz (Saarland)“: up to four capitalised
# words (joined by spaces or hyphens, „Bad Kreuznach“, „Frankfurt am Main“), then the state.
_TOWN_AND_STATE = lazy_re.compile(
    r"^[A-ZÄÖÜ][\w.'’]*(?:(?:\s+|-)(?:am|an\s+der|im|ob\s+der|[A-ZÄÖÜ][\w.'’]*)){0,4}"
    rf"\s*\((?:{_STATE})\)$"
)
#: Provenance of a place read from such a line.
SOURCE = "listing:town (Bundesland) line"


def town_and_state(line: str) -> str | None:
    """„Herdecke (Nordrhein-Westfalen)“ of „Herdecke (Nordrhein-Westfalen) · DMC“ (the line's
    first part when it is a town with its state in brackets), or None."""
    parts = line_parts(line)
    if not parts:
        return None
    first = parts[0]
    # „Ennepetal · DMC“, „Hamburg · DMC Landesgruppe SH/HH“ beside them: a known town before
    # the organiser, in the same place on the card.
    named = _TOWN_AND_STATE.match(first) is not None or (
        len(parts) >= 2 and known_town(first) is not None
    )
    # A part with a date is none (asked last: every line of a block without a place comes
    # here, and the date search costs more than the anchored pattern and the name lookup).
    return first if named and DATE_LIKE.search(first) is None else None


def place_of_a_town_and_state_line(
    lines: list[tuple[str, LexborNode | None]], reading: BlockReading
) -> None:
    """The first line of the block that opens with a town and its state, unless it is the title."""
    for line, _ in lines:
        text = line.strip()
        if not text or text == reading.title:
            continue
        if (place := town_and_state(text)) is not None:
            reading.location_text = place
            reading.sources["location_text"] = SOURCE
            return
