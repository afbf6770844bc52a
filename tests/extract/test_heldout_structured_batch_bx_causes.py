"""Held-out structured batch BX: the general causes it showed, minimal snippets and the real files.

Batch BX: Meetup GraphQL answers and an events API's answer of the Tampa Bay tech groups, and
the Google Calendar and ics-parser answers of a German makerspace's WordPress plugin.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.json_place_text import place_text
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page
from tests.extract.structured_readings import Shown, answer_records, shown

MEETUP_2023 = "json-meetup-graphql-tampa-groups-2023-11"
MEETUP_2025 = "json-meetup-graphql-tampa-groups-2025-10"
TAMPA_API = "json-tampadevs-events-api-2026-01"
ICS_PARSER = "json-icsparser-erfindergeist-juelich-events-2025-12"
GCAL = "gcal-v3-erfindergeist-juelich-2025-12"
_TODAY = "2025-10-06T10:00:00+00:00"


def _json(data: object) -> list[RawRecord]:
    return answer_records(data, _TODAY)


def _shown(data: object) -> list[Shown]:
    """(title, start, end, place) of each record as the normalizer writes them."""
    return shown(data, _TODAY)


# --- 1. Meetup's "dateTime" in an answer about events ----------------------------------------


def test_a_meetup_node_is_dated_by_its_date_time() -> None:
    # Before: no record — "dateTime" was no start key.
    node = {
        "id": "296114390",
        "title": "Tampa Devs - Meet & Greet at Green Bench",
        "dateTime": "2023-11-29T18:30-05:00",
        "duration": "PT2H",
        "eventUrl": "https://www.meetup.com/tampadevs/events/296114390",
        "venue": {"name": "Green Bench Brewing Company", "city": "St. Petersburg", "state": "FL"},
    }
    answer = {"tampadevs": {"name": "Tampa Devs", "eventSearch": {"edges": [{"node": node}]}}}
    assert _shown(answer) == [
        (
            "Tampa Devs - Meet & Greet at Green Bench",
            "2023-11-29T18:30:00-05:00",
            "2023-11-29T20:30:00-05:00",
            "Green Bench Brewing Company, St. Petersburg",
        )
    ]


def test_a_date_time_in_a_pages_script_stays_unread() -> None:
    # A page's scripts stamp posts with "dateTime" as often: only an answer about events is read so.
    html = (
        '<html><body><p>Blog</p><script>var posts = [{"title": "Release notes",'
        ' "dateTime": "2025-10-01T09:00:00Z"}];</script></body></html>'
    )
    page = page_from_text(html, "https://example.org/blog")
    page.fetched_at = datetime.fromisoformat(_TODAY)
    assert [r.title for r in extract_page(page).records] == []


# --- 2. A list of the one venue ---------------------------------------------------------------


def test_a_list_of_one_venue_is_the_place() -> None:
    venue = {"name": "Kforce Corporate Headquarters", "address": "1150 Assembly Drive, Ste 500"}
    assert place_text([venue]) == "Kforce Corporate Headquarters, 1150 Assembly Drive, Ste 500"
    # two venues are a choice, not the place
    assert place_text([venue, {"name": "Embarc Collective"}]) is None
    node = {"title": "Tampa Ai Meetup", "dateTime": "2025-10-14T18:00:00-04:00", "venues": [venue]}
    assert _shown([node])[0][3] == "Kforce Corporate Headquarters, 1150 Assembly Drive, Ste 500"


# --- 3. A JSON answer in UTC at the clock of its US addresses ---------------------------------


def test_utc_stamps_of_an_answer_at_florida_addresses_are_at_floridas_clock() -> None:
    # Before: 00:00Z on 27 February on Berlin's clock, 01:00 on the 27th; in Orlando it is 19:00
    # on the 26th. The online event names no address and is at the same groups' clock.
    workshop = {
        "title": "CSS Layouts Workshop",
        "dateTime": "2026-02-27T00:00:00.000Z",
        "duration": "PT2H",
        "venues": [{"name": "Tech Hub", "address": "36 W. Pine St, Orlando, FL 32801"}],
    }
    coffee = {
        "title": "v-Lean Coffee",
        "dateTime": "2026-03-10T11:30:00.000Z",
        "venues": [{"name": "Online event"}],
    }
    shown = _shown([workshop, coffee])
    assert shown[0][1:3] == ("2026-02-26T19:00:00-05:00", "2026-02-26T21:00:00-05:00")
    assert shown[1][1] == "2026-03-10T07:30:00-04:00"  # after the change to summer time


def test_utc_stamps_of_an_answer_without_addresses_stay_on_berlins_clock() -> None:
    node = {"title": "Offene Werkstatt", "dateTime": "2026-02-27T17:00:00Z", "location": "Jülich"}
    assert _shown([node])[0][1] == "2026-02-27T18:00:00+01:00"


# --- 4. iCalendar stamps in the basic format -------------------------------------------------


def test_ics_parser_objects_are_read_at_their_icalendar_stamps() -> None:
    # Before: no record — „20251217T160000Z“ was no stamp.
    single = {
        "summary": "Indeland im Gespräch",
        "dtstart": "20251217T160000Z",
        "dtend": "20251217T210000Z",
        "dtstart_tz": "20251217T170000",
        "location": "Kulturbahnhof Jülich, Bahnhofstraße 13, 52428 Jülich",
    }
    instance = {
        "summary": "Offene Werkstatt",
        "dtstart": "20251216T180000",
        "dtend": "20251216T210000",
        "additionalProperties": {"dtstart_array": [{"TZID": "Europe/Berlin"}, "20251216T180000"]},
        "rrule": "FREQ=WEEKLY;WKST=MO;COUNT=6;INTERVAL=2;BYDAY=TU",
    }
    shown = _shown([single, instance])
    assert [s[:3] for s in shown] == [
        ("Indeland im Gespräch", "2025-12-17T17:00:00+01:00", "2025-12-17T22:00:00+01:00"),
        ("Offene Werkstatt", "2025-12-16T18:00:00+01:00", "2025-12-16T21:00:00+01:00"),
    ]
    day = {"summary": "Sommerfest", "dtstart": "20260704", "dtend": "20260705"}
    assert _shown([day])[0][1] == "2026-07-04"


# --- The real files ----------------------------------------------------------------------------


def _by_title(records: list[dict]) -> dict[str, tuple[str, str | None, str | None]]:
    return {r["title"]: (r["start"], r["end"], r["location"]) for r in records}


def test_the_2023_meetup_answer(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, MEETUP_2023)
    assert len(records) == 10
    shown = _by_title(records)
    assert shown["2023 re:Invent Recap!"] == (
        "2023-12-14T18:00:00-05:00",
        "2023-12-14T20:00:00-05:00",
        "Kforce, 1150 Assembly Dr Suite 500, Tampa",
    )


def test_the_2025_meetup_answer(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, MEETUP_2025)
    assert len(records) == 24
    starts = [r["start"] for r in records if r["title"] == "Tampa M365 - Social @ Magnanimous"]
    assert starts[:4] == [
        "2025-10-09T18:00:00-04:00",
        "2025-10-23T18:00:00-04:00",
        "2025-11-06T18:00:00-05:00",
        "2025-11-20T18:00:00-05:00",
    ]
    assert _by_title(records)["CyberX Tampa Bay 2025"][2].startswith(
        "Chester H. Ferguson Law Center"
    )


def test_the_tampa_api_answer_is_at_floridas_clock(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, TAMPA_API)
    assert len(records) == 17
    shown = _by_title(records)
    assert shown["CSS Layouts Workshop"][0] == "2026-02-26T19:00:00-05:00"
    assert shown["Feb 2026 Homebrew Hillsborough: Rapid7"][0] == "2026-02-27T08:30:00-05:00"
    lean = [r["start"] for r in records if r["title"] == "v-Lean Coffee"]
    assert lean == [
        "2026-02-10T07:30:00-05:00",
        "2026-02-24T07:30:00-05:00",
        "2026-03-10T07:30:00-04:00",
        "2026-03-24T07:30:00-04:00",
    ]
    summits = [r["start"][:10] for r in records if r["title"] == "Tampa Cybersecurity Summit"]
    assert summits == ["2026-01-30", "2026-01-30", "2026-01-31"]


def test_the_ics_parser_answer(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, ICS_PARSER)
    assert [r["title"] for r in records].count("Repair Café") == 5
    assert "test" not in [r["title"] for r in records]  # the owner's trial entry
    shown = _by_title(records)
    assert shown["Indeland im Gespräch"][:2] == (
        "2025-12-17T17:00:00+01:00",
        "2025-12-17T22:00:00+01:00",
    )
    werkstatt = [r["start"] for r in records if r["title"] == "Offene Werkstatt"]
    assert werkstatt == ["2025-12-16T18:00:00+01:00", "2025-12-30T18:00:00+01:00"]


def test_the_google_calendar_answer_is_unchanged(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, GCAL)
    assert len(records) == 9
    assert _by_title(records)["Keller entrümpeln"][0] == "2026-01-17T11:00:00+01:00"
