"""Script-rendered pages: events kept as JSON in a data attribute or an inline script."""

from __future__ import annotations

import json

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text
from tests.extract.test_realpage_causes import PAGES


def test_fullcalendar_events_in_a_data_attribute() -> None:
    """TYPO3 hw_ratssystem (Gaiberg): the calendar's events sit in ``data-json``; FullCalendar
    repeats each one in its extendedProps, which must not make it two."""
    html = (PAGES / "typo3-hwratssystem-gaiberg.html").read_text("utf-8")
    result = extract_page(page_from_text(html, "https://www.gaiberg.de/sitzungskalender"))
    assert result.extractors == ["embedded_json"]
    (record,) = result.records
    assert (record.title, record.start, record.end) == (
        "Öffentliche Gemeinderatssitzung",
        "2026-10-21T19:00",
        None,
    )  # fmt: skip  (its end equals its start: no end stated)
    assert record.field_sources["start"] == "embedded_json:start"


def test_component_props_in_an_inline_script() -> None:
    """more! rubin (Eibenstock): the meeting is a Vue component's props inside JavaScript."""
    html = (PAGES / "more-rubin-eibenstock-sitzung.html").read_text("utf-8")
    (record,) = extract_page(page_from_text(html, "https://ris.eibenstock.de/meeting.php")).records
    assert (record.title, record.start, record.all_day) == (
        "20. Sitzung des Stadtrates", "2026-09-10", True,
    )  # fmt: skip
    assert record.url == "https://ris.eibenstock.de/meeting.php?id=ni_2026-STR-240"
    assert record.field_sources["title"] == "embedded_json:titel"


def test_json_beside_visible_content_or_without_an_event_start_is_not_read() -> None:
    news = '{"items": [{"title": "Neue Satzung", "date": "2026-09-01"}]}'
    assert (
        extract_page(page_from_text(f"<body><script>var d = {news};</script></body>")).records == []
    )
    shown = """<body><div data-events='[{"title": "Bürgersprechstunde", "start": "2026-12-01"}]'>
      </div><ul><li><a href="/a">Sprechstunde Bürgermeister</a> 01.12.2026</li>
      <li><a href="/b">Ratssitzung</a> 03.12.2026</li><li><a href="/c">Bauausschuss</a> 08.12.2026</li>
      </ul></body>"""
    result = extract_page(page_from_text(shown))
    assert "embedded_json" not in result.extractors and result.records


def test_a_start_inside_an_untitled_object_read_in_the_zone_it_names() -> None:
    """Wix Events keeps an event's day in ``scheduling.config`` beside the zone the widget shows
    it in; a titled object inside an event is another event, whose day is not this one's."""
    event = (
        '{"events": [{"title": "Doodle Romp", "slug": "doodle-romp-43",'
        ' "location": {"name": "Dogwood Play Park", "address": "12568 33rd Ave NE, Seattle"},'
        ' "scheduling": {"config": {"startDate": "2025-05-03T17:30:00.000Z",'
        ' "endDate": "2025-05-03T19:00:00.000Z", "timeZoneId": "America/Los_Angeles"}}},'
        ' {"title": "Programm", "next": {"title": "Andere", "start": "2025-06-01"}}]}'
    )
    records = extract_page(
        page_from_text(f"<body><script>var d = {event};</script></body>")
    ).records
    assert [(r.title, r.start, r.end) for r in records] == [
        ("Doodle Romp", "2025-05-03T10:30-07:00", "2025-05-03T12:00-07:00"),
        ("Andere", "2025-06-01", None),
    ]
    assert records[0].location_text == "Dogwood Play Park, 12568 33rd Ave NE, Seattle"
    assert records[0].extra["slug"] == "doodle-romp-43"
    assert records[0].field_sources["start"] == "embedded_json:scheduling.config.startDate"


def test_events_of_one_title_and_day_in_other_places_stay_apart() -> None:
    """Structured batch AY (kotlinlang.org): a release party in several towns on one day is as
    many events; a copy of an event without its place (FullCalendar's extendedProps) is none."""
    events = [
        {"title": "Release Party", "start": "2017-03-23", "location": "Graz"},
        {"title": "Release Party", "start": "2017-03-23", "location": "Minsk"},
        {"title": "Release Party", "start": "2017-03-23", "location": "Graz"},
        {
            "title": "Stammtisch",
            "start": "2017-03-24",
            "location": "Bonn",
            "copy": {"title": "Stammtisch", "start": "2017-03-24"},
        },
    ]
    page = page_from_text(json.dumps(events), "https://example.org/events.json", "application/json")
    got = [(r.title, r.location_text) for r in extract_page(page).records]
    assert got == [("Release Party", "Graz"), ("Release Party", "Minsk"), ("Stammtisch", "Bonn")]


def test_a_data_files_venue_name_address_town_and_end_clock() -> None:
    """An open-data aggregator's events: "location_name" with "address" apart, the end day equal
    to the start day and the end clock apart; an event with neither venue nor address is in
    the town the file names."""
    events = [
        {
            "title": "Kammerkonzert",
            "start_date": "2026-09-13",
            "start_time": "18:00",
            "end_date": "2026-09-13",
            "end_time": "19:30",
            "location_name": "Theater in der Meerwiese",
            "address": "An der Meerwiese 25",
            "city": "Münster-Coerde",
            "source_url": "https://www.example.org/kammerkonzert",
        },
        {
            "title": "Kinderzirkus",
            "start_date": "2026-11-14",
            "start_time": "15:00",
            "end_date": "2026-11-15",
            "end_time": "17:00",
            "location_name": "",
            "address": "",
            "city": "Münster-Coerde",
        },
    ]
    body = json.dumps({"events": events})
    page = page_from_text(body, "https://example.org/events.json", "application/json")
    concert, circus = extract_page(page).records
    assert (concert.start, concert.end) == ("2026-09-13T18:00", "2026-09-13T19:30")
    assert concert.location_text == "Theater in der Meerwiese, An der Meerwiese 25"
    assert concert.url == "https://www.example.org/kammerkonzert"
    assert (circus.start, circus.end) == ("2026-11-14T15:00", "2026-11-15T17:00")
    assert circus.location_text == "Münster-Coerde"


def test_a_room_follows_the_site_it_is_in() -> None:
    events = [
        {"title": "Weekly meeting", "startDate": "2026-03-02T10:00", "location": "CERN",
         "room": "4/2-037", "roomFullname": "4/2-037 - TH meeting room"},
        {"titel": "Ausschuss", "datum": "2026-03-03", "ort": "Rathaus", "raum": "Sitzungssaal"},
        {"titel": "Beirat", "datum": "2026-03-04", "ort": "Rathaus, Sitzungssaal", "raum": "Sitzungssaal"},
        {"title": "Talk", "startsAt": "2026-03-05T09:00", "room": "Hall A"},
    ]  # fmt: skip
    page = page_from_text(json.dumps(events), "https://example.org/e.json", "application/json")
    places = [record.location_text for record in extract_page(page).records]
    assert places == [
        "CERN, 4/2-037 - TH meeting room",
        "Rathaus, Sitzungssaal",
        "Rathaus, Sitzungssaal",
        "Hall A",
    ]
