"""One event listed twice because its days cross a month heading.

Month-grouped calendars print an event from 29 April to 3 May under April ("Wed 29 - Thu 30",
"(Ends May 3)") and again under May ("Fri 1 - Sun 3", "(Begins Apr 29)"). Two rows of one
listing with the same title and the same link, each of whole days and one of them a range, the
second starting the day after the first ends, are one event: the first row takes the whole range, the second
is dropped. A series listed day by day (single days, or a week apart) is left as it is.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from netdir.normalize.when import parse_when
from netdir.normalize.when_context import record_year
from netdir.records import RawRecord

_DAY = len("2026-04-29")


def join_month_split_ranges(records: list[RawRecord], today: date) -> list[RawRecord]:
    """``records`` without the rows that continue an earlier row's range (which grows)."""
    repeated: Counter[tuple[str, str | None]] = Counter(
        (r.title, r.url) for r in records if r.url and r.date_text
    )
    if not any(count > 1 for count in repeated.values()):
        return records
    open_ranges: dict[tuple[str, str | None], tuple[RawRecord, str, str]] = {}
    kept: list[RawRecord] = []
    for record in records:
        key = (record.title, record.url)
        days = _day_range(record, today) if repeated.get(key, 0) > 1 else None
        if days is not None:
            earlier = open_ranges.get(key)
            if earlier is not None and _continues(earlier[1:], days):
                first, start, _ = earlier
                first.date_text = f"{start} – {days[1]}"
                first.field_sources["date_text"] += " + continued in a later row"
                open_ranges[key] = (first, start, days[1])
                continue
            open_ranges[key] = (record, *days)
        kept.append(record)
    return kept


def _day_range(record: RawRecord, today: date) -> tuple[str, str] | None:
    """(first day, last day) of a row that names whole days only."""
    if record.start or not record.date_text:
        return None
    when = parse_when(record.date_text, today=today, year=record_year(record.extra))
    if not when.start or len(when.start) != _DAY or (when.end and len(when.end) != _DAY):
        return None
    end = when.end or when.start
    return (when.start, end) if end >= when.start else None


def _continues(earlier: tuple[str, str], later: tuple[str, str]) -> bool:
    """``later`` starts the day after ``earlier`` ends, and one of them spans several days
    (two single days in a row are a series, each its own)."""
    following = date.fromisoformat(earlier[1]) + timedelta(days=1)
    several = earlier[1] > earlier[0] or later[1] > later[0]
    return later[0] == following.isoformat() and several
