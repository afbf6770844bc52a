"""Held-out structured batch BE: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_schedules_trial_slot_named_by_a_handle_is_no_offering(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The CCC hub's preliminary 39C3 schedule (6 Dec 2025) keeps, beside the day's talks, a room
    # „andi-test-raum“ with one entry „test-andi2“ at 18:35. Before: 17 of 17 talks and that
    # trial entry as an 18th record.
    rows = inspect_corpus_page(capsys, "frab-pretalx-39c3-schedule-2025-12")
    titles = [row["title"] for row in rows]
    assert "test-andi2" not in titles
    assert len(rows) == 17
    found = {(row["title"], row["start"][:16]) for row in rows}
    assert ("Opening Ceremony", "2025-12-27T10:30") in found
    # The night talk under the day before keeps its own day.
    kitchen = "Unnecessarily Complicated Kitchen – Die Wissenschaft des guten Geschmacks"
    assert (kitchen, "2025-12-28T00:20") in found


def test_a_restaurants_events_json_with_weekday_days_and_label_value_rows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The restaurant Manes (Dormagen-Nievenheim), July 2026: "datum" „Sa. 26.09.2026“ and „So.
    # 14.06.2026“ (a weekday's short name first), the clocks and the place in "infos" rows
    # ({"label": "Einlass", "wert": "19.30 Uhr"}, „Beginn“ „17.30 bis 19.00 Uhr“, „Termin“ „So.
    # 14.06.2026, 19.00 Uhr“, „Ort“), the asparagus menu's „Termine“ „15., 16., 22. und 23. Mai“.
    # Before: one record (the menu on 15 May, without its clock) of six items.
    rows = inspect_corpus_page(capsys, "json-manes-nievenheim-veranstaltungen-2026-07")
    found = [(row["title"], row["start"][:16]) for row in rows]
    assert found == [
        ("Heimatabend", "2026-09-26T19:30"),
        ("Spargel am Bösch", "2026-05-15T17:30"),
        ("Spargel am Bösch", "2026-05-16T17:30"),
        ("Spargel am Bösch", "2026-05-22T17:30"),
        ("Spargel am Bösch", "2026-05-23T17:30"),
        ("Live-Übertragung in der Bierhütte", "2026-06-14T19:00"),
    ]
    assert rows[-1]["location"] == "Bierhütte im Biergarten"


def test_a_cinemas_films_listed_with_their_screenings_at_the_programmes_clock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The SchunterKino's summer 2016 programme (TU Braunschweig): 13 films, each with „"Termine":
    # ["07.04.16", "12.04.16"]“ (two-digit years) and its production „Jahr“, the clock once on
    # the programme („"Einlass": "20:00 Uhr", "Beginn": "20:30 Uhr"“). Before: no record of 26.
    rows = inspect_corpus_page(capsys, "json-schunterkino-programm-2016-sommer")
    assert len(rows) == 26
    found = {(row["title"], row["start"][:16]) for row in rows}
    assert ("Das brandneue Testament", "2016-04-07T20:30") in found
    assert ("Das brandneue Testament", "2016-04-12T20:30") in found
    assert ("Zoomania", "2016-07-19T20:30") in found


def test_a_singers_concert_on_two_days_named_in_one_value_with_two_places(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Katharina Königer's concert list (2026): „"datum": "03. Oktober 2026 / 18. Oktober 2026"“,
    # „"ort": "Evangelisches Gemeindehaus Reichenschwand / Musikhalle der Stadtkapelle Velden
    # (Mfr.)"“. Before: one record on 3 October at both places; 18 of 19 concerts.
    rows = inspect_corpus_page(capsys, "json-katharina-koeniger-konzerte-2026")
    assert len(rows) == 19
    kids = [(row["start"][:10], row["location"]) for row in rows if "Zeitmaschine" in row["title"]]
    assert kids == [
        ("2026-10-03", "Evangelisches Gemeindehaus Reichenschwand"),
        ("2026-10-18", "Musikhalle der Stadtkapelle Velden (Mfr.)"),
    ]
