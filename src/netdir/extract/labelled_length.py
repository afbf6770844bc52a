"""The end of a one-event page's day told by a label of its own: its clock or its length.

frab's public schedule gives each event page an Info box „Day: 2016-12-29“ / „Start time: 21:15“ /
„Duration: 00:30“ / „Room: Saal 2“; a club's page writes „Beginn: 19 Uhr“ / „Dauer: 90 Minuten“
or „Beginn: 17:30 Uhr“ / „Ende: 22:30 Uhr“. The length, added to the start, is the end a reader
works out (21:45); the end label's clock is the end. A length without a start clock, or one of a
day or more, says nothing about the end's hour; an end label that names a day is a run's, read
with the date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from netdir import lazy_re
from netdir.extract.block_text import names_a_day
from netdir.extract.date_cues import TIME_LIKE
from netdir.extract.duration_ends import length_of, worded_length
from netdir.normalize.when import parse_when

# „90 Minuten“, „90 min.“, „2 Stunden“, „1,5 Std.“, „2 hours“ (after an optional „ca.“).
_WORDED = lazy_re.compile(
    r"^\s*(?:ca\.?\s*|etwa\s+|about\s+|approx\.?\s*)?(?P<n>\d{1,3}(?:[.,]\d)?)\s*"
    r"(?P<unit>minuten|min\.?|minutes|mins?|stunden|std\.?|hours?|h)\s*$",
    re.IGNORECASE,
)
_LONGEST = timedelta(hours=23)


def _length(value: str) -> timedelta | None:
    if (span := length_of(value.strip())) is not None:
        return span if span <= _LONGEST else None
    worded = _WORDED.match(value)
    if worded is None:
        return None
    span = worded_length(worded["n"], worded["unit"])
    return span if timedelta(0) < span <= _LONGEST else None


def with_length_end(date_text: str, length: str | None, today: date) -> str | None:
    """``date_text`` with the end its labelled ``length`` gives („2016-12-29, 21:15“ and „00:30“
    → „2016-12-29, 21:15 – 21:45“); None when there is no length, the text has no start clock
    or already an end."""
    if length is None or (span := _length(length)) is None:
        return None
    if (start := _timed_start_without_end(date_text, today)) is None:
        return None
    try:
        end = datetime.fromisoformat(start) + span
    except ValueError:
        return None
    return f"{date_text} – {end:%H:%M}"


# „22**:**30 Uhr“: Markdown bold marks a CMS migration left around a clock's colon.
_MARKS_AROUND_COLON = lazy_re.compile(r"(?<=\d)[*_]{1,2}:[*_]{1,2}(?=\d)")


def with_labelled_end(date_text: str, end: str | None, today: date) -> str | None:
    """``date_text`` with the clock an end label gives („Ende: 22:30 Uhr“ → „…, 17:30 Uhr –
    22:30 Uhr“); None when there is no such clock, the text has no start clock or already an end."""
    if end is None or names_a_day(end):
        return None
    clock = TIME_LIKE.search(_MARKS_AROUND_COLON.sub(":", end))
    if clock is None or _timed_start_without_end(date_text, today) is None:
        return None
    return f"{date_text} – {clock.group(0)}"


def _timed_start_without_end(date_text: str, today: date) -> str | None:
    """The start ``date_text`` gives when it has a clock and no end yet (an end can be added)."""
    when = parse_when(date_text, today=today)
    if when.start is None or "T" not in when.start or when.end is not None:
        return None
    return when.start
