"""One event a calendar holds twice, read as one event.

Calendars that people fill by hand (Tockify, a councillor's office posting the same workshop
twice) sometimes hold an event as two VEVENTs: the same SUMMARY, DTSTART and DTEND, one copy
with a LOCATION and one without. A reader sees one event — the second entry adds nothing but
the place the first lacks. The copy without a place is dropped and the kept copy is the one
that names it. Copies at different places, or at different times, stay separate events (two
rooms at one hour, two showings of one film).

A city calendar whose editors post an event again instead of changing it (the EventON calendar
of beelitz.de, whose second copy gets the page slug „…-2“) holds it twice in two more shapes:

- the same name at the same start with two ends — one copy ends when the event does (18:00),
  the other at the 23:59 the plugin writes where no end was given („Eröffnung der
  Kürbisausstellung“), or neither has a place and both end alike („Veranstaltung auf den
  Jakobs-Höfen“ twice on one day) (``without_restated_twins``). One event: the copy with a place,
  else the one with a stated end, is kept.
- the same name once as a whole day and once at an hour of that day („Dorffest Busendorf“ on 29
  August and „Dorffest Busendorf“ on 29 August at 14:30). One event at the hour: the day-only
  copy says less. A run of days under the name (an exhibition's weeks) and its opening evening
  stay two.

Copies at two places stay two events, as do copies filed under different CATEGORIES (a games
club's „One Shot Day“ all day in the blue and green rooms and from 10:00 in the red one) and a
series' occurrences.
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


def without_restated_twins(records: list[RawRecord]) -> list[RawRecord]:
    """``records`` with each event listed twice under one name — at one start, or as a whole
    day and at an hour of that day, at no two different places — kept once."""
    kept: list[RawRecord] = []
    by_title: dict[str, list[int]] = {}  # a name → where its records stand in ``kept``
    for record in records:
        named = by_title.setdefault(_title(record), [])
        at = next((i for i in named if _twins(kept[i], record)), None)
        if at is None:
            named.append(len(kept))
            kept.append(record)
        elif _says_more(record, kept[at]):
            kept[at] = record
    return kept


def _twins(one: RawRecord, other: RawRecord) -> bool:
    if one.recurrence or other.recurrence or not one.start or not other.start:
        return False
    if _title(one) != _title(other) or not _places_agree(one, other):
        return False
    if {_words(t) for t in one.topics} != {_words(t) for t in other.topics}:
        return False  # filed under two rooms or sections (CATEGORIES): two events
    if one.start == other.start:
        return True
    # a whole day and an hour on that day: the day-only copy is the same event
    return (_one_day(one) and other.start[:10] == one.start) or (
        _one_day(other) and one.start[:10] == other.start
    )


def _one_day(record: RawRecord) -> bool:
    start = record.start or ""
    return len(start) == 10 and record.end in (None, start)


def _says_more(record: RawRecord, twin: RawRecord) -> bool:
    """Whether ``record`` should stand for the event rather than ``twin``."""
    if bool(record.location_text) != bool(twin.location_text):
        return bool(record.location_text)
    if _one_day(twin) and not _one_day(record):
        return True  # the hour beats the bare day
    return _placeholder_end(twin) and not _placeholder_end(record)


def _placeholder_end(record: RawRecord) -> bool:
    # „23:59“: what a calendar plugin writes where the event's end was left open
    return (record.end or "")[11:16] == "23:59"


def _places_agree(one: RawRecord, other: RawRecord) -> bool:
    if not one.location_text or not other.location_text:
        return True
    return _words(one.location_text) == _words(other.location_text)


def _title(record: RawRecord) -> str:
    return _words(record.title)


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


def _key(record: RawRecord) -> tuple[str, str | None, str | None]:
    return _title(record), record.start, record.end
