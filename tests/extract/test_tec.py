"""The Events Calendar REST answers: venue object or [], entities, local times, next page."""

from __future__ import annotations

from netdir.extract import extract_page
from tests.extract.conftest import PageFromFixture

TEC_URL = "https://stadtgeschichte.example/wp-json/tribe/events/v1/events?per_page=2"
NEXT_URL = "https://stadtgeschichte.example/wp-json/tribe/events/v1/events?page=2&per_page=2"


def test_tec_events_with_venue_object_and_entities(fixture_page: PageFromFixture) -> None:
    result = extract_page(fixture_page("tec_events.json", TEC_URL, "application/json"))

    assert result.extractors == ["tec"]
    vortrag, _ = result.records
    assert vortrag.title == "Vortrag: Verwaltung im Wandel – 200 Jahre Stadtverwaltung"
    assert vortrag.venue == "Institut für Stadtgeschichte"
    assert vortrag.city == "Recklinghausen"
    assert (
        vortrag.location_text
        == "Institut für Stadtgeschichte, Hohenzollernstraße 12, 45659 Recklinghausen"
    )
    assert vortrag.start == "2027-01-21T19:00:00+01:00"
    assert vortrag.end == "2027-01-21T21:00:00+01:00"
    assert vortrag.organizer == "Stadtarchiv Recklinghausen"
    assert vortrag.cost_text == "Eintritt frei"
    assert vortrag.topics == ["Vorträge"]
    assert (
        vortrag.description == "Ein Abend mit dem Stadtarchiv über die Geschichte der Verwaltung."
    )
    assert vortrag.field_sources["venue"] == "tec:venue.venue"


def test_tec_all_day_event_with_empty_venue_list(fixture_page: PageFromFixture) -> None:
    records = extract_page(fixture_page("tec_events.json", TEC_URL, "application/json")).records
    digitaltag = records[1]
    assert (digitaltag.start, digitaltag.end, digitaltag.all_day) == (
        "2027-06-18",
        "2027-06-18",
        True,
    )
    assert digitaltag.venue is None and digitaltag.location_text is None
    assert digitaltag.organizer is None and digitaltag.cost_text is None


def test_next_rest_url_is_noted_for_pagination(fixture_page: PageFromFixture) -> None:
    result = extract_page(fixture_page("tec_events.json", TEC_URL, "application/json"))
    assert result.next_url == NEXT_URL
    assert {r.extra["next_url"] for r in result.records} == {NEXT_URL}
