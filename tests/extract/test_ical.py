"""iCalendar: TZID, all-day (exclusive DTEND), RRULE expanded within the horizon, EXDATE, CANCELLED."""

from __future__ import annotations

from netdir.extract import extract_page
from tests.extract.conftest import PageFromFixture, SourceFactory

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


def test_rrule_expands_monthly_within_twelve_months_of_the_fetch_day(
    fixture_page: PageFromFixture,
) -> None:
    # Fetched 2026-11-27: first Thursdays from Dec 2026 up to Nov 2027, without the EXDATE in January.
    records = extract_page(fixture_page("calendar.ics", ICS_URL, "text/calendar")).records
    starts = [r.start for r in records if r.title == "Digital-Stammtisch Musterhausen"]
    assert starts[0] == "2026-12-03T18:00:00+01:00"
    assert "2027-01-07T18:00:00+01:00" not in starts
    assert "2027-04-01T18:00:00+02:00" in starts  # summer time from the VTIMEZONE
    assert starts[-1] == "2027-11-04T18:00:00+01:00"
    assert len(starts) == 11


def test_calendar_body_is_recognised_without_content_type(
    fixture_page: PageFromFixture, make_source: SourceFactory
) -> None:
    page = fixture_page("calendar.ics", ICS_URL, content_type=None)
    result = extract_page(page, make_source(kind="event"))
    assert result.extractors == ["ical"]
    assert {r.kind for r in result.records} == {"event"}
    assert {r.source_id for r in result.records} == {"test-source"}
