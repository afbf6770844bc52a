"""Rows named by what takes place and the town it takes place in: „Evangelisation Waren (Müritz)“.

An evangelist's list of bookings names a week of evening meetings by their kind and their town
(„Evangelisation Waren (Müritz)“, one row per evening), as a fair calendar names „Bootsmesse
Düsseldorf“. A reader notes the town as where it is held. Only a title of exactly these two
parts counts — one capitalised word of the event's kind and a town the gazetteer knows (written
with its bracketed qualifier, „Waren (Müritz)“, „Frankfurt (Oder)“, which tells a town from the
everyday word „Waren“) — and only for a row no other reader gave a place.
"""

from __future__ import annotations

from netdir import lazy_re
from netdir.extract.place_lines import names_a_venue_word
from netdir.normalize.place import known_town, load_gazetteer
from netdir.records import RawRecord

_KIND_THEN_TOWN = lazy_re.compile(
    r"^(?P<kind>[A-ZÄÖÜ][a-zäöüß]{4,}(?:-[A-ZÄÖÜa-zäöüß][a-zäöüß]+)?)\s+"
    r"(?P<town>[A-ZÄÖÜ][\w-]+(?:\s+\((?P<qualifier>[A-ZÄÖÜ][\w. -]{1,30})\))?)$"
)
_QUALIFIED_TOWN_POPULATION = 2000


def _town(written: str, qualified: bool) -> bool:
    """Whether ``written`` names a town: with its bracketed qualifier the gazetteer's name as
    written, else a town known by its bare name (``known_town``)."""
    if qualified:
        entry = load_gazetteer().lookup(written)
        return entry is not None and entry.population >= _QUALIFIED_TOWN_POPULATION
    return known_town(written) is not None


def rows_held_in_their_town(records: list[RawRecord]) -> None:
    """A dated record without a place whose title is a kind of event and a town is held in
    that town (see the module)."""
    for record in records:
        if record.location_text is not None or not record.date_text or not record.title:
            continue
        found = _KIND_THEN_TOWN.match(" ".join(record.title.split()))
        if found is None or names_a_venue_word(found["kind"]) or known_town(found["kind"]):
            continue
        if not _town(found["town"], found["qualifier"] is not None):
            continue
        record.location_text = found["town"]
        where = record.field_sources.get("title", "listing:")
        record.field_sources["location_text"] = f"{where} (the town after the event's kind)"
