"""Rows that only spell out the days of one run, read as that run.

A post announcing a workcamp week lists its days under its heading, one row each and nothing
else in them: „Sa, 24.02. 10-18 Uhr“, „So, 25.02. 10-18 Uhr“ … „Fr, 01.03. 10-18 Uhr“. The rows
have no name of their own (their title is the heading's), every row is the day after the one
before, and every row keeps the same hours: a reader sees one event running from the first day
to the last, „täglich von 10 bis 18 Uhr“, not seven offerings. When every row of a list is part
of such a chain of at least three days, each chain becomes one record from its first day's start
to its last day's end; a list with a gap inside a chain starts a new chain (a second week). Rows
with names of their own, different hours, days apart, or chains of two days are left as they are.
"""

from __future__ import annotations

from datetime import date, timedelta

from netdir.normalize.when import parse_when
from netdir.normalize.when_context import record_year
from netdir.records import RawRecord

# where a row titled by the heading above it says so („listing:ul>li heading-before“)
_HEADING_TITLES = ("heading-before", "heading above")
_SHORTEST_RUN = 3
_DAY = len("2024-02-24")
_MINUTE = len("2024-02-24T10:00")


def runs_of_daily_rows(group: list[RawRecord], today: date) -> list[RawRecord]:
    """``group`` with each chain of same-hour daily rows folded into one record of the run."""
    if len(group) < _SHORTEST_RUN or not _named_by_one_heading(group):
        return group
    slots = [_slot(record, today) for record in group]
    if any(slot is None for slot in slots):
        return group
    chains = _chains([slot for slot in slots if slot is not None])
    if any(len(chain) < _SHORTEST_RUN for chain in chains):
        return group
    runs: list[RawRecord] = []
    for chain in chains:
        first, last = group[chain[0]], slots[chain[-1]]
        assert last is not None
        start = slots[chain[0]]
        assert start is not None
        end_day = last[0].isoformat()
        first.date_text = f"{start[0].isoformat()}T{start[1]} – {end_day}T{last[2] or start[1]}"
        first.field_sources["date_text"] = (
            first.field_sources.get("date_text", "listing") + " + the run of the daily rows below"
        )
        runs.append(first)
    return runs


def _named_by_one_heading(group: list[RawRecord]) -> bool:
    """Every row takes its title from the same heading and links nowhere of its own."""
    titles = {record.title for record in group}
    urls = {record.url for record in group}
    return (
        len(titles) == 1
        and len(urls) == 1
        and all(_from_heading(r.field_sources.get("title", "")) for r in group)
        and not any(r.start for r in group)
    )


def _from_heading(source: str) -> bool:
    return source.endswith(_HEADING_TITLES)


def _slot(record: RawRecord, today: date) -> tuple[date, str, str | None] | None:
    """(day, start clock, end clock) of a row that names one day with its hours, else None."""
    if not record.date_text:
        return None
    when = parse_when(record.date_text, today=today, year=record_year(record.extra))
    if not when.start or len(when.start) < _MINUTE or when.recurrence:
        return None
    if when.end and (len(when.end) < _MINUTE or when.end[:_DAY] != when.start[:_DAY]):
        return None
    end = when.end[_DAY + 1 : _MINUTE] if when.end else None
    return date.fromisoformat(when.start[:_DAY]), when.start[_DAY + 1 : _MINUTE], end


def _chains(slots: list[tuple[date, str, str | None]]) -> list[list[int]]:
    """Indexes of the rows grouped into chains: each row the day after the one before, with
    the same hours as the chain's first row."""
    chains: list[list[int]] = []
    for index, (day, begins, ends) in enumerate(slots):
        if chains:
            before = slots[chains[-1][-1]]
            if day == before[0] + timedelta(days=1) and (begins, ends) == before[1:]:
                chains[-1].append(index)
                continue
        chains.append([index])
    return chains
