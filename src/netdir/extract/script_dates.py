"""Structured events without a day, completed from the page's script data.

A site builder's events widget (Wix Events) prints a JSON-LD ``ItemList`` of its events with
name and url but no ``startDate``, and keeps each event's schedule in the data its script draws
the widget from (``"slug": "small-dog-meet-up-38"``, ``"scheduling": {"config": {"startDate":
…, "timeZoneId": …}}``). What a browser shows is that schedule, so a dateless structured event
takes its day, end and place from the script's object for the same event: the one whose slug
ends the event's url, else the next unused one of the same title (two "Small Dog Meet Up" on
two days pair in page order).
"""

from __future__ import annotations

from netdir.extract.context import PageContext
from netdir.extract.embedded_json import records_from_json_texts
from netdir.extract.structured import title_key
from netdir.records import RawRecord

_COMPLETED = ("start", "end", "all_day", "location_text")


def dateless_events(records: list[RawRecord]) -> list[RawRecord]:
    """The structured records that name an event but no day (an Organization is no event)."""
    return [
        record
        for record in records
        if record.start is None and record.date_text is None and record.kind != "organization"
    ]


def complete_from_scripts(
    dateless: list[RawRecord], texts: list[str], context: PageContext
) -> None:
    """Fill the day (and what else is missing of end and place) of each ``dateless`` record from
    the script object of the same event in ``texts`` (from ``embedded_json.json_texts``)."""
    unused = records_from_json_texts(texts, context)
    for record in dateless:
        twin = _same_slug(record, unused) or _same_title(record, unused)
        if twin is None:
            continue
        unused.remove(twin)
        for name in _COMPLETED:
            if getattr(record, name) not in (None, "", False):
                continue
            value = getattr(twin, name)
            if value in (None, "", False):
                continue
            setattr(record, name, value)
            record.field_sources[name] = twin.field_sources.get(name, "embedded_json")


def _same_slug(record: RawRecord, candidates: list[RawRecord]) -> RawRecord | None:
    if not record.url:
        return None
    last = record.url.rstrip("/").rsplit("/", 1)[-1]
    return next((c for c in candidates if c.extra.get("slug") == last), None)


def _same_title(record: RawRecord, candidates: list[RawRecord]) -> RawRecord | None:
    key = title_key(record)
    return next((c for c in candidates if title_key(c) == key), None)
