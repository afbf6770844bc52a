"""One event a calendar holds twice, one copy without its place, read as one event.

Calendars that people fill by hand (Tockify, a councillor's office posting the same workshop
twice) sometimes hold an event as two VEVENTs: the same SUMMARY, DTSTART and DTEND, one copy
with a LOCATION and one without. A reader sees one event — the second entry adds nothing but
the place the first lacks. The copy without a place is dropped and the kept copy is the one
that names it. Copies at different places, or at different times, stay separate events (two
rooms at one hour, two showings of one film).
"""

from __future__ import annotations

from netdir.records import RawRecord


def without_placeless_twins(records: list[RawRecord]) -> list[RawRecord]:
    """``records`` without each record that repeats another's title, start and end but
    lacks the place the other gives."""
    placed = {
        _key(record)
        for record in records
        if record.location_text and record.start and not record.recurrence
    }
    return [
        record
        for record in records
        if record.location_text
        or record.recurrence
        or not record.start
        or _key(record) not in placed
    ]


def _key(record: RawRecord) -> tuple[str, str | None, str | None]:
    return " ".join(record.title.casefold().split()), record.start, record.end
