"""The hour and the place a note beside a list states for all its meetings.

A radio club's schedule lists „Jan 10th | Firehouse Meeting ~ 2024 Agenda/Planning“, „Jan
27th-28th | Winter Field Day“, „Apr 10th | Pizza Meeting ~ Location TBD“ and says under the table
„* All meetings are held at 7:30pm at Pacifica Fire Station #72 (Linda Mar), 1100 Linda Mar
Boulevard, Pacifica, CA 94044, unless otherwise stated.“ A reader meets at the fire station at
19:30 for each row that is a meeting, and times neither the field day nor the festival by it.
So when a short text just before or after the list (beside its table or list element) says the
hour or the place of all meetings (extract.all_meetings), each dated record of the list whose title
names a meeting takes the hour when it has none and the place when it names none — unless the
row says its location is still open („Location TBD“), the „unless otherwise stated“ of the note.

One list may run through several tables, each with its own note: a township's page holds a table
per body and year, the board's under „Meetings begin at 7:00pm Unless otherwise specified“, the
planning commission's under „… at 6:30pm …“. Each meeting takes the note of the table it stands
in (``meetings_by_their_notes``), not the first table's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from selectolax.lexbor import LexborNode

from netdir import lazy_re
from netdir.extract.all_meetings import hour_for_all, place_for_all
from netdir.extract.kind_hours import untimed_days
from netdir.extract.lead_times import add_shared_time
from netdir.extract.list_notes import list_of, texts_beside_the_list
from netdir.extract.place_labels import ENGLISH_BLOCK_WORDS
from netdir.records import RawRecord

_A_MEETING = lazy_re.compile(r"\bmeetings?\b", re.I)
# „Pizza Meeting ~ Location TBD“: the row says its place is not the usual one, or not known yet.
_PLACE_OPEN = lazy_re.compile(rf"\b(?:{ENGLISH_BLOCK_WORDS})\s*:?\s*(?:tbd|tba|tbc)\b", re.I)
#: Provenance suffix of a date text whose hour the note on all meetings states.
HOUR_SOURCE = " + time:the note on all meetings beside the list"
#: Provenance of a place the note on all meetings names.
PLACE_SOURCE = "listing: the note on all meetings beside the list"


def meetings_by_the_note(group: list[RawRecord], notes: Sequence[str]) -> None:
    """Give the meetings of ``group`` the hour and the place one of the ``notes`` beside their
    list (list_notes.texts_beside_the_list) states for all meetings."""
    meetings = [record for record in group if _A_MEETING.search(record.title or "")]
    if not meetings:
        return
    hour = place = None
    for text in notes:
        hour = hour or hour_for_all(text)
        place = place or place_for_all(text)
    if hour is not None:
        untimed = untimed_days(meetings)
        add_shared_time(untimed, " ".join(hour.split()), HOUR_SOURCE)
    if place is None:
        return
    for record in meetings:
        said = f"{record.title or ''} {record.description or ''}"
        if record.location_text or _PLACE_OPEN.search(said):
            continue
        record.location_text = place
        record.field_sources["location_text"] = PLACE_SOURCE


def meetings_by_their_notes(
    group: list[RawRecord],
    block_of: dict[int, list[LexborNode]],
    first: LexborNode,
    notes: Sequence[str],
) -> None:
    """``meetings_by_the_note`` for each table of ``group`` apart: the records read from the
    table of ``first`` (whose ``notes`` are read already) and those without a block take
    ``notes``; the records of each other table take the notes beside that table."""
    home = list_of(first).mem_id
    parts: dict[int, list[RawRecord]] = {}
    anchors: dict[int, LexborNode] = {}
    for record in group:
        block = block_of.get(id(record))
        if not block:
            parts.setdefault(home, []).append(record)
            continue
        key = list_of(block[0]).mem_id
        parts.setdefault(key, []).append(record)
        anchors.setdefault(key, block[0])
    for key, records in parts.items():
        meetings_by_the_note(records, notes if key == home else texts_beside_the_list(anchors[key]))
