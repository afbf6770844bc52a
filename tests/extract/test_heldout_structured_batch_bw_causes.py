"""Held-out structured batch BW: the general causes it showed, minimal snippets and the real files.

Batch BW: three Ticketmaster Discovery API answers and a SeatGeek answer that apps keep as
samples; and three leftovers of batch BV (a zone beside an offsetless start in a nested object, a
„Z“ dateTime with its timeZone, a UTC end kept at +00:00 where its start was shown on Berlin's
clock).
"""

from __future__ import annotations

import pytest

from netdir.extract.hal_embedded import with_embedded_place
from netdir.extract.json_answer_zones import place_zone_key
from netdir.extract.json_key_case import spellings, with_known_keys
from netdir.extract.local_clock_objects import clock_unset, local_time_object
from netdir.normalize.when_utc_end import end_on_start_clock
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page
from tests.extract.structured_readings import answer_records, shown

TM_2020 = "json-ticketmaster-us-events-2020-03"
TM_2019 = "json-ticketmaster-us-events-2019-07"
TM_LA = "json-ticketmaster-los-angeles-concerts-2024-06"
SEATGEEK = "json-seatgeek-us-events-2020-03"
_TODAY = "2026-08-22T10:00:00+00:00"
_URL = "https://example.org/events.json"


def _json(data: object) -> list[RawRecord]:
    return answer_records(data, _TODAY, _URL)


def _shown(data: object) -> list[tuple[str | None, str | None, str | None]]:
    """(start, end, place) of each record as the normalizer writes them."""
    return [(start, end, place) for _, start, end, place in shown(data, _TODAY, _URL)]


def _event(**fields: object) -> dict[str, object]:
    return {"name": "Alice Cooper", "url": "https://example.org/e/1", **fields}


# --- 1. A time object with its local day and clock beside the UTC moment ----------------------


def test_a_local_day_and_clock_beside_a_utc_stamp_give_their_offset() -> None:
    chicago = {
        "localDate": "2019-09-08",
        "localTime": "17:30:00",
        "dateTime": "2019-09-08T22:30:00Z",
    }
    assert local_time_object(chicago) == "2019-09-08T17:30-05:00"
    # the day decides where a clock alone could not (−10 or +14 hours)
    honolulu = {
        "localDate": "2019-08-17",
        "localTime": "16:00:00",
        "dateTime": "2019-08-18T02:00:00Z",
    }
    assert local_time_object(honolulu) == "2019-08-17T16:00-10:00"
    # no UTC stamp: the local clock as written
    assert (
        local_time_object({"localDate": "2019-09-08", "localTime": "17:30:00"})
        == "2019-09-08T17:30"
    )


def test_a_time_object_without_a_set_clock_is_its_day() -> None:
    tba = {"localDate": "2020-01-01", "dateTBD": False, "timeTBA": False, "noSpecificTime": True}
    assert local_time_object(tba) == "2020-01-01"
    assert local_time_object({"localDate": "2019-07-28", "noSpecificTime": True}) == "2019-07-28"
    placeholder = {"localDate": "2020-03-03", "localTime": "03:30:00", "timeTBA": True}
    assert local_time_object(placeholder) == "2020-03-03"
    assert local_time_object({"approximate": False, "noSpecificTime": False}) is None
    assert clock_unset({"time_tbd": True}) and not clock_unset({"time_tbd": False})


def test_an_event_without_a_zone_is_at_its_local_clock() -> None:
    # Before: 19:00 in Las Vegas (02:00Z the next day) on Berlin's clock, 03:00 on 22 March.
    start = {"localDate": "2020-03-21", "localTime": "19:00:00", "dateTime": "2020-03-22T02:00:00Z"}
    game = _event(dates={"start": start, "spanMultipleDays": False})
    assert _shown([game]) == [("2020-03-21T19:00:00-07:00", None, None)]
    # Before: no record — a day alone, and a run of days to the end's day
    final = _event(
        dates={
            "start": {"localDate": "2019-07-26", "noSpecificTime": True},
            "end": {"localDate": "2019-07-28", "noSpecificTime": True},
            "timezone": "America/New_York",
        }
    )
    assert _shown([final]) == [("2019-07-26", "2019-07-28", None)]


def test_an_end_object_gives_its_local_clock() -> None:
    dates = {
        "start": {
            "localDate": "2024-06-30",
            "localTime": "14:00:00",
            "dateTime": "2024-06-30T21:00:00Z",
        },
        "end": {
            "localDate": "2024-06-30",
            "localTime": "20:00:00",
            "dateTime": "2024-07-01T03:00:00Z",
        },
        "timezone": "America/Los_Angeles",
    }
    shown = _shown([_event(dates=dates)])
    assert shown == [("2024-06-30T14:00:00-07:00", "2024-06-30T20:00:00-07:00", None)]


# --- 2. The venue a HAL answer embeds beside its event ---------------------------------------


def test_the_first_embedded_venue_is_the_events_place() -> None:
    venue = {"name": "Rec Room", "timezone": "America/New_York", "city": {"name": "Buffalo"}}
    event = _event(_embedded={"venues": [venue], "attractions": [{"name": "Melt"}]})
    assert with_embedded_place(event, ("location", "venue"))["venue"] == venue
    own = {**event, "location": "Shea's"}
    assert with_embedded_place(own, ("location", "venue")) is own  # its own place first
    assert (
        with_embedded_place(_event(_embedded={"attractions": [{}]}), ("venue",)).get("venue")
        is None
    )
    start = {"localDate": "2022-09-13", "localTime": "19:00:00", "dateTime": "2022-09-13T23:00:00Z"}
    # Before: no place
    assert _shown([{**event, "dates": {"start": start}}]) == [
        ("2022-09-13T19:00:00-04:00", None, "Rec Room")
    ]


# --- 3. SeatGeek's keys: „datetime_local“, „announce_date“, „time_tbd“, the venue's zone ------


def test_a_local_datetime_key_is_the_day_and_an_announcement_is_not() -> None:
    known = spellings(("title", "start", "date"))
    read = with_known_keys({"datetime_local": "2020-03-03T10:00:00"}, known)
    assert read["date"] == "2020-03-03T10:00:00"
    announced = with_known_keys({"announce_date": "2019-10-15T00:00:00"}, known)
    assert "date" not in announced
    # a bare UTC clock under a UTC key stays unread (its clock would be misread)
    assert "date" not in with_known_keys({"datetime_utc": "2020-03-03T15:00:00"}, known)


def test_a_venue_names_the_zone_of_its_events_clock() -> None:
    venue = {"name": "Pennsylvania Convention Center", "timezone": "America/New_York"}
    assert place_zone_key({"venue": venue}, ("location", "venue")) == "America/New_York"
    assert place_zone_key({"venue": "Hall", "timezone": "X"}, ("venue",)) is None


def test_a_seatgeek_event_is_at_its_local_clock_and_a_tbd_clock_is_its_day() -> None:
    # Before: dated by „announce_date“ (15 October 2019), at midnight on Berlin's clock.
    show = {
        "title": "Philadelphia Flower Show - Philadelphia",
        "announce_date": "2019-10-15T00:00:00",
        "datetime_local": "2020-03-03T10:00:00",
        "datetime_utc": "2020-03-03T15:00:00",
        "time_tbd": False,
        "venue": {"name": "Pennsylvania Convention Center", "timezone": "America/New_York"},
        "url": "https://example.org/e/2",
    }
    shown = _shown({"meta": {"per_page": 10}, "events": [show]})
    assert [(start, end) for start, end, _ in shown] == [("2020-03-03T10:00:00-05:00", None)]
    tbd = {**show, "title": "Maroon 5", "datetime_local": "2020-03-03T03:30:00", "time_tbd": True}
    assert [start for start, _, _ in _shown({"events": [tbd]})] == ["2020-03-03"]


# --- 4. Batch BV's leftovers: zones beside a clock, a UTC end ---------------------------------


def test_a_zone_in_the_object_holding_an_offsetless_start_is_its_clocks() -> None:
    # Before: 19:30 on Berlin's clock (+02:00).
    gig = {"title": "Gig", "when": {"start": "2026-08-25T19:30:00", "end": "2026-08-25T22:00:00", "timeZone": "America/New_York"}}  # fmt: skip
    assert _shown([gig]) == [("2026-08-25T19:30:00-04:00", "2026-08-25T22:00:00-04:00", None)]


def test_a_utc_datetime_beside_its_zone_is_at_that_zones_clock() -> None:
    # Before: 18:30Z kept as UTC and shown on Berlin's clock, 20:30+02:00.
    gig = {
        "summary": "Gig",
        "start": {"dateTime": "2026-08-25T18:30:00Z", "timeZone": "Europe/London"},
        "end": {"dateTime": "2026-08-25T21:30:00Z", "timeZone": "Europe/London"},
    }
    assert _shown([gig]) == [("2026-08-25T19:30:00+01:00", "2026-08-25T22:30:00+01:00", None)]
    # a stated offset other than UTC is still the event's own (a Stockholm clock in Helsinki's zone)
    own = {"summary": "Gig", "start": {"dateTime": "2015-07-06T17:50:00+02:00", "timeZone": "Europe/Helsinki"}}  # fmt: skip
    assert _shown([own]) == [("2015-07-06T17:50:00+02:00", None, None)]


def test_a_utc_end_is_shown_on_its_starts_clock() -> None:
    assert (
        end_on_start_clock(
            "2026-08-25T22:30:00+02:00", "2026-08-25T22:30:00+00:00", "2026-08-25T22:30:00Z"
        )
        == "2026-08-26T00:30:00+02:00"
    )
    # a start that kept UTC's clock, or an end written with its own offset, stays
    assert (
        end_on_start_clock(
            "2026-08-25T23:30:00+00:00", "2026-08-26T01:00:00+00:00", "2026-08-26T01:00:00Z"
        )
        == "2026-08-26T01:00:00+00:00"
    )
    assert (
        end_on_start_clock(
            "2026-08-25T22:30:00+02:00", "2026-08-26T00:30:00+02:00", "2026-08-26T00:30:00+02:00"
        )
        == "2026-08-26T00:30:00+02:00"
    )
    # Before: an event of 22:30 to 22:30 (+02:00, then +00:00)
    gig = {"title": "Gig", "start": "2026-08-25T20:30:00Z", "end": "2026-08-25T22:30:00Z"}
    assert _shown([gig]) == [("2026-08-25T22:30:00+02:00", "2026-08-26T00:30:00+02:00", None)]


# --- The real files ----------------------------------------------------------------------------


def _by_title(records: list[dict]) -> dict[str, tuple[str, str | None, str | None]]:
    return {r["title"]: (r["start"], r["end"], r["location"]) for r in records}


def test_the_2020_answers_events_are_at_their_venues_clocks(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, TM_2020)
    assert len(records) == 20
    shown = _by_title(records)
    # cause 1: events without „dates.timezone“, at their local clock
    assert shown["Vegas Golden Knights vs. Detroit Red Wings"][0] == "2020-03-21T19:00:00-07:00"
    assert shown["LA Clippers vs. Los Angeles Lakers"][0] == "2020-03-08T12:30:00-07:00"
    assert shown["Buffalo Sabres vs. Boston Bruins"][0] == "2020-03-13T19:00:00-04:00"
    # cause 2: every event at its embedded venue
    assert shown["LA Clippers vs. Los Angeles Lakers"][2] == "STAPLES Center"
    assert all(r["location"] for r in records)


def test_the_2019_answers_day_events_and_honolulu(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, TM_2019)
    assert len(records) == 20
    shown = _by_title(records)
    winter_classic = "2020 Bridgestone NHL Winter Classic Nashville Predators v Dallas Stars"
    assert shown[winter_classic] == ("2020-01-01", None, "Cotton Bowl")
    assert shown["Fortnite World Cup Finals"] == ("2019-07-26", "2019-07-28", "Arthur Ashe Stadium")
    assert shown["Hamilton"][0] == "2019-07-20T19:00:00-07:00"
    rams = "Preseason: Los Angeles Rams v Dallas Cowboys"
    assert shown[rams][0] == "2019-08-17T16:00:00-10:00"


def test_the_los_angeles_concerts_end_at_their_end_clock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, TM_LA)
    shown = _by_title(records)
    assert shown["Max Styler"][:2] == ("2024-06-30T14:00:00-07:00", "2024-06-30T20:00:00-07:00")
    assert shown["Max Richter"] == ("2025-05-09T20:00:00-07:00", None, "Walt Disney Concert Hall")


def test_the_seatgeek_events_are_at_their_local_clock(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, SEATGEEK)
    assert len(records) == 10
    shown = _by_title(records)
    assert shown["Maroon 5"][0] == "2020-03-03"  # „time_tbd“: a placeholder 03:30
    assert shown["Eiffel Tower Experience - Las Vegas"][0] == "2020-03-03"
    assert shown["Philadelphia Flower Show - Philadelphia"][0] == "2020-03-03T10:00:00-05:00"
    assert shown["Shark Reef Aquarium - Las Vegas"][0] == "2020-03-03T10:00:00-08:00"
    assert shown["Open from - Redwood City"][2].startswith("Angelicas")
