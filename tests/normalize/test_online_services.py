"""One list of video-meeting services for both readings: a place's words and a web address."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.ical_location_links import page_address
from netdir.extract.prose_start import held_online
from netdir.extract.title_text import is_junk_title
from netdir.normalize.online_services import VIDEO_MEETINGS
from netdir.normalize.place import parse_place
from netdir.normalize.record import normalize_record
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(("address", "word"), VIDEO_MEETINGS)
def test_each_service_is_read_in_an_address_and_as_a_word(address: str, word: str | None) -> None:
    host = address.replace("\\", "")
    assert page_address(f"https://{host}.example.com/room/42") is None
    if word is not None:
        name = host.replace("gather.town", "Gather.Town").capitalize()
        assert parse_place(f"Online-Treffen via {name}").format == "online"


@pytest.mark.parametrize(
    ("text", "format_"),
    [
        # services the address list had and the word list lacked: now read in a place's text
        ("Live über GoToWebinar", "online"),
        ("Seminarraum auf Hopin", "online"),
        ("Kiel und BlueJeans", "hybrid"),
        # everyday words the address list names stay no online cue in a text
        ("Saal Matrix, Kiel", "in_person"),
        ("Haus Element, Kiel", "in_person"),
        # what the word list read before
        ("per MS Teams", "online"),
        ("Google Meet", "online"),
        ("Web-Ex", "online"),
    ],
)
def test_place_text_format(text: str, format_: str) -> None:
    assert parse_place(text).format == format_


def test_an_event_page_address_is_no_meeting() -> None:
    assert page_address("https://sac.usal.es/show-item/ensemble-1700/") is not None
    assert page_address("https://www.youtube.com/watch?v=1") is None


# The description's „per …“ (record.py), a sentence's „als …-Konferenz“ (prose_start.py) and a
# link's label „…-Link“ (title_text.py) read the same list: each listed a few services of its own
# before (OpenTalk only in the first, Jitsi only in the second, Zoom only in the third).
@pytest.mark.parametrize(
    "service", ["Zoom", "Jitsi", "OpenTalk", "BigBlueButton", "Webex", "Skype", "MS Teams"]
)
def test_each_reader_knows_every_service(service: str) -> None:
    raw = RawRecord(
        source_id="s",
        page_url="https://example.org/",
        extractor="listing",
        title="Stammtisch",
        start="2026-03-05T19:00:00",
        description=f"Der Stammtisch findet per {service} statt.",
    )
    assert normalize_record(raw, today=date(2026, 3, 1)).format == "online"
    sentence = f"Das Treffen wird als {service}-Konferenz veranstaltet."
    assert held_online(sentence) == f"{service}-Konferenz"
    name = service.split()[-1]  # („MS Teams-Link“: the label names the product alone)
    assert is_junk_title(f"{name}-Link")
    assert is_junk_title(f"{name.lower()} link")
    assert not is_junk_title(f"{name}-Konferenz")


# A place that is only the address of a stream or a meeting (an iCalendar LOCATION) says the
# event is online as plainly as the word would; a venue's own site or a map link names a place.
@pytest.mark.parametrize(
    ("address", "format_"),
    [
        ("https://www.twitch.tv/Chess", "online"),
        ("https://uni-x.zoom.us/j/123", "online"),
        ("https://meet.google.com/abc-defg-hij", "online"),
        ("https://www.youtube.com/watch?v=1", "online"),
        ("https://bbb.uni-x.de/b/abc-123", "online"),
        ("www.livestream.com/verein", "online"),
        # the names inside other words: a hotel, a city, a meetup platform, an event's page
        ("https://www.oliver-hotel.de", "in_person"),
        ("https://www.liverpool.gov.uk/venues/", "in_person"),
        ("https://www.meetup.com/de-DE/python-berlin/", "in_person"),
        ("https://sac.usal.es/show-item/ensemble-1700/", "in_person"),
    ],
)
def test_a_bare_address_of_a_stream_is_online(address: str, format_: str) -> None:
    place = parse_place(address)
    assert place.format == format_
    assert place.venue == (None if format_ == "online" else address)


def test_the_chess_streams_calendar_is_online(capsys: pytest.CaptureFixture[str]) -> None:
    # A chess site's iCalendar puts each broadcast's Twitch address in LOCATION: before, every
    # stream was listed as held in person, at a venue named „https://www.twitch.tv/Chess“.
    rows = inspect_corpus_page(capsys, "ical-icalendar-ruby-chess-streams-2024-07")
    assert len(rows) == 25
    assert {row["format"] for row in rows} == {"online"}
    assert "https://www.twitch.tv/Chess" in {row["location"] for row in rows}
