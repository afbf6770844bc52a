"""The Events Calendar (WordPress) REST answers, ``/wp-json/tribe/events/v1/events`` → records.

Quirks seen in the wild: ``venue`` is an object or an empty list ``[]``; names arrive
entity-encoded ("Institut f&uuml;r Stadtgeschichte"); dates are local wall-clock strings
("2027-03-12 09:00:00") with the zone in ``timezone``.
"""

from __future__ import annotations

import json
from datetime import datetime, tzinfo
from typing import Any

from netdir.extract.context import PageContext, clean_text, plain_text, set_field
from netdir.extract.manual_offsets import manual_offset_zone, offset_between
from netdir.records import RawRecord
from netdir.zone_names import named_zone, wall_clock_in

EXTRACTOR = "tec"
TEC_PATH = "/wp-json/tribe/events/v1/events"


def looks_like_tec(text: str, url: str) -> bool:
    if TEC_PATH in url or "rest_route=/tribe/events/v1/events" in url:
        return True
    head = text.lstrip("\ufeff \r\n\t")[:500]
    return head.startswith("{") and '"events"' in head and '"rest_url"' in text[:5000]


def parse_tec(text: str) -> dict[str, Any]:
    payload = json.loads(text.lstrip("\ufeff"))
    return payload if isinstance(payload, dict) else {"events": payload}


def extract_tec(payload: dict[str, Any], context: PageContext) -> list[RawRecord]:
    next_url = context.absolute_url(payload.get("next_rest_url"))
    records = []
    for event in payload.get("events") or []:
        if isinstance(event, dict) and (record := _record(event, context)) is not None:
            if next_url is not None:
                record.extra["next_url"] = next_url
            records.append(record)
    return records


def _record(event: dict[str, Any], context: PageContext) -> RawRecord | None:
    title = clean_text(event.get("title"))
    if title is None:
        return None
    record = context.new_record(EXTRACTOR, title)
    record.field_sources["title"] = "tec:title"
    set_field(record, "url", context.absolute_url(event.get("url")), "tec:url")
    set_field(record, "description", plain_text(event.get("description")), "tec:description")
    all_day = bool(event.get("all_day"))
    zone = _zone(event.get("timezone")) or offset_between(
        clean_text(event.get("start_date")), clean_text(event.get("utc_start_date"))
    )
    set_field(record, "start", _iso(event.get("start_date"), all_day, zone), "tec:start_date")
    set_field(record, "end", _iso(event.get("end_date"), all_day, zone), "tec:end_date")
    if record.start is not None:
        record.all_day = all_day
        record.field_sources["all_day"] = "tec:all_day"
    venue = event.get("venue")
    if isinstance(venue, dict) and venue:
        name = clean_text(venue.get("venue"))
        city = clean_text(venue.get("city"))
        set_field(record, "venue", name, "tec:venue.venue")
        set_field(record, "city", city, "tec:venue.city")
        locality = " ".join(p for p in (clean_text(venue.get("zip")), city) if p)
        parts = [name, clean_text(venue.get("address")), locality]
        set_field(record, "location_text", ", ".join(p for p in parts if p) or None, "tec:venue")
    organizers = event.get("organizer") or []
    organizers = [organizers] if isinstance(organizers, dict) else organizers
    names = [n for o in organizers if isinstance(o, dict) and (n := clean_text(o.get("organizer")))]
    set_field(record, "organizer", "; ".join(names) or None, "tec:organizer")
    set_field(record, "cost_text", clean_text(event.get("cost")), "tec:cost")
    categories = [c.get("name") for c in event.get("categories") or [] if isinstance(c, dict)]
    tags = [t.get("name") for t in event.get("tags") or [] if isinstance(t, dict)]
    set_field(
        record, "topics", [t for c in categories + tags if (t := clean_text(c))], "tec:categories"
    )
    if event.get("id") is not None:
        record.extra["tec_id"] = str(event["id"])
    return record


def _zone(name: object) -> tzinfo | None:
    text = clean_text(name)
    if text is None:
        return None
    return named_zone(text) or manual_offset_zone(text)


def _iso(value: object, all_day: bool, zone: tzinfo | None) -> str | None:
    text = clean_text(value)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if all_day:
        return moment.date().isoformat()
    return wall_clock_in(moment, zone).isoformat()
