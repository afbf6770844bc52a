"""Held-out structured batch BJ: the general causes it showed, minimal calendars and the real files."""

from __future__ import annotations

from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.location_countries import country_zone, zone_of_countries
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _records(*lines: str) -> list[RawRecord]:
    text = "\r\n".join(("BEGIN:VCALENDAR", "VERSION:2.0", *lines, "END:VCALENDAR", ""))
    page = page_from_text(text, "https://example.org/calendar.ics", "text/calendar")
    page.fetched_at = datetime.fromisoformat("2026-04-27T08:00:00+00:00")
    return extract_page(page).records


def _event(title: str, start: str, place: str, end: str | None = None, tzid: str = "") -> str:
    end_line = f"DTEND{tzid}:{end}" if end else ""
    return "\r\n".join(
        line
        for line in (
            "BEGIN:VEVENT",
            f"UID:{title}-{start}",
            f"SUMMARY:{title}",
            f"DTSTART{tzid}:{start}",
            end_line,
            f"LOCATION:{place}",
            "END:VEVENT",
        )
        if line
    )


_GIGPRESS_HEAD = (
    "PRODID:GIGPRESS 2.0 WORDPRESS PLUGIN",
    "X-WR-TIMEZONE:Etc/GMT",
    "BEGIN:VTIMEZONE",
    "TZID:GMT",
    "BEGIN:STANDARD",
    "DTSTART:20071028T010000",
    "TZOFFSETTO:+0000",
    "TZOFFSETFROM:+0000",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def test_utc_times_of_a_calendar_whose_places_are_in_finland_are_read_at_finnish_time() -> None:
    # GigPress: „X-WR-TIMEZONE:Etc/GMT“, „TZID=GMT“ on UTC stamps; the gig is „klo 19“ in Turku.
    records = _records(
        *_GIGPRESS_HEAD,
        _event(
            "Monday Jazz Happening at Rica Bar",
            "20260427T160000Z",
            r"Rica Bar\, Kristiinankatu 5\, Turku\, FI",
            tzid=";VALUE=DATE-TIME;TZID=GMT",
        ),
        _event(
            "Sid Hille at Temppeliaukion kirkko",
            "20260430T071500Z",
            r"Temppeliaukion kirkko\, Lutherinkatu 3\, Helsinki\, Suomi",
            tzid=";VALUE=DATE-TIME;TZID=GMT",
        ),
    )
    assert [r.start for r in records] == ["2026-04-27T19:00:00+03:00", "2026-04-30T10:15:00+03:00"]
    assert records[0].field_sources["start"] == "ical:DTSTART"


def test_places_of_two_countries_or_of_germany_or_of_no_country_name_no_zone() -> None:
    assert zone_of_countries(["Koko Jazz Club, Helsinki, FI", "Bar Ö, Turku, FI"]) == (
        "Europe/Helsinki"
    )
    assert zone_of_countries(["Helsinki, FI", "Stockholm, Sweden"]) is None
    assert zone_of_countries(["Helsinki, FI", "Hamburg, Deutschland"]) is None
    assert zone_of_countries(["Rica Bar", "Musiikkitalo"]) is None
    # codes that are also US state or Canadian province codes are no countries: Newark, DE
    assert country_zone("Newark, DE") is None
    assert country_zone("St. John's, NL") is None
    assert country_zone("Amsterdam, Nederland") == "Europe/Amsterdam"
    # a country's name inside the address is no country: only the last part counts
    assert country_zone("Café Italia, Hauptstraße 3") is None


def test_utc_stamps_of_a_calendar_without_places_stay_utc() -> None:
    records = _records(
        *_GIGPRESS_HEAD,
        _event("Open jam", "20260427T160000Z", "Musiikkitalo", tzid=";TZID=GMT"),
    )
    assert records[0].start == "2026-04-27T16:00:00+00:00"


def test_a_tzid_naming_gmt_on_a_utc_stamp_is_shown_in_the_calendars_zone() -> None:
    # the aggregator's merged feed: X-WR-TIMEZONE Europe/Helsinki, a GigPress entry in it
    records = _records(
        "X-WR-TIMEZONE:Europe/Helsinki",
        _event(
            "Reiska Laine Quartet at Kalevan Navetta",
            "20260523T140000Z",
            r"Kalevan Navetta\, Seinäjoki\, FI",
            end="20260523T160000Z",
            tzid=";TZID=GMT;VALUE=DATE-TIME",
        ),
    )
    assert (records[0].start, records[0].end) == (
        "2026-05-23T17:00:00+03:00",
        "2026-05-23T19:00:00+03:00",
    )


def test_a_london_tzid_at_plus_zero_stays_london_time() -> None:
    records = _records(
        "X-WR-TIMEZONE:Europe/Helsinki",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/London",
        "BEGIN:STANDARD",
        "DTSTART:19701025T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "END:STANDARD",
        "END:VTIMEZONE",
        _event(
            "Jazz brunch", "20260110T120000", "Pizza Express, London", tzid=";TZID=Europe/London"
        ),
    )
    assert records[0].start == "2026-01-10T12:00:00+00:00"


_DIGEST_HEAD = ("PRODID:-//jazz-weekly//bitdoktor//EN", "X-WR-TIMEZONE:America/New_York")


def test_one_concert_listed_by_a_city_calendar_and_by_its_venue_is_one_event() -> None:
    records = _records(
        *_DIGEST_HEAD,
        _event(
            "Kinga Glyk at Jazz Boston Calendar",
            "20260620T230000Z",
            r"Regattabar\, Cambridge",
            end="20260621T010000Z",
        ),
        _event(
            "Kinga Głyk at Regattabar",
            "20260620T230000Z",
            r"1 Bennett St\, Cambridge\, MA 02138",
            end="20260621T010000Z",
        ),
    )
    assert [(r.title, r.location_text) for r in records] == [
        ("Kinga Głyk at Regattabar", "1 Bennett St, Cambridge, MA 02138")
    ]


def test_one_performer_at_two_venues_or_two_hours_stays_two_events() -> None:
    venues = _records(
        *_DIGEST_HEAD,
        _event("Southern Avenue at Jazz Boston Calendar", "20260621T000000Z", "Natick Center"),
        _event("Southern Avenue at Jimmy's", "20260621T000000Z", "135 Congress St"),
    )
    assert len(venues) == 2
    hours = _records(
        *_DIGEST_HEAD,
        _event("Peter White at Scullers", "20261003T230000Z", "Scullers, Boston"),
        _event("Peter White at Jazz Boston Calendar", "20261004T010000Z", "Scullers, Boston"),
    )
    assert len(hours) == 2


def test_suomijazz_gigpress_feed(capsys: pytest.CaptureFixture[str]) -> None:
    # GigPress' feed of suomijazz.com (April 2026). Before: every gig at UTC (time 0/22).
    rows = inspect_corpus_page(capsys, "ical-gigpress-suomijazz-keikat-2026-04")
    assert len(rows) == 22
    hekselman = next(row for row in rows if row["title"].startswith("Gilad Hekselman"))
    assert hekselman["start"] == "2026-04-27T19:00:00+03:00"
    assert hekselman["location"].startswith("Koko Jazz Club")


def test_finnish_jazz_aggregator_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    # The merged feed (May 2026). Before: its GigPress entries („TZID=GMT“) at UTC (time 69 %).
    rows = inspect_corpus_page(capsys, "ical-jazzcalendar-finland-merged-2026-05")
    reiska = next(row for row in rows if row["title"].startswith("Reiska Laine"))
    assert reiska["start"] == "2026-05-23T17:00:00+03:00"


def test_boston_jazz_weekly_digest(capsys: pytest.CaptureFixture[str]) -> None:
    # The digest (June 2026). Before: the Regattabar concert came twice (14 items, 15 records).
    rows = inspect_corpus_page(capsys, "ical-jazzweekly-boston-2026-06")
    assert len(rows) == 14
    assert [row["title"] for row in rows if "Glyk" in row["title"] or "Głyk" in row["title"]] == [
        "Kinga Głyk at Regattabar"
    ]
