"""Held-out structured batch BC: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_pretix_event_answer_has_its_name_days_and_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # pretix's REST API: "name"/"location" as {"de": …}, "date_from"/"date_to" with offset, the
    # address's lines joined by „\r\n“ and its „ß“ one Latin-1 byte. Before: no record at all.
    (row,) = inspect_corpus_page(capsys, "json-pretix-pfadfinderei-lapfila-event-2024-06")
    assert (row["title"], row["start"][:10], row["end"][:10]) == (
        "LaPfiLa Anmeldung - Stamm Test", "2024-06-17", "2024-06-20",
    )  # fmt: skip
    assert row["location"] == "Jugendzeltplatz Almke, Volkmarsdorfer Straße 100, 38446 Wolfsburg"
    assert row["url"] == "https://ticket.pfadfinderei.de/lapfila/lapfila/"


def test_a_merged_schedules_entries_marked_for_deletion_are_no_records(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The c3voc merge of the 2022 year-end events: in the Warpzone's room four „bitte löschen“
    # entries share the slots of its talks. Before: 31 records for 27 events.
    rows = inspect_corpus_page(capsys, "frab-c3voc-jev22-schedule-2022-12")
    titles = [row["title"] for row in rows]
    assert len(rows) == 27 and "bitte löschen" not in titles
    nixos = next(row for row in rows if row["title"] == "Einfuehrung in NixOS")
    assert (nixos["start"], nixos["end"]) == (
        "2022-12-28T19:00:00+01:00",
        "2022-12-28T20:00:00+01:00",
    )
    assert "Warpzone" in nixos["location"]
    # „1:20“, an unpadded duration of another event's own export, is 80 minutes.
    bottles = next(row for row in rows if row["title"].startswith("Die wunderbare Welt"))
    assert bottles["end"] == "2022-12-28T18:20:00+01:00"


def test_a_talk_the_merge_imported_twice_into_one_slot_is_one_record(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The same merge as frab XML: the Freiraumforum's talk „Supporting Resilience with
    # Mindfulness“ twice in the Ruheraum at 10:00 (ids 5134 and 4638, one talk page); the
    # concert played at 15:00 and again at 16:30 is two. Before: 24 records for 23 events.
    rows = inspect_corpus_page(capsys, "frab-c3voc-jev22-everything-2022-12")
    assert len(rows) == 23
    calm = [row for row in rows if row["title"] == "Supporting Resilience with Mindfulness"]
    assert [(row["start"], row["location"]) for row in calm] == [
        ("2022-12-27T10:00:00+01:00", "Ruheraum - H1-2.1")
    ]
    concert = [row["start"][11:16] for row in rows if row["title"] == "Die Kunst des Verschwindens"]
    assert concert == ["15:00", "16:30"]
    # „13:20“: the craft room is open from 13:00 until 02:20 the next night.
    craft = next(row for row in rows if row["title"] == "Bastelstube Tag 1")
    assert craft["end"] == "2022-12-28T02:20:00+01:00"


def test_a_productions_dated_performances_are_named_by_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # An actress's site data: {"shows": {slug: {"title", "theater", "events": [{"date"}]}}}, the
    # performances without names of their own. Before: no record.
    rows = inspect_corpus_page(capsys, "json-shows-susanneuhl-termine-2026-01")
    assert len(rows) == 24
    falstaff = [(r["start"][:16], r["location"]) for r in rows if r["title"] == "Sankt Falstaff"]
    assert falstaff == [("2026-01-16T18:30", "Theater Bonn"), ("2026-02-06T18:30", "Theater Bonn")]


def test_a_tour_list_of_dated_lines_under_years(capsys: pytest.CaptureFixture[str]) -> None:
    # A band's tour as {"2018": ["05.10. Tübingen - Vorstadttheater 20:00", …], "2019": […]}.
    # Before: no record.
    rows = inspect_corpus_page(capsys, "json-sedaa-tourdaten-2018")
    assert len(rows) == 26
    first = rows[0]
    # Each line names where before what: the town is the place, the venue names the evening.
    assert (first["title"], first["start"][:16], first["location"]) == (
        "Vorstadttheater",
        "2018-10-05T20:00",
        "Tübingen",
    )
    seen = {(r["title"], r["start"][:16], r["location"]) for r in rows}
    assert ("Gleis 1", "2018-10-28T19:00", "Waldenburg") in seen
    assert ("Alte Kaserne", "2018-11-03", "Winterthur") in seen  # „Schweiz - Winterthur - …“
    assert ("Solingen", "2019-03-17", "Solingen") in seen


def test_an_associations_meetings_named_by_kind_in_concatenated_objects(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Beekeepers' associations' meetings: JSON objects one after another, "typ" and "verein"
    # their name, "adresse_vollständig" their place, one day „02-07-2026“. Before: no record.
    rows = inspect_corpus_page(capsys, "json-imkervereine-braunau-termine-2026-04")
    assert len(rows) == 17
    july = next(r for r in rows if r["start"].startswith("2026-07-02"))
    assert (july["title"], july["start"][:16], july["location"]) == (
        "Monatsversammlung (Schalchen/Mattighofen)", "2026-07-02T18:30", "Hauptstraße 9, 5231 Schalchen",
    )  # fmt: skip
    assert "Bezirksversammlung - Braunau (Bezirk Braunau)" in {r["title"] for r in rows}
