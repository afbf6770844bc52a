"""The hour a note beside a list of meetings states for every meeting of one kind.

A parish council's calendar lists its Planning Committee on each meeting day without an hour and
says under the table „All Planning meetings will take place at 7.15 p.m. When the meeting is
followed by a Council meeting at 8 p.m. …“. A reader times every planning meeting at 19:15 and
leaves the other meetings of the list to their own hours. When a short paragraph just before or
after the list (beside its table or list element) says „All <Kind> meetings take place / will be
held / start at <am/pm hour>“ (extract.all_meetings reads it), each untimed dated record of the
list whose title names that kind („Planning Committee“, „Planning meeting“) takes the hour; its
date's provenance says so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from netdir.extract.all_meetings import hours_by_kind
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.lead_times import add_shared_time
from netdir.records import RawRecord

#: Provenance suffix of a date text whose hour a note beside the list states for its kind.
FROM_NOTE = " + time:the note on its kind of meeting"


def hours_of_a_kind(group: list[RawRecord], notes: Sequence[str]) -> None:
    """Time the untimed meetings of ``group`` that one of the ``notes`` beside their list
    (list_notes.texts_beside_the_list) times by their kind."""
    untimed = untimed_days(group)
    if not untimed:
        return
    for text in notes:
        for kind, clock in hours_by_kind(text):
            named = re.compile(rf"\b{re.escape(kind)}\b", re.I)
            mine = [record for record in untimed if named.search(record.title or "")]
            add_shared_time(mine, clock, FROM_NOTE)
            untimed = [record for record in untimed if record not in mine]


def untimed_days(group: list[RawRecord]) -> list[RawRecord]:
    """The records of ``group`` dated by a day without a clock, still without a start."""
    return [
        record
        for record in group
        if record.start is None
        and record.date_text
        and names_a_day(record.date_text)
        and not TIME_LIKE.search(record.date_text)
    ]
