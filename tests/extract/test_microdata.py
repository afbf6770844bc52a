"""Microdata items with nested Place/PostalAddress/Organization and meta/time/link values."""

from __future__ import annotations

from netdir.extract import extract_page
from tests.extract.conftest import PageFromFixture


def test_microdata_events_with_nested_items(fixture_page: PageFromFixture) -> None:
    result = extract_page(
        fixture_page("microdata_events.html", "https://www.kgst.de/veranstaltungen")
    )

    assert result.extractors == ["microdata"]
    forum, seminar = result.records
    assert forum.title == "KGSt-FORUM 2026"
    assert forum.url == "https://www.kgst.de/veranstaltungen/kgst-forum-2026"
    assert forum.start == "2026-09-08T09:00:00+02:00"
    assert forum.end == "2026-09-10T16:00:00+02:00"
    assert forum.venue == "Messe Karlsruhe"
    assert forum.city == "Rheinstetten"
    assert forum.location_text == "Messe Karlsruhe, Messeallee 1, 76287 Rheinstetten"
    assert forum.organizer == "KGSt"
    assert forum.status_text == "EventScheduled"
    assert forum.field_sources["start"] == "microdata:Event.startDate"

    assert seminar.title == "Online-Seminar: Führen in der hybriden Verwaltung"
    assert seminar.start == "2026-10-14" and seminar.all_day is True
    assert seminar.location_text == "online"
    assert seminar.extra["online_url"] == "https://kgst.webex.example/seminar"
    assert seminar.status_text == "EventPostponed"
    assert seminar.field_sources["title"] == "microdata:EducationEvent.name"
