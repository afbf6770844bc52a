"""Held-out structured batch BL: the general causes it showed, minimal calendars and feeds and the real files."""

from __future__ import annotations

from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.glued_teasers import title_before_teaser
from netdir.extract.referred_places import place_it_refers_to, refers_elsewhere
from netdir.extract.title_venue_tails import name_before_its_venue
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _calendar(*events: str) -> list[RawRecord]:
    text = "\r\n".join(
        (
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Test//DE",
            "X-WR-TIMEZONE:Europe/Berlin",
            *events,
            "END:VCALENDAR",
            "",
        )
    )
    page = page_from_text(text, "https://example.org/kalender.ics", "text/calendar")
    page.fetched_at = datetime.fromisoformat("2026-08-22T08:00:00+00:00")
    return extract_page(page).records


def _event(summary: str, start: str, end: str | None = None, *more: str) -> str:
    lines = ["BEGIN:VEVENT", f"UID:{abs(hash((summary, start, end, more)))}", f"SUMMARY:{summary}"]
    lines.append(f"DTSTART:{start}")
    if end is not None:
        lines.append(f"DTEND:{end}")
    return "\r\n".join((*lines, *more, "END:VEVENT"))


# --- an event a calendar holds twice under one name --------------------------------------


def test_one_name_at_one_start_with_two_ends_is_one_event_with_the_stated_end() -> None:
    # EventON's re-posted page: one copy ends at 18:00, the other at its 23:59 „no end“.
    records = _calendar(
        _event("Eröffnung der Kürbisausstellung", "20260905T070000Z", "20260905T160000Z"),
        _event("Eröffnung der Kürbisausstellung", "20260905T070000Z", "20260905T215900Z"),
    )
    assert [(r.title, r.start, r.end) for r in records] == [
        (
            "Eröffnung der Kürbisausstellung",
            "2026-09-05T09:00:00+02:00",
            "2026-09-05T18:00:00+02:00",
        )
    ]


def test_one_name_as_a_whole_day_and_at_an_hour_of_that_day_is_one_event_at_the_hour() -> None:
    records = _calendar(
        _event("Dorffest Busendorf", "20260829", "20260830"),
        _event("Dorffest Busendorf", "20260829T123000Z", "20260830T000000Z"),
    )
    assert [(r.title, r.start) for r in records] == [
        ("Dorffest Busendorf", "2026-08-29T14:30:00+02:00")
    ]


def test_a_placed_copy_stands_for_the_event_listed_twice() -> None:
    records = _calendar(
        _event("Vernissage", "20260912T130000Z", "20260912T215900Z"),
        _event("Vernissage", "20260912T130000Z", "20260912T180000Z", "LOCATION:Hans-Grade-Haus"),
    )
    assert [(r.start, r.location_text) for r in records] == [
        ("2026-09-12T15:00:00+02:00", "Hans-Grade-Haus")
    ]


def test_one_name_at_two_places_or_two_hours_or_a_run_and_its_opening_stays_apart() -> None:
    records = _calendar(
        _event("Führung", "20260905T080000Z", "20260905T090000Z", "LOCATION:Schloss"),
        _event("Führung", "20260905T080000Z", "20260905T100000Z", "LOCATION:Museum"),
        _event("Führung", "20260905T120000Z", "20260905T130000Z"),
        # an exhibition's weeks and its opening evening under the same name
        _event("Ausstellung Licht", "20260901", "20260930"),
        _event("Ausstellung Licht", "20260901T170000Z", "20260901T190000Z"),
    )
    assert len(records) == 5


def test_copies_filed_under_different_rooms_stay_two_events() -> None:
    # A games club's „One Shot Day“: all day in two rooms, from 10:00 in a third (CATEGORIES).
    records = _calendar(
        _event("One Shot Day", "20260822", "20260823", "CATEGORIES:Öffentlich,Blauer Raum"),
        _event(
            "One Shot Day",
            "20260822T080000Z",
            "20260822T133000Z",
            "CATEGORIES:Öffentlich,Roter Raum",
        ),
    )
    assert [r.start for r in records] == ["2026-08-22", "2026-08-22T10:00:00+02:00"]


# --- a CamelCase name ending in „e.V.“ is no title glued to a teaser ---------------------


@pytest.mark.parametrize(
    "title",
    [
        "Sommerfest der StattGarde Colonia Ahoj e.V.",
        "Jubiläum der KulturWerkstatt Musik und Tanz e. V.",
        "Lesung mit der AutorinGruppe um Dr. A. Müller",
    ],
)
def test_an_abbreviations_dot_ends_no_teaser(title: str) -> None:
    assert title_before_teaser(title) is None


def test_a_glued_teaser_that_ends_a_sentence_is_still_cut() -> None:
    assert title_before_teaser("TreffenDie Gruppe trifft sich heute in der Halle.") == "Treffen"


def test_a_calendar_keeps_a_camel_case_club_name_whole() -> None:
    records = _calendar(
        _event("Sommerfest der StattGarde Colonia Ahoj e.V.", "20260808T120000Z", None)
    )
    assert [r.title for r in records] == ["Sommerfest der StattGarde Colonia Ahoj e.V."]


# --- a place field that points to the description ------------------------------------------


@pytest.mark.parametrize(
    ("value", "refers"),
    [
        ("Siehe Beschreibung", True),
        ("s. Beschreibung", True),
        ("siehe unten", True),
        ("See description", True),
        ("Beschreibungsraum 2", False),
        ("Siehe-Platz 1", False),
    ],
)
def test_a_pointer_to_the_description_is_no_place(value: str, refers: bool) -> None:
    assert refers_elsewhere(value) is refers


@pytest.mark.parametrize(
    ("description", "place"),
    [
        (
            "<p>Die Stattgarde lädt zum Sommerfest in den Kölner Rugby Park ein! </p>",
            "Kölner Rugby Park",
        ),
        (
            "Vom 28. bis 30. August wird der Parkplatz an der Kirche in Wahn zum Treffpunkt für das Veedel.",
            "Parkplatz an der Kirche in Wahn",
        ),
        ("Ort: Bürgerhaus Stollwerck Eintritt: frei", "Bürgerhaus Stollwerck"),
        ("Der Verein lädt zum Tanz in den Mai ein.", None),
        ("Am Sonntag wird der Sommer zum Fest für alle.", None),
    ],
)
def test_the_place_the_description_names(description: str, place: str | None) -> None:
    found = place_it_refers_to(description)
    assert (found[0] if found else None) == place


def test_a_calendar_entry_placed_by_its_description() -> None:
    records = _calendar(
        _event(
            "Das Rot-Weiße Straßenfest",
            "20260828T140000Z",
            "20260830T140000Z",
            "LOCATION:Siehe Beschreibung",
            "DESCRIPTION:Vom 28. bis 30. August 2026 wird der Parkplatz an der Kirche in Wahn "
            "zum Treffpunkt für das ganze Veedel.",
        ),
        _event(
            "Hoffest",
            "20260829T100000Z",
            None,
            "LOCATION:Siehe Beschreibung",
            "DESCRIPTION:Mit Musik.",
        ),
    )
    assert [r.location_text for r in records] == ["Parkplatz an der Kirche in Wahn", None]
    assert records[0].field_sources["location_text"] == "ical:DESCRIPTION „wird … zum …“"


# --- a feed item titled „Performer — Venue“ ------------------------------------------------


@pytest.mark.parametrize(
    ("title", "place", "name"),
    [
        ("Coyote Anderson — 21st Amendment", "21st Amendment", "Coyote Anderson"),
        ("Wax Wizard — Crypt, The", "Crypt, The", "Wax Wizard"),
        ("Sansone, Fohl & Worrell — Snug Harbor", "Snug Harbor", "Sansone, Fohl & Worrell"),
        ("Quiz Night @ Club Volta", "Club Volta, Schanzenstr. 6", "Quiz Night"),
        ("Jazz — Live", "Snug Harbor", None),
        ("Lesung - Teil 2", "Stadtbibliothek", None),
        ("— Snug Harbor", "Snug Harbor", None),
    ],
)
def test_a_title_ending_with_its_own_venue(title: str, place: str, name: str | None) -> None:
    assert name_before_its_venue(title, place) == name


def _feed(*items: str) -> list[RawRecord]:
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        "<title>Music Calendar</title><link>https://example.org/</link>"
        + "".join(items)
        + "</channel></rss>"
    )
    page = page_from_text(text, "https://example.org/feed.xml", "application/rss+xml")
    page.fetched_at = datetime.fromisoformat("2026-07-28T11:00:00+00:00")
    return extract_page(page).records


def test_a_feed_item_named_performer_and_venue_is_the_performer_at_the_venue() -> None:
    records = _feed(
        "<item><title>Coyote Anderson — 21st Amendment</title>"
        "<link>https://example.org/events/1</link>"
        "<description>Venue: 21st Amendment | Date: Tuesday, July 28 | Time: 8:00pm</description>"
        "<pubDate>Tue, 28 Jul 2026 20:00:00 +0000</pubDate></item>"
    )
    assert [(r.title, r.location_text) for r in records] == [("Coyote Anderson", "21st Amendment")]
    assert records[0].field_sources["title"] == "feed:item.title (before its venue)"


# --- the real files -------------------------------------------------------------------------


def test_beelitz_eventon_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: 35 items, 38 records — three events the city posted twice came as two each.
    rows = inspect_corpus_page(capsys, "ical-eventon-beelitz-veranstaltungen-2026-08")
    assert len(rows) == 35
    pumpkins = [row for row in rows if row["title"].startswith("Eröffnung der Kürbisausstellung")]
    assert [(row["start"], row["end"]) for row in pumpkins] == [
        ("2026-09-05T09:00:00+02:00", "2026-09-05T18:00:00+02:00")
    ]
    fair = [row for row in rows if row["title"] == "Dorffest Busendorf"]
    assert [row["start"] for row in fair] == ["2026-08-29T14:30:00+02:00"]


def test_cologne_festival_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: the StattGarde fête titled „Sommerfest der Statt“, Porz's fair at „Siehe Beschreibung“.
    rows = inspect_corpus_page(capsys, "ical-koeln-events-strassenfeste-2026-08")
    assert len(rows) == 23
    by_title = {row["title"]: row for row in rows}
    assert (
        by_title["Sommerfest der StattGarde Colonia Ahoj e.V."]["location"] == "Kölner Rugby Park"
    )
    assert (
        by_title["Das Rot-Weiße Straßenfest – Porz feiert!"]["location"]
        == "Parkplatz an der Kirche in Wahn"
    )


def test_wwoz_livewire_feed(capsys: pytest.CaptureFixture[str]) -> None:
    # Before: all 52 found, 2 of 52 titles right — each record titled „Performer — Venue“.
    rows = inspect_corpus_page(capsys, "rss-wwoz-livewire-neworleans-music-2026-07")
    assert len(rows) == 52
    assert (rows[0]["title"], rows[0]["location"], rows[0]["start"][:16]) == (
        "Coyote Anderson",
        "21st Amendment",
        "2026-07-28T20:00",
    )
    assert {row["title"] for row in rows if row["location"] == "Preservation Hall"} == {
        "Preservation All-Stars"
    }
