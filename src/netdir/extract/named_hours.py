"""The hours a structured event's name ends in, when its stamp gives only the day.

Some sites stamp an event with its day alone and put the hours into the name it prints for
search engines: a realtor's open houses are ``name="Open House -  1 -  3PM"`` with
``startDate="2018-03-18"`` (the card beside it reads "Sunday 1:00PM- 3:00PM"), a club's
``"Jam Session 20 Uhr"``. Read as they stand, the event lasts the whole day and its title
carries a clock a reader does not take for the event's name. The hours are taken only from the
end of the name, only when they say they are hours (am/pm, "Uhr" or a colon; not "3h", as often
a duration as an hour) and only when the day with them reads as a time on that day.
"""

from __future__ import annotations

import re
from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when
from netdir.normalize.when_grammar import AM_PM
from netdir.records import RawRecord

_CLOCK = rf"\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:{AM_PM})?"
_MARKED = rf"(?:{AM_PM}|Uhr)"  # not "h": "Workshop 3h" is three hours long
# The name's last part: a separator, an hour or a range of hours, a mark that they are hours.
_NAMED_HOURS = lazy_re.compile(
    rf"(?:\s+[-–—|@]\s+|,\s+|\s+(?:ab|um|at|from)\s+|\s+)"
    rf"(?P<clock>{_CLOCK}(?:\s*(?:[-–—]|bis|to)\s*{_CLOCK})?\s*{_MARKED}?)\s*$",
    re.IGNORECASE,
)
_SAYS_HOURS = lazy_re.compile(rf"\d:\d{{2}}|\d\s*{_MARKED}(?!\w)", re.IGNORECASE)
_LETTER = lazy_re.compile(r"[^\W\d_]")
SOURCE_NOTE = " (hours from the name)"


def hours_from_name(record: RawRecord, today: date) -> None:
    """Give a day-only ``record`` the hours its title ends in and drop them from the title (in
    place). A name that is only a clock, or whose hours do not read as a time of the record's
    day, stays as it is."""
    if not record.start or len(record.start) != len("2018-03-18") or not record.title:
        return
    if record.end is not None and record.end[:10] != record.start:
        return  # a run of days: the hours are not one day's
    match = _NAMED_HOURS.search(record.title)
    if match is None or not _SAYS_HOURS.search(match["clock"]):
        return
    name = record.title[: match.start()].rstrip(" -–—|@,")
    if not _LETTER.search(name):
        return
    when = parse_when(f"{record.start} {match['clock']}", today=today)
    if when.start is None or "T" not in when.start or when.start[:10] != record.start:
        return
    source = record.field_sources.get("start", "")
    record.start = when.start[:16]
    record.field_sources["start"] = source + SOURCE_NOTE
    if when.end is not None and "T" in when.end:
        record.end = when.end[:16]
        record.field_sources["end"] = source + SOURCE_NOTE
    record.all_day = False
    record.field_sources["all_day"] = source + SOURCE_NOTE
    record.title = name
    title_source = record.field_sources.get("title")
    if title_source is not None:
        record.field_sources["title"] = title_source + " (without the hours at its end)"
