"""ISO 8601 dates and stamps (``2027-03-12``, ``2019-9-18``, ``2015-10-31T19:30-04:00``, the
ordinal ``2013-034``) and ranges of them; a stated offset is the event's own and is kept."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from netdir import lazy_re
from netdir.normalize.when_grammar import CONNECTOR, FLAGS
from netdir.normalize.when_times import (
    clock,
    find_times,
)
from netdir.normalize.when_value import BERLIN, When, blank, safe_date, whole_day, with_times

_ISO = lazy_re.compile(
    r"(?<![\d.])(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d.])"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?P<frac>\.\d+)?)?(?P<tz>Z|[+-]\d{2}:?\d{2})?"
    # „2016-02-13 10:00 pm“: a 12-hour clock written after the day is no ISO time (read by the
    # clock rules beside the date, it is 22:00).
    r"(?!(?::\d{2})*\s*(?i:[ap]\.?\s?m\.?)(?![a-zA-Z])))?"
)
_ORDINAL_ISO = lazy_re.compile(
    r"^\s*(?P<y>\d{4})-(?P<doy>\d{3})(?:T(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d))?\s*$"
)
# "Author: Franca - Published 2019-02-28 11:56 - (0 Reads) | … Diese findet am 02.03.2019 ab 15
# Uhr … statt." (a forum's news page, round 271): an ISO day right after a publishing word is the
# post's stamp — when the text names another day, that day is read instead
_STAMP_WORD_BEFORE = lazy_re.compile(
    r"\b(?:published|posted|updated|veröffentlicht|gepostet|erstellt|aktualisiert)"
    r"(?:\s+(?:on|am))?\s*:?\s*$",
    FLAGS,
)
_OTHER_DAY = lazy_re.compile(r"(?<![\d.])[0-3]?\d\.\s?[01]?\d\.")
# "2025-04-11T19:00+02:00 (MESZ) bis 2025-04-13T14:00+02:00 (MESZ)": the zone's name in brackets
# after a stamp stands between it and the range's word
# two days joined by „and“/„und“ (a comma before it), nothing else between
_AND_GAP = lazy_re.compile(r"^\s*,?\s*(?:and|und)\s*$", FLAGS)
_ZONE_NAME = lazy_re.compile(r"^\s*\((?:MESZ|MEZ|CEST|CET|UTC|GMT|[A-Z]{2,4}T)\)")
_END_TIME_AFTER = lazy_re.compile(
    # (two or three dots join the clocks as a dash does: „2015-07-16 19:30 .. 21:30“, the
    # heading of a meeting's minutes, round 298)
    r"^\s*(?:-|\.{2,3}|…|bis|to|until)\s*(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?![\d.])",
    FLAGS,
)


def _day_before(earlier: date, later: date) -> bool:
    """Whether ``earlier`` is the whole day right before ``later`` (days, not clocks)."""
    if isinstance(earlier, datetime) or isinstance(later, datetime):
        return False
    return later - earlier == timedelta(days=1)


def parse_iso(text: str) -> When | None:
    matches = list(_ISO.finditer(text))
    if not matches:
        return _parse_ordinal_iso(text) if "-" in text else None
    start = _iso_value(matches[0])
    if start is None:
        return None
    end = None
    if len(matches) > 1 and CONNECTOR.match(
        _ZONE_NAME.sub("", text[matches[0].end() : matches[1].start()], count=1)
    ):
        # A UTC-midnight end is a day only when the start is one too ("…T20:00Z - …T00:00Z"
        # ends at a clock).
        end = _iso_value(matches[1], midnight_is_day=not isinstance(start, datetime))
        if end is not None and end.isoformat()[:10] < start.isoformat()[:10]:
            gap = text[matches[0].end() : matches[1].start()]
            if _day_before(end, start) and _AND_GAP.match(gap) is not None:
                # „Wann: 2021-11-13, and 2021-11-12“ (round 295, a conference's two days, the
                # second given first): two following days joined by „and“ are the period of both
                start, end = end, start
            else:
                end = None
    has_time = isinstance(start, datetime)  # a UTC midnight is a day (``_iso_value``)
    if has_time and end is None and isinstance(start, datetime):
        # "2026-03-14 10:00 - 16:00": the end time of the same day.
        tail = _END_TIME_AFTER.match(text[matches[0].end() :])
        finish = clock(tail["h"], tail["mi"]) if tail else None
        if finish is not None and finish > start.timetz().replace(tzinfo=None):
            end = start.replace(hour=finish.hour, minute=finish.minute, second=0)
    if not has_time:
        # "2027-03-12, 10:00 Uhr": a date from a machine, the time written beside it; a clock
        # after another, later date is that date's ("2019-04-19 - 2019-04-22 - Easterhegg …
        # Ticket Phase 0: 2019-01-15 10.00 Uhr": the ticket sale's clock, not the event's).
        used = 2 if end is not None else 1
        limit = matches[used].start() if len(matches) > used else len(text)
        times = find_times(blank(text[:limit], [(m.start(), m.end()) for m in matches[:used]]))
        if times is not None:
            end_day = end if end is not None and not isinstance(end, datetime) else None
            return with_times(start, end_day, times)
    return When(
        start=start.isoformat(),
        end=end.isoformat() if end is not None else None,
        all_day=not has_time,
        precision="minute" if has_time else "day",
    )


def iso_stamp_blanked(text: str) -> str:
    """``text`` with a post's ISO stamp and its clock blanked out when a dotted day follows it
    (see ``_STAMP_WORD_BEFORE``); otherwise ``text`` as it is."""
    first = _ISO.search(text)
    if (
        first is None
        or _STAMP_WORD_BEFORE.search(text, max(0, first.start() - 30), first.start()) is None
    ):
        return text
    if _OTHER_DAY.search(text, first.end()) is None:
        return text
    return text[: first.start()] + " " * (first.end() - first.start()) + text[first.end() :]


def _parse_ordinal_iso(text: str) -> When | None:
    """ "2013-034": ISO 8601's year and day of the year, only as a whole text (inside prose
    "Vorlage 2013-034" is a file number)."""
    match = _ORDINAL_ISO.match(text)
    if match is None or not 1990 <= int(match["y"]) <= 2100:
        return None
    try:
        day = datetime.strptime(f"{match['y']}-{match['doy']}", "%Y-%j").date()
    except ValueError:
        return None
    if day.year != int(match["y"]):  # day 366 of a common year
        return None
    if match["h"] is None:
        return whole_day(day)
    moment = datetime.combine(day, time(int(match["h"]), int(match["mi"])), tzinfo=BERLIN)
    return When(moment.isoformat(), None, False, "minute")


def _iso_value(match: re.Match[str], *, midnight_is_day: bool = True) -> date | datetime | None:
    day = safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None or not 1990 <= day.year <= 2100:
        return None
    if match["h"] is None:
        return day
    try:
        clock_time = time(int(match["h"]), int(match["mi"]), int(match["s"] or 0))
    except ValueError:
        return None
    tz = match["tz"]
    if tz is None:
        return datetime.combine(day, clock_time, tzinfo=BERLIN)
    stamp = datetime.fromisoformat(f"{day.isoformat()}T{clock_time.isoformat()}{_iso_offset(tz)}")
    if stamp.utcoffset() == timedelta(0):
        if midnight_is_day and clock_time == time(0) and _printed_by_a_script(match):
            # "2019-01-17T00:00:00.000Z": a day a script printed as its UTC midnight (what
            # JavaScript's toISOString makes of a date); 01:00 in Berlin was never said. (A
            # feed's "2026-03-22T00:00:00+00:00" may be a real instant: 17:00 in Seattle.)
            return day
        # UTC is a machine's way of writing, not the event's zone: show Berlin time, but never
        # move the event to another day for it.
        berlin = stamp.astimezone(BERLIN)
        return berlin if berlin.date() == stamp.date() else stamp
    return stamp


def _printed_by_a_script(match: re.Match[str]) -> bool:
    """JavaScript's ``toISOString`` form: milliseconds and a "Z" ("…T00:00:00.000Z")."""
    return match["tz"] == "Z" and match["frac"] is not None and set(match["frac"][1:]) == {"0"}


def _iso_offset(tz: str) -> str:
    if tz == "Z":
        return "+00:00"
    return tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"
