"""Held-out structured batch AU: each general cause it showed, on its real page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netdir.extract import extract_page
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def test_an_oparl_meetings_documents_are_no_events(capsys: pytest.CaptureFixture[str]) -> None:
    # The Karlsruhe place district council: its invitation „Tagesordnung OR 15.01.2025“ and
    # minutes „Protokoll OR 15.01.2025“ are OParl Files dated by their "date". Before: three
    # records, the documents on 2024-12-13 and 2025-02-06.
    rows = inspect_corpus_page(capsys, "json-oparl-karlsruhe-ortschaftsrat-durlach-2025-01")
    assert [(row["title"], row["start"]) for row in rows] == [
        ("Ortschaftsrat Durlach (öffentlich/nicht öffentlich)", "2025-01-15T17:00:00+01:00")
    ]


def test_an_oparl_locations_description_is_the_place(capsys: pytest.CaptureFixture[str]) -> None:
    # "location": {"description": "Bürgersaal im Rathaus, Pfinztalstr. 33"}. Before: no place.
    rows = inspect_corpus_page(capsys, "json-oparl-karlsruhe-ortschaftsrat-durlach-2025-01")
    assert rows[0]["location"] == "Bürgersaal im Rathaus, Pfinztalstr. 33"


def test_an_oparl_locations_room_is_the_place(capsys: pytest.CaptureFixture[str]) -> None:
    # "location": {"room": "Großer Sitzungssaal", "streetAddress": "", …}, and the invitation no
    # record. Before: two records, neither with a place.
    rows = inspect_corpus_page(capsys, "json-oparl-karlsruhe-abfallwirtschaft-2025-10")
    assert [(row["start"], row["location"]) for row in rows] == [
        ("2025-10-09T16:30:00+02:00", "Großer Sitzungssaal")
    ]


def test_a_club_calendars_trial_entries(capsys: pytest.CaptureFixture[str]) -> None:
    # SV Bachum/Bergheim's booking app: „Test“ twice and „Test 2“ beside the club's dates.
    # Before: ten records.
    rows = inspect_corpus_page(capsys, "ical-svbb-termine-2026-07")
    titles = [row["title"] for row in rows]
    assert len(titles) == 7
    assert not any(title.startswith("Test") for title in titles)
    assert "Saisoneröffnung & Grillfest" in titles


def test_an_opendatasoft_timetables_occurrences(capsys: pytest.CaptureFixture[str]) -> None:
    # The City of Paris's open-data events: every session only in „timetable“ („start end“ pairs
    # joined by „;“), the venue in „placename“. Before: no record.
    rows = inspect_corpus_page(capsys, "json-opendatasoft-paris-evenements-2018-04")
    assert len(rows) == 48
    boom = [(row["start"], row["end"]) for row in rows if row["title"] == "BOOM SHOT"]
    assert boom == [
        ("2012-03-09T20:30:00+01:00", "2012-03-09T23:30:00+01:00"),
        ("2012-04-13T20:30:00+02:00", "2012-04-13T23:30:00+02:00"),
        ("2012-05-11T20:30:00+02:00", "2012-05-11T23:30:00+02:00"),
    ]
    swing = next(row for row in rows if row["title"] == "SWINGING MONKEYS PARTY")
    assert (swing["end"], swing["location"]) == (
        "2012-06-03T04:30:00+02:00",
        "L'Alimentation Générale, Paris",  # "placename" with its "city" (structured batch AZ)
    )


def test_an_opendatasoft_record_without_its_timetable_keeps_its_date_start() -> None:
    # The batch's leftover: the Paris answer's records with their "timetable" taken out (as a
    # data set without one gives them) — before, "date_start" was no start key: no record.
    path = (
        Path(__file__).parents[1]
        / "realpages/pages/json-opendatasoft-paris-evenements-2018-04.json"
    )
    answer = json.loads(path.read_text(encoding="utf-8"))
    for record in answer["records"]:
        record["fields"].pop("timetable", None)
    page = page_from_text(json.dumps(answer), "https://opendata.paris.fr/api/records/1.0/search/")
    records = extract_page(page).records
    days = {(r.title, r.start) for r in records}
    # (a run's end is kept: „Collecte solidaire“ from 2016-03-05 to 2016-04-30)
    # One record a titled object (one has no title, one is the trial entry „test“).
    assert len(records) == len(answer["records"]) - 2
    assert ("RDV dans les bibliothèques du 14ème!", "2015-02-25") in days
    collecte = next(r for r in records if r.title.startswith("Collecte solidaire"))
    assert (collecte.start, collecte.end) == ("2016-03-05", "2016-04-30")
