"""Held-out structured batch BA: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_fixture_lists_matches_named_by_their_two_sides(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # SAMS (a volleyball federation's match server) as JSON: no title, the sides in "team",
    # "date": "14.10.2023" and "time" apart, the hall an object with its street. Before: no record.
    rows = inspect_corpus_page(capsys, "json-sams-vcmuellheim-spielplan-2023-10")
    assert [(row["title"], row["start"]) for row in rows] == [
        ("VC Weil 2 vs. VC Müllheim 2", "2023-10-14T14:30:00+02:00"),
        ("VC Müllheim 2 vs. TV Freiburg-St.Georgen", "2023-10-14T14:30:00+02:00"),
        ("VBG Efringen-Kirchen 1 vs. VC Müllheim 2", "2023-10-28T14:00:00+02:00"),
        ("TV Staufen 2 vs. VC Müllheim 2", "2023-10-28T14:00:00+02:00"),
        ("VC Müllheim 2 vs. VBG Efringen-Kirchen 1", "2023-12-10T11:00:00+01:00"),
        ("VC Müllheim 2 vs. Sport vor Ort Rieselfeld", "2023-12-10T11:00:00+01:00"),
    ]
    assert rows[0]["location"] == "Humboldthalle, Kantstraße 2, Weil am Rhein"


def test_facebook_event_times_are_occurrences_at_the_place_and_town(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Graph API: a weekly „Meet up“ as 21 "event_times", its place {"name": "GdS",
    # "location": {"city": "Celle"}}. Before: one record from the first evening to the last,
    # placed at „GdS“ alone; 4 of 27 items.
    rows = inspect_corpus_page(capsys, "json-facebook-graph-codingpuli-events-2020-08")
    meetups = [row for row in rows if row["title"] == "Meet up"]
    assert len(meetups) == 22  # 21 evenings, and a second event on the first evening
    assert ("2020-12-09T22:00:00+01:00", "2020-12-10T01:00:00+01:00") in [
        (row["start"], row["end"]) for row in meetups
    ]
    assert {row["location"] for row in meetups} == {"GdS, Celle"}
    eat_out = sorted(row["start"] for row in rows if row["title"] == "Eat out to help out")
    assert eat_out == [f"2020-09-{day}T{clock}+01:00" for day, clock in (("01", "16:00:00"), ("15", "16:00:00"), ("29", "17:30:00"))]  # fmt: skip


def test_the_start_label_of_a_free_text_clock(capsys: pytest.CaptureFixture[str]) -> None:
    # A Dresden students' event JSON: "zeit": „Einlass: 14:00 Uhr Beginn: 15:00 Uhr“, „Ganztägig
    # Start: 08:00 Uhr“, „Einlass: ab 09:00 “. Before: the day alone (time 44 %).
    rows = inspect_corpus_page(capsys, "json-emikalender-dresden-veranstaltungen-2015-01")
    starts = {(row["title"], row["start"][:10]): row["start"] for row in rows}
    assert starts[("F.Martin: Messe für 8-stündingen Doppelchor", "2015-03-15")] == (
        "2015-03-15T15:00:00+01:00"
    )
    assert starts[("Spiel, Musik, Ryhthmus", "2015-03-25")] == "2015-03-25T08:00:00+01:00"
    assert starts[("Körperwelten", "2015-01-15")] == "2015-01-15T09:00:00+01:00"
    assert starts[("Stadtfest Dresden", "2015-08-14")] == "2015-08-14"  # „Ganztägig“: the day


def test_offers_dated_by_php_datetime_occurrences(capsys: pytest.CaptureFixture[str]) -> None:
    # Afeefa's export (Leipzig): each offer's dates under "occurences" as PHP DateTime objects
    # {"date": "2023-05-11 17:00:00.000000", "timezone": "Europe/Berlin"}. Before: no record.
    rows = inspect_corpus_page(capsys, "json-afeefa-leipzig-angebote-2023-05")
    assert [(row["title"], row["start"], row["end"]) for row in rows] == [
        ('Folkloregruppe "Rjabinuschka"', f"2023-05-{day}T17:00:00+02:00", None)
        for day in ("11", "18", "25")
    ] + [
        (
            "Beratungsangebot Ehrenamt",
            f"2023-05-{day}T10:00:00+02:00",
            f"2023-05-{day}T{end}:00:00+02:00",
        )
        for day, end in (("08", "16"), ("09", "16"), ("10", "18"))
    ] + [
        (
            "Weiterbildung für Engagement-Pat*innen",
            "2023-05-23T17:00:00+02:00",
            "2023-05-23T20:00:00+02:00",
        ),
        ("Gottesdienstprogramm", "2023-05-13T09:30:00+02:00", "2023-05-13T10:30:00+02:00"),
        ("Gottesdienstprogramm", "2023-06-10T09:30:00+02:00", "2023-06-10T10:30:00+02:00"),
    ]
