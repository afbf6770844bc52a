"""One concert an aggregating calendar lists twice, once from each of its sources.

A digest that merges a city calendar with venues' own pages writes each entry „Artist at
Venue“; the city calendar's entries name the calendar where the venue belongs and put the club
into LOCATION („Kinga Glyk at Jazz Boston Calendar“, LOCATION „Regattabar, Cambridge“), the
venue's own entry names the club and gives its street („Kinga Głyk at Regattabar“, „1 Bennett
St, Cambridge“). Both at 19:00 to 21:00 on 20 June: a reader sees one concert listed twice.

Two records are one event here when they start and end at the same time, their titles name the
same performer before „ at “ once letter accents are set aside (one source writes „Głyk“, the
other „Glyk“), and the venue one title names is in the other's place. The record whose title
names the venue is kept; the other, which names it only in its place, is dropped. Different
venues, times or performers stay separate events.
"""

from __future__ import annotations

import unicodedata

from netdir.records import RawRecord

_AT = " at "
# letters NFKD does not take apart: „ł“ is no „l“ with a mark in Unicode
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i"})


def without_source_twins(records: list[RawRecord]) -> list[RawRecord]:
    """``records`` without each record whose title's performer, start and end another record
    repeats, when its place names the venue the other's title names."""
    named: dict[tuple[str, str, str | None], list[str]] = {}
    for record in records:
        if (parts := _performer_venue(record)) is not None:
            named.setdefault(parts[0], []).append(parts[1])
    kept = []
    for record in records:
        parts = _performer_venue(record)
        place = _plain(record.location_text or "")
        if parts is not None and place:
            others = [venue for venue in named[parts[0]] if venue != parts[1]]
            if any(venue and venue in place for venue in others):
                continue  # the venue's own entry names this concert's club
        kept.append(record)
    return kept


def _performer_venue(record: RawRecord) -> tuple[tuple[str, str, str | None], str] | None:
    """(performer, start, end) and the venue of a timed record titled „Performer at Venue“."""
    if not record.start or "T" not in record.start or record.recurrence:
        return None
    performer, at, venue = record.title.rpartition(_AT)
    if not at or not performer.strip() or not venue.strip():
        return None
    return (_plain(performer), record.start, record.end), _plain(venue)


def _plain(text: str) -> str:
    """``text`` case-folded, its spaces single, its letters without accents („Głyk“ → „glyk“)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_PLAIN_LETTERS))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
