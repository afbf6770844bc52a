"""An iCalendar LOCATION that is only the event page's address is its link, not its place."""

from __future__ import annotations

from netdir.extract import extract_page
from netdir.extract.ical_location_links import page_address
from tests.extract.conftest import page_from_text


def test_an_event_pages_address_is_no_place_but_a_meeting_link_is() -> None:
    assert page_address("https://sac.usal.es/show-item/ensemble-1700/") == (
        "https://sac.usal.es/show-item/ensemble-1700/"
    )
    assert page_address("https://zoom.us/j/123456789") is None
    assert page_address("https://meet.jit.si/stammtisch") is None
    assert page_address("https://www.youtube.com/watch?v=abc") is None
    assert page_address("Rathaus, https://example.org/rathaus") is None
    assert page_address("Kulturhaus Mitte") is None
    assert page_address(None) is None


def test_a_venues_own_site_is_its_page_even_where_its_name_holds_a_streams_word() -> None:
    # „live“ inside „liverpool“, „meet“ inside „meetup“ named a stream when the address was read
    # as a substring; each service or stream word must stand as a word of the address, as a
    # place's text reads it (online_services.ONLINE_ADDRESS).
    for address in (
        "https://www.liverpool.gov.uk/whats-on/proms/",
        "https://www.meetup.com/berlin-python/events/123/",
        "https://oliver-hotel.de/veranstaltungen/jazz",
    ):
        assert page_address(address) == address
    assert page_address("https://www.twitch.tv/Chess") is None
    assert page_address("https://live.example.org/ratssitzung") is None


def test_the_link_becomes_the_events_url_where_it_states_none() -> None:
    # Structured batch AZ: a university's Google Calendar, LOCATION = the event's page.
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Europe/Madrid\r\n"
        "BEGIN:VEVENT\r\nUID:a@x\r\nDTSTART:20220404T183000Z\r\nDTEND:20220404T200000Z\r\n"
        "SUMMARY:Ensemble 1700\r\nLOCATION:https://sac.usal.es/show-item/ensemble-1700/\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:b@x\r\nDTSTART:20220405T170000Z\r\n"
        "SUMMARY:Charla en línea\r\nLOCATION:https://zoom.us/j/123456789\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    page = page_from_text(ics, "https://example.org/basic.ics", "text/calendar")
    records = extract_page(page).records
    assert [(r.title, r.location_text, r.url) for r in records] == [
        ("Ensemble 1700", None, "https://sac.usal.es/show-item/ensemble-1700/"),
        ("Charla en línea", "https://zoom.us/j/123456789", None),
    ]
    assert records[0].field_sources["url"] == "ical:LOCATION"
