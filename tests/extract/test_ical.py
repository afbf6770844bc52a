"""iCalendar: TZID, all-day (exclusive DTEND), RRULE as one record at its next occurrence, EXDATE,
CANCELLED."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from netdir.extract import extract_page
from netdir.records import RawRecord
from tests.extract.conftest import PageFromFixture, SourceFactory, page_from_text

ICS_URL = "https://digitale-kommunen.example/termine.ics"


def test_single_events_keep_time_zone_and_fields(fixture_page: PageFromFixture) -> None:
    result = extract_page(fixture_page("calendar.ics", ICS_URL, "text/calendar; charset=utf-8"))

    assert result.extractors == ["ical"]
    fachtag = next(r for r in result.records if r.title == "Fachtag Digitale Kommune 2027")
    assert fachtag.start == "2027-03-10T09:30:00+01:00"  # TZID=Europe/Berlin in winter
    assert fachtag.end == "2027-03-10T16:30:00+01:00"
    assert fachtag.all_day is False
    assert fachtag.url == "https://digitale-kommunen.example/termine/fachtag-2027"
    assert fachtag.location_text == "Rathaus Musterhausen, Marktplatz 1, 12345 Musterhausen"
    assert fachtag.organizer == "Netzwerk Digitale Kommunen"
    assert fachtag.topics == ["Fachtag", "OZG"]
    assert fachtag.description is not None and "Registermodernisierung" in fachtag.description
    assert fachtag.field_sources["start"] == "ical:DTSTART"


def test_all_day_end_is_the_last_day_not_the_exclusive_dtend(fixture_page: PageFromFixture) -> None:
    records = extract_page(fixture_page("calendar.ics", ICS_URL, "text/calendar")).records
    akademie = next(r for r in records if r.title == "Sommerakademie Verwaltungsdigitalisierung")
    assert (akademie.start, akademie.end, akademie.all_day) == ("2027-07-05", "2027-07-07", True)


def test_cancelled_event_carries_its_status(fixture_page: PageFromFixture) -> None:
    records = extract_page(fixture_page("calendar.ics", ICS_URL, "text/calendar")).records
    workshop = next(r for r in records if r.title == "Workshop KI in der Sachbearbeitung")
    assert workshop.status_text == "STATUS:CANCELLED"
    others = [r for r in records if r.title != "Workshop KI in der Sachbearbeitung"]
    assert all(r.status_text is None for r in others)


def test_rrule_series_is_one_record_at_its_next_occurrence_carrying_the_rule(
    fixture_page: PageFromFixture,
) -> None:
    # Fetched 2026-11-27: the first Thursday from then is 3 December; one record, not eleven.
    records = extract_page(fixture_page("calendar.ics", ICS_URL, "text/calendar")).records
    stammtisch = [r for r in records if r.title == "Digital-Stammtisch Musterhausen"]
    assert len(stammtisch) == 1
    assert stammtisch[0].start == "2026-12-03T18:00:00+01:00"
    assert stammtisch[0].end == "2026-12-03T20:00:00+01:00"
    assert stammtisch[0].recurrence == "FREQ=MONTHLY;BYDAY=1TH"
    assert stammtisch[0].field_sources["recurrence"] == "ical:RRULE"


def test_next_occurrence_skips_an_exdate(fixture_page: PageFromFixture) -> None:
    page = fixture_page("calendar.ics", ICS_URL, "text/calendar")
    page.fetched_at = datetime(2027, 1, 5, 6, 0, tzinfo=UTC)  # 7 January is excluded
    records = extract_page(page).records
    stammtisch = next(r for r in records if r.title == "Digital-Stammtisch Musterhausen")
    assert stammtisch.start == "2027-02-04T18:00:00+01:00"


def test_single_events_carry_no_recurrence(fixture_page: PageFromFixture) -> None:
    records = extract_page(fixture_page("calendar.ics", ICS_URL, "text/calendar")).records
    single = [r for r in records if r.title != "Digital-Stammtisch Musterhausen"]
    assert single and all(r.recurrence is None for r in single)


def test_calendar_body_is_recognised_without_content_type(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    page = fixture_page("calendar.ics", ICS_URL, content_type=None)
    result = extract_page(page, make_source(kind="event"))
    assert result.extractors == ["ical"]
    assert {r.kind for r in result.records} == {"event"}
    assert {r.source_id for r in result.records} == {"test-source"}


def _realpage(name: str, url: str, fetched: datetime) -> list[RawRecord]:
    from tests.extract.test_realpage_causes import PAGES

    page = page_from_text((PAGES / name).read_text("utf-8"), url, "text/calendar")
    page.fetched_at = fetched
    return extract_page(page).records


def test_exchange_overrides_at_midnight_replace_their_day_and_ended_series_are_kept() -> None:
    """RUB Makerspace (Exchange 2010, „W. Europe Standard Time“): a RECURRENCE-ID at 00:00 of
    a series starting at 12:00 renames that day's occurrence; a series whose UNTIL passed is one
    record at its last night, like the calendar's past single events."""
    records = _realpage(
        "ical-exchange-rubmakerspace-kalender-2023-11.ics",
        "https://makerspace.ruhr-uni-bochum.de/data/calendar.ics",
        datetime(2023, 11, 26, 12, 0, tzinfo=UTC),
    )
    by_start = {(r.start, r.title) for r in records}
    assert ("2023-12-07T12:00:00+01:00", "Unterweisung Lasercutter") in by_start
    assert ("2023-12-07T12:00:00+01:00", "Unterweisung Lasercutter nach Bedarf") not in by_start
    assert ("2023-09-21T10:30:00+02:00", "Allgemeine Sicherheitsunterweisung") in by_start
    assert ("2023-09-26T10:30:00+02:00", "Allgemeine Sicherheitsunterweisung") in by_start
    assert len(records) == 30


def test_a_placeholder_location_gives_way_to_the_place_the_description_names() -> None:
    """.NET User Group Regensburg: LOCATION „<KEIN ORT ANGEGEBEN>“ is no place; the description's
    „Der Vortrag findet im Raum K018 der OTH Regensburg statt (Galgenbergstraße 32, …)“ is."""
    records = _realpage(
        "ical-dotnetregensburg-vortraege-2026-05.ics",
        "https://dotnetregensburg.github.io/calendar.ics",
        datetime(2026, 5, 5, 8, 0, tzinfo=UTC),
    )
    docker = next(r for r in records if r.title == "Einführung in Docker")
    assert docker.location_text == (
        "Raum K018 der OTH Regensburg, Galgenbergstraße 32, neues IM Gebäude"
    )
    assert docker.field_sources["location_text"] == "ical:DESCRIPTION „findet … statt“"
    assert all("<" not in (r.location_text or "") for r in records)


def test_x_wr_timezone_utc_names_no_readers_zone() -> None:
    """A fan's match plan (Werder Bremen & 1. FC Kaiserslautern, PRODID …//DE): „X-WR-TIMEZONE:UTC“
    beside UTC stamps only restates that they are UTC; „20260808T183000Z“ is the 20:30 kick-off a
    reader in Germany sees, not 18:30 „+00:00“."""
    from datetime import date

    from netdir.normalize import normalize_record

    records = _realpage(
        "ical-werderfck-spielplan-2026-08.ics",
        "https://niklasm-code.github.io/werder-fck-kalender/kalender.ics",
        datetime(2026, 8, 2, 11, 15, tzinfo=UTC),
    )
    assert len(records) == 24
    assert records[0].extra.get("zone") is None
    offering = normalize_record(records[0], today=date(2026, 8, 2))
    assert offering.start == "2026-08-08T20:30:00+02:00"


def test_an_unreadable_calendar_property_does_not_lose_the_events(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """HIAI blog (iCal Event Maker): „REFRESH-INTERVAL;VALUE=DURATION:P1H“ (RFC 5545 wants PT1H)
    describes the calendar, not its events; the monthly Stammtisch is read (held-out structured
    batch AG: the whole body was refused, 0 of 1)."""
    from tests.extract.realpage_inspect import inspect_corpus_page

    (record,) = inspect_corpus_page(capsys, "ical-marudot-hiai-stammtisch-2021-06")
    assert record["title"] == "HIAI Stammtisch"
    assert record["start"] == "2021-07-06T19:00:00+02:00"
    assert record["recurrence"] == "FREQ=MONTHLY;BYDAY=1TU"


def test_a_dtend_equal_to_dtstart_states_no_end() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//DE\r\nBEGIN:VEVENT\r\nUID:a@test\r\n"
        "DTSTART;TZID=Europe/Berlin:20261106T190000\r\nDTEND;TZID=Europe/Berlin:20261106T190000\r\n"
        "SUMMARY:Die Lofoten\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:b@test\r\n"
        "DTSTART;TZID=Europe/Berlin:20261107T190000\r\nDTEND;TZID=Europe/Berlin:20261107T210000\r\n"
        "SUMMARY:Nordlichter\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    page = page_from_text(ics, "https://example.org/events.ics", "text/calendar")
    lofoten, nordlichter = extract_page(page).records
    assert (lofoten.start, lofoten.end) == ("2026-11-06T19:00:00+01:00", None)
    assert nordlichter.end == "2026-11-07T21:00:00+01:00"


def test_a_series_that_ended_years_before_the_saving_day_is_kept_at_its_last_night() -> None:
    """A church's Google calendar saved in November 2019 keeps a fortnightly group that ended in
    July 2018: only the year before the saving day was searched for a series' last night, so the
    group gave no record. Its UNTIL says where to look."""
    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "X-WR-TIMEZONE:Europe/Berlin",
            "BEGIN:VEVENT",
            "UID:group@example.org",
            "DTSTART;TZID=Europe/Berlin:20180116T180000",
            "DTEND;TZID=Europe/Berlin:20180116T193000",
            "RRULE:FREQ=WEEKLY;UNTIL=20180716T215959Z;INTERVAL=2;BYDAY=TU",
            "SUMMARY:Kleingruppe",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:service@example.org",
            "DTSTART;TZID=Europe/Berlin:20160508T100000",
            "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=SU",
            "SUMMARY:Gottesdienst",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    page = page_from_text(text, ICS_URL, "text/calendar")
    page.fetched_at = datetime(2019, 11, 22, 13, 19, tzinfo=UTC)
    records = extract_page(page).records
    assert [(r.title, r.start, r.recurrence) for r in records] == [
        (
            "Kleingruppe",
            "2018-07-03T18:00:00+02:00",
            "FREQ=WEEKLY;UNTIL=20180716T215959Z;INTERVAL=2;BYDAY=TU",
        ),
        # COUNT makes a series finite: its third Sunday is its last night
        ("Gottesdienst", "2016-05-22T10:00:00+02:00", "FREQ=WEEKLY;COUNT=3;BYDAY=SU"),
    ]
