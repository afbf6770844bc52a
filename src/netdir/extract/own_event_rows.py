"""The row of a list that is the page's own event again.

A network operators' meetup page opens with the year's meetups — „**2025-05-21**: [Meetup 2025-04
in Wolfsburg](…)“, „**2025-04-01**: [Meetup 2025-03 in Berlin](…)“ — and then details its own
under the h1 „DENOG Meetup 2025-04 - Wolfsburg“: „Wann | 21.05.2025 18:30 - 21:30 Uhr“, „Wo |
Wolfsburger Nordkopf Tower, …“. The list names the page's event on its day with words the h1
has too; a reader notes one meetup, at the hours and place the page details, not the row beside
it. A row on another day, or one whose name says more than the h1 („Vorbereitungstreffen Meetup
2025-04“), is another event and stays.
"""

from __future__ import annotations

from datetime import date

from netdir import lazy_re
from netdir.normalize.when import parse_when
from netdir.records import RawRecord

_WORD = lazy_re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
# Words that join a name to its town („Meetup 2025-04 in Wolfsburg“) and say nothing of which
# event it is.
_JOINING = frozenset({"in", "im", "am", "an", "auf", "bei", "beim", "at", "der", "die", "das"})
_SHARED = 2  # the row and the event have at least this many words in common


def without_the_events_row(
    event: RawRecord, listing: list[RawRecord], today: date
) -> list[RawRecord]:
    """``listing`` without the rows on ``event``'s day whose name the event's name holds."""
    day = _day(event.date_text or event.start, today)
    if day is None or not event.title:
        return listing
    names = _words(event.title)
    return [record for record in listing if not _the_same(record, day, names, today)]


def _the_same(record: RawRecord, day: str, names: set[str], today: date) -> bool:
    if not record.title or _day(record.date_text or record.start, today) != day:
        return False
    words = _words(record.title) - _JOINING
    return len(words) >= _SHARED and words <= names


def _day(text: str | None, today: date) -> str | None:
    start = parse_when(text, today=today).start if text else None
    return start[:10] if start else None


def _words(text: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(text)}
