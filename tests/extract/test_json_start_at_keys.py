"""An event object's start and end under ``start_at``/``end_at`` (Luma, Rails-style APIs) or
Mobilizon's ``beginsOn``/``endsOn``, its venue under Luma's ``geo_address_info`` or Mobilizon's
``physicalAddress``."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.json_place_text import place_text
from tests.extract.conftest import page_from_text


def _records(answer: object) -> list[tuple[str, str | None, str | None, str | None]]:
    page = page_from_text(json.dumps(answer), "https://api.example.org/events")
    return [(r.title, r.start, r.end, r.location_text) for r in extract_page(page).records]


def test_a_luma_entry_in_its_events_own_zone() -> None:
    entries = [
        {
            "api_id": "evt-1",
            "event": {
                "name": "San Francisco n8n Meetup",
                "start_at": "2025-10-15T01:00:00.000Z",
                "end_at": "2025-10-15T04:00:00.000Z",
                "timezone": "America/Los_Angeles",
                "geo_address_info": {
                    "city": "San Francisco",
                    "address": "972 Mission St",
                    "city_state": "San Francisco, California",
                    "full_address": "972 Mission St, San Francisco, CA 94103, USA",
                    "mode": "shown",
                },
            },
            "calendar": {"name": "n8n", "timezone": "America/Los_Angeles"},
            "start_at": "2025-10-15T01:00:00.000Z",
            "hosts": [{"name": "Ann"}],
        }
    ]
    assert _records(entries) == [
        (
            "San Francisco n8n Meetup",
            "2025-10-14T18:00-07:00",
            "2025-10-14T21:00-07:00",
            "972 Mission St, San Francisco",
        )
    ]


def test_rails_and_mobilizon_keys() -> None:
    rails = {"events": [{"title": "Ruby Usergroup", "starts_at": "2026-03-04T19:00:00+01:00", "ends_at": "2026-03-04T21:00:00+01:00"}]}  # fmt: skip
    assert _records(rails) == [
        ("Ruby Usergroup", "2026-03-04T19:00:00+01:00", "2026-03-04T21:00:00+01:00", None)
    ]
    mobilizon = {
        "data": {
            "group": {
                "organizedEvents": {
                    "elements": [
                        {
                            "title": "OSM Meetup",
                            "beginsOn": "2026-05-12T17:00:00Z",
                            "endsOn": "2026-05-12T19:00:00Z",
                            "physicalAddress": {
                                "description": "Muntpunt Café",
                                "locality": "Brussels",
                                "postalCode": "1000",
                            },
                        }
                    ]
                }
            }
        }
    }
    assert _records(mobilizon) == [
        ("OSM Meetup", "2026-05-12T17:00:00Z", "2026-05-12T19:00:00Z", "Muntpunt Café, Brussels")
    ]


def test_a_hidden_venue_is_its_town_alone() -> None:
    hidden = {"mode": "obfuscated", "city_state": "San Francisco, California"}
    assert place_text(hidden) == "San Francisco, California"
    # Beside a venue's own town it adds nothing.
    shown = {
        "address": "WorkOS",
        "city": "San Francisco",
        "city_state": "San Francisco, California",
    }
    assert place_text(shown) == "WorkOS, San Francisco"
    assert place_text({"mode": "obfuscated"}) is None
