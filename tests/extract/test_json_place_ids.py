"""A place an event object names by id is the name its document lists for that id."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from netdir.extract.json_place_ids import place_by_id, place_names
from tests.extract.conftest import page_from_text


def test_rooms_listed_or_keyed_by_id() -> None:
    listed = {"rooms": [{"id": 47112, "name": "Aula", "sort": 0}, {"id": 47113, "name": " 146 "}]}
    assert place_names(listed) == {"rooms": {"47112": "Aula", "47113": "146"}}
    keyed = {"venues": {"2324": {"id": 2324, "name": "Main Hall"}}}
    assert place_names(keyed) == {"venues": {"2324": "Main Hall"}}


def test_only_a_places_list_at_the_top_and_its_own_id_key() -> None:
    document = {
        "rooms": [{"id": 1, "name": "Saal 9"}],
        "speakers": [{"id": 1, "name": "Ed Burns"}],  # a speaker is no place
        "nested": {"rooms": [{"id": 2, "name": "Saal 12"}]},
    }
    names = place_names(document)
    assert names == {"rooms": {"1": "Saal 9"}}
    assert place_by_id({"roomId": 1}, names) == ("Saal 9", "roomId")
    assert place_by_id({"room_id": "1"}, names) == ("Saal 9", "room_id")
    assert place_by_id({"speakerId": 1}, names) is None
    assert place_by_id({"roomId": 2}, names) is None  # listed nowhere at the top
    assert place_by_id({"roomId": True}, names) is None
    assert place_names([{"id": 1, "name": "x"}]) == {}


def test_a_sessionize_session_takes_its_rooms_name() -> None:
    answer = {
        "sessions": [
            {"title": "Welcome", "startsAt": "2025-05-10T09:00:00", "roomId": 1},
            {"title": "Keynote", "startsAt": "2025-05-10T09:10:00", "roomId": 9},
        ],
        "rooms": [{"id": 1, "name": "Saal 9", "sort": 0}],
    }
    page = page_from_text(json.dumps(answer), "https://sessionize.com/api/v2/x/view/all")
    records = extract_page(page).records
    assert [(r.title, r.location_text) for r in records] == [
        ("Welcome", "Saal 9"),
        ("Keynote", None),
    ]
    assert records[0].field_sources["location_text"] == "embedded_json:roomId"
