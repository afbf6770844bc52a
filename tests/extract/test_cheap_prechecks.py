"""The cheap checks in front of the detector path's regex sweeps answer as the sweeps did."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from netdir.extract.block_places import _one_day
from netdir.extract.block_reading import BlockReading
from netdir.extract.block_text import date_like, reading_one_document
from netdir.extract.date_cues import dated_by_a_deadline, registration_deadline
from netdir.extract.listing_features import read_block
from netdir.extract.place_lines import where_of_a_when_where_line
from netdir.extract.title_end_hours import hours_at_the_title_end
from netdir.extract.town_state_lines import town_and_state


def test_a_text_read_for_a_date_twice_in_a_document_gives_the_same_day() -> None:
    texts = ["Sa. 26.11 Konzert", "FRIDAY JULY o5", "Bereich 3: Service", "Service und Beratung"]
    outside = [date_like(text) for text in texts]
    with reading_one_document():
        inside = [date_like(text) for text in texts + texts]
    assert [m.group(0) if m else None for m in outside] == ["Sa. 26.11", "JULY 05", None, None]
    assert [m.group(0) if m else None for m in inside] == [
        m.group(0) if m else None for m in outside + outside
    ]


def test_hours_at_the_end_of_a_title_still_read_at_a_line_end_and_after_a_dot() -> None:
    assert hours_at_the_title_end("Generalprobe ab 10 Uhr.") == ("Generalprobe", "ab 10 Uhr", None)
    assert hours_at_the_title_end("Chörchenprobentag in Groß Kienitz, 10-14:30\n") == (
        "Chörchenprobentag",
        "10-14:30",
        "Groß Kienitz",
    )
    assert hours_at_the_title_end("Sommerfest, 18:00, Hauptplatz") == (
        "Sommerfest",
        "18:00",
        "Hauptplatz",
    )
    assert hours_at_the_title_end("Gruppe drei Uhr") is None


def test_a_town_and_state_part_with_a_date_is_no_place() -> None:
    assert (
        town_and_state("Herdecke (Nordrhein-Westfalen) · DMC") == "Herdecke (Nordrhein-Westfalen)"
    )
    assert town_and_state("Hamburg · DMC") == "Hamburg"
    assert town_and_state("Hamburg 12.03.2026 · DMC") is None


def test_a_deadline_follows_a_space() -> None:
    assert dated_by_a_deadline("Einreichung bis 10.03.2025")
    assert registration_deadline("ANMELDUNG BIS ZUM 25.5.2026")
    assert not dated_by_a_deadline("Workshop 10.03.2025")
    assert not registration_deadline("Bis zum 05.11.2023 trifft sich der Chor")


def test_one_day_stops_at_the_second_day_with_the_same_answer() -> None:
    assert _one_day([("12.03.2026 Treffpunkt Bahnhof", None), ("12.03.2026", None)])
    assert not _one_day([("12.03.2026", None), ("13.03.2026", None), ("14.03.2026", None)])


def _read(html: str) -> BlockReading:
    node = LexborHTMLParser(html).css_first("div")
    assert node is not None
    return read_block([node], "https://example.org/")


def test_a_news_stamp_is_read_typed_or_written_as_an_entity() -> None:
    # read_block asks for a stamp only when the block's text holds „[“ or „&“ (an entity).
    for stamp in ("[26.05.2025]", "&amp;#91;26.05.2025]"):
        reading = _read(f"<div><p>{stamp} Förderaufruf für Kommunen gestartet</p></div>")
        assert reading.published == "2025-05-26"
    assert _read("<div><p>26.05.2025 Förderaufruf für Kommunen</p></div>").published is None


def test_a_when_where_line_needs_a_digit_and_answers_the_same_when_asked_again() -> None:
    lines = ["19:00 Uhr, Rathaus", "im Hamburg Haus, Doormannsweg 12, 20259 Hamburg", "Rathaus"]
    first = [where_of_a_when_where_line(line) for line in lines]
    assert first == ["Rathaus", "Hamburg Haus, Doormannsweg 12, 20259 Hamburg", None]
    assert [where_of_a_when_where_line(line) for line in lines] == first


def test_a_meeting_point_places_a_one_day_block_only() -> None:
    one_day = _read(
        "<div><h3>Wanderung</h3><p>Sa. 12.09.2026</p><p>Treffpunkt Bahnhof Süd</p></div>"
    )
    assert one_day.location_text == "Bahnhof Süd"
    two_days = _read(
        "<div><h3>Reise</h3><p>Sa. 12.09.2026</p><p>So. 13.09.2026</p>"
        "<p>Treffpunkt Bahnhof Süd</p></div>"
    )
    assert two_days.location_text != "Bahnhof Süd"
