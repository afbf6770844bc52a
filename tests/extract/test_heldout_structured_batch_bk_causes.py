"""Held-out structured batch BK: the general causes it showed, minimal calendars and the real files."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.glued_teasers import title_before_teaser, with_prepositions_apart
from netdir.extract.ical_unfolded_lines import with_broken_lines_joined
from netdir.extract.moved_day_titles import moved_to
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _records(*lines: str) -> list[RawRecord]:
    text = "\r\n".join(
        ("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:89812", *lines, "END:VCALENDAR", "")
    )
    page = page_from_text(text, "https://example.org/calendar.ics", "text/calendar")
    page.fetched_at = datetime.fromisoformat("2022-05-24T08:00:00+00:00")
    return extract_page(page).records


def _event(*summary: str, start: str = "20220524T160000Z", place: str = "Pfarrhaus Klinken") -> str:
    return "\r\n".join(
        (
            "BEGIN:VEVENT",
            f"UID:{abs(hash(summary))}",
            f"LOCATION:{place}",
            f"SUMMARY:{summary[0]}",
            *summary[1:],  # further lines as the writer broke them: no folding space
            "DESCRIPTION:",
            f"DTSTART:{start}",
            "END:VEVENT",
        )
    )


# --- a long text broken onto a line without the folding space ------------------------------


def test_a_title_broken_without_the_folding_space_keeps_its_second_line() -> None:
    records = _records(
        _event(
            "Ausstellung Scharade des Lichts und Bilder Ausstrellung von",
            "Lichtobjekten von Kerstin Schneggenburger",
        )
    )
    assert [r.title for r in records] == [
        "Ausstellung Scharade des Lichts und Bilder Ausstrellung von Lichtobjekten von Kerstin"
        " Schneggenburger"
    ]


def test_a_broken_line_that_looks_like_a_label_is_still_text() -> None:
    # „Treffpunkt: …“ is no property the format knows: it continues the SUMMARY.
    body = "BEGIN:VEVENT\r\nSUMMARY:Führung\r\nTreffpunkt: Hauptportal\r\nEND:VEVENT\r\n"
    assert with_broken_lines_joined(body) == (
        "BEGIN:VEVENT\r\nSUMMARY:Führung\r\n  Treffpunkt: Hauptportal\r\nEND:VEVENT\r\n"
    )


def test_lower_case_property_names_are_property_lines_and_a_capitalised_label_is_text() -> None:
    body = (
        "begin:vevent\r\nsummary:Chor\r\nLocation: UZH\r\ndtstart:20220524T190000\r\nend:vevent\r\n"
    )
    assert with_broken_lines_joined(body) == (
        "begin:vevent\r\nsummary:Chor\r\n  Location: UZH\r\ndtstart:20220524T190000\r\nend:vevent\r\n"
    )


def test_a_calendar_of_property_lines_only_is_left_as_it_is() -> None:
    body = "BEGIN:VEVENT\r\nSUMMARY:Chor\r\nX-MOZ-GENERATION:2\r\nDTSTART;TZID=Europe/Berlin:20220524T190000\r\nEND:VEVENT\r\n"
    assert with_broken_lines_joined(body) is None


# --- a title and its teaser glued without a space ----------------------------------------


@pytest.mark.parametrize(
    ("summary", "name"),
    [
        (
            "FriedensgebetHier ist Zeit und Raum für alles, was uns bewegt. Wir beten.",
            "Friedensgebet",
        ),
        ("KirchenführungTreffpunkt: Schaukasten am Hauptportal des Schlosses", "Kirchenführung"),
        (
            "Gemeindenachmittag im PfarrgartenHerzliche Einladung zum Gemeindenachmittag",
            "Gemeindenachmittag im Pfarrgarten",
        ),
        ("Eine Geschichte für unterwegsZeit für ca. 15 min.", "Eine Geschichte für unterwegs"),
        ("laufend:redenEin gemeinsamer Spaziergang mit kurzer Andacht.", "laufend:reden"),
    ],
)
def test_the_name_before_a_glued_teaser_is_the_title(summary: str, name: str) -> None:
    assert title_before_teaser(summary) == name


@pytest.mark.parametrize(
    "title",
    [
        "MitMachKonzert",
        "Einführung in PowerPoint für Senioren und Anfänger",
        "FamilienGottesdienst mit Taufe und Abendmahl",
        "WhatsApp Sprechstunde",
        "KinderBibelTag in der Gemeinde",
    ],
)
def test_compounds_and_brand_names_written_in_camel_case_stay_whole(title: str) -> None:
    assert title_before_teaser(title) is None


def test_a_glued_mit_or_fuer_is_set_apart_again() -> None:
    assert (
        with_prepositions_apart("Offene Kirchemit Kirchenführung")
        == "Offene Kirche mit Kirchenführung"
    )
    assert (
        with_prepositions_apart("Christenlehrefür die 1.& 2. Klasse")
        == "Christenlehre für die 1.& 2. Klasse"
    )
    assert with_prepositions_apart("Andacht damit es Frieden wird") is None
    assert with_prepositions_apart("Sitzung mit dem Vorstand") is None


def test_a_calendar_title_glued_to_its_teaser_is_read_as_the_name() -> None:
    records = _records(
        _event(
            "FriedensgebetHier ist Zeit und Raum für alles, was uns durch",
            "den Kriegsfall in der Ukraine bewegt. Wir beten, weil Gebete die Welt",
            "verändern. (bis es hilft jeden Mittwoch 18:00 Uhr)",
        )
    )
    assert [(r.title, r.start) for r in records] == [("Friedensgebet", "2022-05-24T16:00:00+00:00")]
    assert records[0].field_sources["title"] == "ical:SUMMARY before its glued teaser"


# --- a title that says the event moved to another day ------------------------------------


def test_the_day_a_title_says_the_event_moved_to_is_its_day() -> None:
    records = _records(
        _event(
            "Giora Feidman - Friendship Tour 2022 - verschoben auf",
            "10.12.2022",
            start="20220524T180000Z",
            place="Nikolaikirche Rostock",
        )
    )
    assert [(r.title, r.start, r.end) for r in records] == [
        ("Giora Feidman - Friendship Tour 2022", "2022-12-10", None)
    ]


@pytest.mark.parametrize(
    ("title", "moved"),
    [
        ("Konzert - verschoben auf 10.12.2022", ("Konzert", "2022-12-10")),
        ("Lesung (verlegt auf 3. Juni)", ("Lesung", "2022-06-03")),
        ("Spring Concert - postponed to June 3, 2022", ("Spring Concert", "2022-06-03")),
        ("Konzert - verschoben", None),
        ("Konzert - postponed until further notice", None),
        ("verschoben auf 10.12.2022", None),
    ],
)
def test_moved_day_notices(title: str, moved: tuple[str, str] | None) -> None:
    assert moved_to(title, date(2022, 5, 24)) == moved


# --- the real files -------------------------------------------------------------------------


def test_kirche_mv_typo3_calendar_export(capsys: pytest.CaptureFixture[str]) -> None:
    # The TYPO3 cal export of kirche-mv.de (May 2022). Before: 32 of 40 found — the glued
    # title-and-teaser SUMMARYs, the broken lines and the moved concert.
    rows = inspect_corpus_page(capsys, "ical-typo3-cal-kirche-mv-veranstaltungen-2022-05")
    assert len(rows) == 40
    titles = {row["title"] for row in rows}
    assert {"Friedensgebet", "Kirchenführung", "Gemeindenachmittag im Pfarrgarten"} <= titles
    assert "Offene Kirche mit Kirchenführung" in titles
    feidman = next(row for row in rows if row["title"].startswith("Giora Feidman"))
    assert (feidman["title"], feidman["start"][:10]) == (
        "Giora Feidman - Friendship Tour 2022",
        "2022-12-10",
    )
    exhibition = rows[0]
    assert exhibition["title"].endswith("Bilder der Malerin Helga Höppner")
    assert exhibition["start"] == "2022-04-16T10:00:00+02:00"


# --- an untitled concert named by its venue, with the venue's street apart ----------------


def _json_records(body: str) -> list[RawRecord]:
    page = page_from_text(body, "https://example.org/konzerte.json", "application/json")
    page.fetched_at = datetime.fromisoformat("2026-06-28T08:00:00+00:00")
    return extract_page(page).records


def test_a_venue_that_names_an_untitled_concert_is_its_place_with_the_address_beside_it() -> None:
    records = _json_records(
        '[{"datum": "2026-06-24", "stadt": "Dresden", "venue": "Studentenclub Bärenzwinger",'
        ' "adresse": "Brühlscher Garten 1, 01067 Dresden", "uhrzeit": "19:30 Uhr", "tags": []},'
        ' {"datum": "2026-06-13", "stadt": "Bautzen", "venue": "Stadtbibliothek",'
        ' "adresse": "Schloßstraße 10/12", "uhrzeit": "20:00 Uhr", "tags": []}]'
    )
    assert [(r.title, r.location_text) for r in records] == [
        (
            "Studentenclub Bärenzwinger",
            "Studentenclub Bärenzwinger, Brühlscher Garten 1, 01067 Dresden",
        ),
        ("Stadtbibliothek", "Stadtbibliothek, Schloßstraße 10/12, Bautzen"),
    ]
    assert records[1].field_sources["location_text"] == "embedded_json:venue+adresse+stadt"


def test_without_an_address_the_town_stays_the_place_of_an_untitled_concert() -> None:
    # Cluster V's gig list: „"location": "Bar Abend, Ella & Louis"“ names an occasion, not a place.
    records = _json_records(
        '[{"date": "2025-05-24", "city": "Mannheim", "location": "Bar Abend, Ella & Louis", "time": "20:00 Uhr"}]'
    )
    assert [(r.title, r.location_text) for r in records] == [
        ("Bar Abend, Ella & Louis", "Mannheim")
    ]


def test_gundermann_duo_concert_list(capsys: pytest.CaptureFixture[str]) -> None:
    # The duo's konzerte.json (June 2026). Before: place 1/8, the town only.
    rows = inspect_corpus_page(capsys, "json-stillerkotteck-gundermann-konzerte-2026-06")
    assert len(rows) == 8
    seidnitz = rows[0]
    assert (seidnitz["title"], seidnitz["start"]) == ("Kirchenhof Seidnitz", "2026-08-21")
    assert seidnitz["location"] == "Kirchenhof Seidnitz, Altseidnitz 12, 01277 Dresden"


def test_the_events_calendar_ical_export(capsys: pytest.CaptureFixture[str]) -> None:
    # TEC's „?ical=1" export (ECPv6.13.0): its series as single occurrences, all 30 at London time.
    rows = inspect_corpus_page(capsys, "ical-tec-locallondonskills-events-2025-05")
    assert len(rows) == 30
    assert (rows[0]["title"], rows[0]["start"]) == (
        "Greenwich Connect",
        "2025-06-04T10:30:00+01:00",
    )
