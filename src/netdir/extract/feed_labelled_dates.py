"""A feed item's event day and hours on labelled lines of its summary, and its posting stamp.

A town's calendar as an aggregator passes it on in RSS writes each entry's facts as labelled
lines of the description, the posting time first: „Date: Wed, 11 Mar 2026 12:37:05 -0600 /
Event date: April 4, 2026 / Event Time: 10:00 AM - 10:30 AM / Location: 115 S Canyon St“ (the
Spearfish Bulletin's feed of the city's CivicPlus calendar, with no pubDate). „Event date:“ and
„Event Time:“ are the offering's day and hours; the bare „Date:“ whose value is a mail-style
stamp with seconds and an offset is when the entry was posted — read as the event's date it
put the egg hunt of 4 April on 11 March. A run („Event dates: April 9, 2026 - April 12, 2026“)
with the hours „12:00 AM - 11:59 PM“ is all day: those hours say nothing of a clock.

Only lines the summary's markup sets apart (<br>, <p>, <li>, line breaks) are read, and only a
label that says it is the event's („Event date“, „Date of event“, „Veranstaltungsdatum“);
a summary without one keeps being read as before.
"""

from __future__ import annotations

import re
from datetime import datetime

from netdir import lazy_re
from netdir.extract.context import clean_text
from netdir.extract.feed_event_dates import feed_instant

_LINE_BREAK = lazy_re.compile(r"<\s*(?:br|/p|p|/li|li|/div|div)\b[^>]*>|\n", re.IGNORECASE)
_TAG = lazy_re.compile(r"<[^>]*>")
_EVENT_DAYS = lazy_re.compile(
    r"^(?:event\s+dates?|date\s+of\s+(?:the\s+)?event|event\s+days?|"
    r"veranstaltungs(?:datum|termin|tag|tage))\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_EVENT_HOURS = lazy_re.compile(
    r"^(?:event\s+times?|time\s+of\s+(?:the\s+)?event|event\s+hours|"
    r"veranstaltungs(?:zeit|beginn|uhrzeit))\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
_POSTING_LABEL = lazy_re.compile(
    r"^(?:date|posted|published|posted\s+on|published\s+on)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# „Wed, 11 Mar 2026 12:37:05 -0600“: a mail-style stamp to the second with a numeric offset —
# a machine's record of when something was written, not a time an event is announced for.
_MAIL_STAMP = lazy_re.compile(
    r"^[A-Z][a-z]{2},\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}:\d{2}\s+[+-]\d{4}$"
)
# „12:00 AM - 11:59 PM“, „00:00 - 23:59“: the whole day, no hours of its own.
_WHOLE_DAY = lazy_re.compile(
    r"^(?:12:00\s*AM|0?0:00)\s*[-–]\s*(?:11:59\s*PM|23:59)$",
    re.IGNORECASE,
)


def summary_lines(markup: object) -> list[str]:
    """The summary's lines as its markup breaks them, tags removed, empty ones dropped."""
    text = str(markup or "")
    lines = (clean_text(_TAG.sub(" ", part)) for part in _LINE_BREAK.split(text))
    return [line for line in lines if line]


def labelled_event_days(lines: list[str]) -> str | None:
    """„April 4, 2026, 10:00 AM - 10:30 AM“ from the „Event date:“ and „Event Time:“ lines;
    the days alone when the hours are the whole day or missing; None without an event-date
    line."""
    days = _value(lines, _EVENT_DAYS)
    if days is None:
        return None
    hours = _value(lines, _EVENT_HOURS)
    if hours is None or _WHOLE_DAY.match(hours):
        return days
    return f"{days}, {hours}"


def posting_stamp(lines: list[str]) -> datetime | None:
    """The time a „Date:“ (or „Posted:“) line gives as a mail-style stamp: when the entry was
    written, not when its event is."""
    value = _value(lines, _POSTING_LABEL)
    if value is None or not _MAIL_STAMP.match(value):
        return None
    return feed_instant(value)


def _value(lines: list[str], label: re.Pattern[str]) -> str | None:
    for line in lines:
        if (match := label.match(line)) is not None:
            return match["value"].strip()
    return None
