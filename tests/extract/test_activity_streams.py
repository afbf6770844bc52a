"""ActivityPub event objects (Mobilizon, Gancio): their ActivityStreams ``startTime``/``endTime``."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.activity_streams import event_time_keys
from tests.extract.conftest import page_from_text

_CONTEXT = ["https://www.w3.org/ns/activitystreams", {"sc": "http://schema.org#"}]


def _event(**fields: object) -> str:
    return json.dumps({"@context": _CONTEXT, "type": "Event", "name": "Stammtisch", **fields})


def test_an_activitypub_event_is_dated_by_its_start_time() -> None:
    body = _event(
        startTime="2026-03-12T18:00:00Z",
        endTime="2026-03-12T20:00:00Z",
        location={"type": "Place", "name": "Café Kante", "address": "Kantstraße 1, Leipzig"},
    )
    page = page_from_text(body, "https://events.example/events/1", "application/activity+json")
    (record,) = extract_page(page).records
    assert (record.title, record.start, record.end) == (
        "Stammtisch", "2026-03-12T18:00:00Z", "2026-03-12T20:00:00Z",
    )  # fmt: skip
    assert record.field_sources["start"] == "jsonld:Event.startTime"
    assert record.location_text is not None and "Café Kante" in record.location_text


def test_schema_org_dates_win_over_activity_times() -> None:
    assert event_time_keys({"startDate": "2026-03-12", "startTime": "18:00"}) == (
        "startDate",
        "endDate",
    )
    assert event_time_keys({"startTime": "2026-03-12T18:00:00Z"}) == ("startTime", "endTime")
    assert event_time_keys({"startTime": 5}) == ("startDate", "endDate")  # no stamp: no times
