"""The hour a one-day calendar entry gives only at the end of its title.

A school's calendar, turned into an iCalendar of days, keeps the hour where its PDF had it:
in the entry's name („End of Year Program 6 PM“, „Graduation Program 6 PM“ on 21 and 22 May).
The day is the calendar's, the hour is the day's clock (the record's date text, which the
normalizer reads as the start) and the name is the title without it.

Only an all-day entry of one day whose title ends with an hour written as one („6 PM“,
„6:30 p.m.“, „19 Uhr“, „19:30 Uhr“) after a name of its own; a title of several notes joined
by „;“ („Grandparent's Day; Friday School PS-12; Early Release 1 PM“) is left alone — the
hour belongs to its last note, not to the day's event.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.extract.context import set_field
from netdir.records import RawRecord

WHERE = "ical:SUMMARY closing clock"
_MIN_NAME = 3  # letters a name keeps before the clock
_CLOCK_AT_END = lazy_re.compile(
    r"\s(?:[-–,@]\s*|at\s+|um\s+)?"
    r"(?P<clock>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?:[ap]\.?\s?m\.?|Uhr))\s*$",
    re.IGNORECASE,
)
_LETTER = lazy_re.compile(r"[^\W\d_]")


def clock_in_the_title(record: RawRecord) -> None:
    """Give a one-day all-day ``record`` the hour its title closes with, and the title
    without it; any other record is left as it is."""
    if not record.all_day or not record.start or record.date_text is not None:
        return
    if record.end not in (None, record.start) or not record.title or ";" in record.title:
        return
    match = _CLOCK_AT_END.search(record.title)
    if match is None:
        return
    name = record.title[: match.start()].strip(" -–,@")
    if len(_LETTER.findall(name)) < _MIN_NAME:
        return
    day = date.fromisoformat(record.start[:10])
    set_field(record, "date_text", f"{day:%d.%m.%Y}, {match['clock']}", WHERE)
    record.title = name
    record.field_sources["title"] = (
        f"{record.field_sources.get('title', 'ical:SUMMARY')} without its closing clock"
    )
