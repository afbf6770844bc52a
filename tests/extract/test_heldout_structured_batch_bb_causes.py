"""Held-out structured batch BB: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_mobilizon_activitypub_event_has_its_day(capsys: pytest.CaptureFixture[str]) -> None:
    # The object a Mobilizon instance federates: "type": "Event", "startTime"/"endTime" in UTC
    # (ActivityStreams, not schema.org's startDate). Before: one record without a day.
    (row,) = inspect_corpus_page(capsys, "json-activitypub-mobilizon-event-2019-12")
    assert (row["title"], row["start"], row["end"]) == (
        "Mobilizon Launching Party", "2019-12-18T14:00:00+01:00", "2019-12-18T15:00:00+01:00",
    )  # fmt: skip
    assert "Cour du Château des Ducs de Bretagne" in row["location"]


def test_a_gancio_activitypub_event_has_its_day(capsys: pytest.CaptureFixture[str]) -> None:
    # Gancio's object: the times with milliseconds and offset, "@context" as the last key.
    (row,) = inspect_corpus_page(capsys, "json-activitypub-gancio-demo-event-2021-07")
    assert (row["title"], row["start"][:16], row["end"][:16]) == (
        "Demo event", "2021-07-14T17:30", "2021-07-14T18:30",
    )  # fmt: skip
    assert row["location"] == "Colosseo, Piazza del Colosseo, Rome"


def test_an_aggregators_json_places_and_end_clocks(capsys: pytest.CaptureFixture[str]) -> None:
    # Coerde Events: "location_name" with its "address" apart, "end_date" equal to the start day
    # and the end clock in "end_time". Before: no place for any event, no end.
    rows = inspect_corpus_page(capsys, "json-coerde-muenster-veranstaltungen-2026-08")
    places = {row["title"][:20]: row["location"] for row in rows}
    assert places["Splitter and BE! – J"] == (
        "Begegnungszentrum und Theater in der Meerwiese, An der Meerwiese 25"
    )
    assert places["Gottesdienst in der "] == "Markuskirche, Münster-Coerde"
    assert places["Zirkus Coerdini – Ki"] == "Münster-Coerde"  # only the town is stated
    ends = {row["title"][:20]: row["end"] for row in rows}
    assert ends["Splitter and BE! – J"] == "2026-09-11T21:00:00+02:00"
    assert ends["Gottesdienst in der "] is None  # "end_time": null
    assert ends["44. KinderFilmFest M"] == "2026-11-01"  # days alone stay days


def test_a_repeated_start_as_dtend_is_no_end(capsys: pytest.CaptureFixture[str]) -> None:
    # Coerde Events' iCalendar writes DTEND = DTSTART where its source gives no end.
    rows = inspect_corpus_page(capsys, "ical-coerde-muenster-veranstaltungen-2026-08")
    lofoten = next(row for row in rows if row["title"] == "Die Lofoten")
    assert (lofoten["start"], lofoten["end"]) == ("2026-11-06T19:00:00+01:00", None)
    film = next(row for row in rows if row["title"].startswith("44. KinderFilmFest"))
    assert (film["start"], film["end"]) == ("2026-10-25", "2026-10-31")  # DTEND exclusive


def test_an_indico_answer_has_its_clock_and_room(capsys: pytest.CaptureFixture[str]) -> None:
    # indico.cern.ch's HTTP API: "startDate": {"date", "tz", "time"}, "location": "CERN" with the
    # "room"/"roomFullname" apart. Before: the day alone, placed at „CERN“.
    (row,) = inspect_corpus_page(capsys, "json-indico-cern-event-2019-08")
    assert (row["title"], row["start"], row["end"]) == (
        "test_folders", "2019-08-30T17:00:00+02:00", "2019-08-30T19:00:00+02:00",
    )  # fmt: skip
    assert row["location"] == "CERN, 4/2-037 - TH meeting room"
