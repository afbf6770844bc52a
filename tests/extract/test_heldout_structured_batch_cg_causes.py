"""Held-out structured batch CG: the general causes it showed, minimal snippets and the real files.

Batch CG: a mobile ice-cream stand's stops as a CSV without a title column
(„datum;uhrzeit;ort;beschreibung“), a family excursion map's dates file (a place as „ort_name“
beside an „ort_id“ slug, holiday programmes „ganztags“ at midnight), a Carinthian choir's dates
and a Taekwondo club's dates (both read in full before any fix).
"""

from __future__ import annotations

import pytest

from netdir.extract import extract_page
from netdir.extract.json_all_day_flags import all_day_flag
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page
from tests.extract.structured_readings import shown

STAND = "csv-eis-bei-lobbes-termine-2026-04"
EXCURSIONS = "json-ausfluege-roedelheim-termine-2026-10"
_APRIL = "2026-04-18T10:00:00+00:00"
_OCTOBER = "2026-10-05T10:00:00+00:00"


# --- 1. A stop named only by its „ort“ is that place's event, held there ------------------------


def test_an_untitled_row_is_named_by_its_ort_and_held_there() -> None:
    # Before: no record — „ort“ named no untitled object (only „location“, „venue“, „event“).
    row = {"datum": "2026-04-19", "uhrzeit": "13:00", "ort": "Reitverein Tangerhütte"}
    got = shown([{**row, "beschreibung": ""}], _APRIL)
    assert [(t, s[:16], e, p) for t, s, e, p in got] == [
        ("Reitverein Tangerhütte", "2026-04-19T13:00", None, "Reitverein Tangerhütte")
    ]


def test_a_csv_of_stops_without_a_title_column_is_read() -> None:
    text = (
        "datum;uhrzeit;ort;beschreibung\n"
        "2026-05-08;;Blütenfest Rogätz;Tag 1 von 3\n"
        "2026-05-19;16:00;Seniorenwohnheim Dolle;\n"
    )
    records = extract_page(
        page_from_text(text, "https://example.org/termine.csv", "text/csv")
    ).records
    assert [(r.title, r.location_text) for r in records] == [
        ("Blütenfest Rogätz", "Blütenfest Rogätz"),
        ("Seniorenwohnheim Dolle", "Seniorenwohnheim Dolle"),
    ]


def test_a_town_beside_the_named_venue_stays_its_place() -> None:
    # A band's gig list: the venue names the gig, the town is where it is (unchanged).
    gig = {"date": "2026-07-25", "city": "Heidelberg", "location": "Taeter Theater"}
    assert [(t, p) for t, _, _, p in shown([gig], _APRIL)] == [("Taeter Theater", "Heidelberg")]


def test_a_titled_object_keeps_its_title_beside_its_ort() -> None:
    entry = {"titel": "Koroška poje", "datum": "2025-03-09", "ort": "Celovec, Dom glasbe"}
    assert [(t, p) for t, _, _, p in shown([entry], _APRIL)] == [
        ("Koroška poje", "Celovec, Dom glasbe")
    ]


# --- 2. „ort_name“ is the place's name -----------------------------------------------------------


def test_ort_name_is_the_place() -> None:
    # Before: no place — „ort_name“ was no place key (and „ort_id“ a slug, rightly no place).
    entry = {
        "titel": "Märchen und Reime",
        "beginn": "2026-11-15T11:00:00+01:00",
        "ort_id": None,
        "ort_name": "Theaterhaus Frankfurt, Schützenstraße 12, Frankfurt am Main",
    }
    got = shown([entry], _OCTOBER)
    assert [(t, s[:16], p) for t, s, _, p in got] == [
        (
            "Märchen und Reime",
            "2026-11-15T11:00",
            "Theaterhaus Frankfurt, Schützenstraße 12, Frankfurt am Main",
        )
    ]


def test_an_ort_id_slug_alone_is_no_place() -> None:
    entry = {"titel": "Workshop Schmetterlinge", "beginn": "2026-11-06T15:00:00+01:00"}
    got = shown([{**entry, "ort_id": "palmengarten", "ort_name": None}], _OCTOBER)
    assert [p for _, _, _, p in got] == [None]


# --- 3. „"ganztags": true“ makes the midnight stamp a whole day ----------------------------------


def test_a_ganztags_object_at_midnight_is_its_day_without_clock() -> None:
    # Before: „2026-10-17T00:00:00+02:00“, a start at midnight.
    fest = {
        "titel": "Herbstfrüchtefest – Renaissance",
        "beginn": "2026-10-17T00:00:00+02:00",
        "ende": "2026-10-18T00:00:00+02:00",
    }
    got = shown([{**fest, "ganztags": True}], _OCTOBER)
    assert [(t, s) for t, s, _, _ in got] == [("Herbstfrüchtefest – Renaissance", "2026-10-17")]


@pytest.mark.parametrize("flag", [False, "true", 1])
def test_only_a_json_true_under_ganztags_flags_the_day(flag: object) -> None:
    assert all_day_flag({"ganztags": flag}) is None
    assert all_day_flag({"ganztags": True}) == "ganztags"


# --- The real files -----------------------------------------------------------------------------


def test_the_ice_cream_stands_stops_are_read(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, STAND)
    assert len(records) == 12
    first, fest = records[0], records[4]
    assert (first["title"], first["start"][:16], first["location"]) == (
        "Reitverein Tangerhütte",
        "2026-04-19T13:00",
        "Reitverein Tangerhütte",
    )
    assert (fest["title"], fest["start"], fest["location"]) == (
        "Blütenfest Rogätz",
        "2026-05-08",
        "Blütenfest Rogätz",
    )


def test_the_excursion_maps_dates_keep_their_places_and_whole_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    records = inspect_corpus_page(capsys, EXCURSIONS)
    assert len(records) == 26
    by_title = {r["title"]: r for r in records}
    assert by_title["Familien-Ferienprogramm im Jagdschloss"]["start"] == "2026-10-06"
    assert by_title["Familiensonntag mit Kürbisschnitzen"]["location"] == (
        "Heimatmuseum Seulberg, Friedrichsdorf"
    )
    assert by_title["Öffnen des Kohlenmeilers"].get("location") is None  # „ort_id“ only
