"""A schedule grid's header row that names one room over its column: every session is held there.

A conference schedule opens its grid with a header row like its table's head — „Time“ over the
hour column, the room over the sessions' column (the Hoverboard theme's ``div.track-header``:
„Time | Conference Room“) — and then gives each slot only its hours, title and speakers. A visitor
reads every session of the grid as held in that room. With two or more room columns each cell
has its own room (``room_columns`` reads such a table); with one, the room is every row's.

A header is such a row when it is an earlier sibling element of the rows, its first text labels
the hour („Time“, „Zeit“, „Uhrzeit“) and one more text follows that names a place
(``place_lines.names_a_place``: „Conference Room“, „Main Hall“, „Großer Saal“). Only timed rows
without a place of their own take the room.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.block_text import css_matches, node_text
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.element_siblings import element_siblings
from netdir.extract.place_lines import names_a_place
from netdir.records import RawRecord

SOURCE = "listing: the room the schedule's header row names over its one column"
_HOUR_LABEL = lazy_re.compile(r"^(?:time|times|hour|hours|zeit|uhrzeit|heure|horaire)\s*:?$", re.I)
_ROOM_WORDS = 5  # „Conference Room“, „Großer Saal im Rathaus“; a longer text is a sentence
_MOST_SIBLINGS = 40  # the header opens the grid: a few slots of a day lie between it and a row


def _texts(row: LexborNode) -> list[str]:
    """The texts of the row's innermost elements, in order (empty cells left out)."""
    texts = []
    for element in css_matches(row, "*"):
        if element.child is not None and any(
            child.is_element_node for child in element.iter(include_text=False)
        ):
            continue
        text = node_text(element)
        if text:
            texts.append(text)
    return texts


def _room_of_header(row: LexborNode) -> str | None:
    texts = _texts(row)
    if len(texts) != 2 or _HOUR_LABEL.match(texts[0]) is None:
        return None
    room = texts[1]
    if len(room.split()) > _ROOM_WORDS or not names_a_place(room):
        return None
    return room


def room_of_the_track_header(group: list[RawRecord], first: LexborNode) -> None:
    """Each timed record of ``group`` without a place takes the room the header row before
    ``first`` (the node of the group's first row) names over its one column."""
    room = next(
        (
            found
            for sibling in element_siblings(first, "prev", _MOST_SIBLINGS)
            if sibling.tag == first.tag and (found := _room_of_header(sibling)) is not None
        ),
        None,
    )
    if room is None:
        return
    for record in group:
        if record.location_text or not record.date_text or not TIME_LIKE.search(record.date_text):
            continue
        record.location_text = room
        record.field_sources["location_text"] = SOURCE
