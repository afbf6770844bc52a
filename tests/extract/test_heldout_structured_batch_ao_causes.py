"""Held-out structured batch AO: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_german_keys_keep_their_clocks_apart_from_the_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Erzählkunst Bayern: "datum" with "zeit_von"/"zeit_bis" beside it. Before: the days only,
    # read as all-day dates.
    rows = inspect_corpus_page(capsys, "json-erzaehlkunstbayern-termine-2026-08")
    assert len(rows) == 12
    assert (rows[0]["title"], rows[0]["start"], rows[0]["end"]) == (
        "Der Montagsclub",
        "2026-09-28T19:00:00+02:00",
        "2026-09-28T21:00:00+02:00",
    )
    assert (rows[5]["start"], rows[5]["end"]) == ("2027-01-23", "2027-01-24")  # a weekend workshop


def test_a_day_and_its_month_apart_without_a_year(capsys: pytest.CaptureFixture[str]) -> None:
    # Friedenskirche Krefeld: "dateno": "12", "datemonth": "SEP", "time": "20:00 Uhr", no year.
    # Before: no record at all.
    rows = inspect_corpus_page(capsys, "json-friedenskirche-krefeld-veranstaltungen-2024-09")
    assert len(rows) == 13
    assert (rows[0]["title"], rows[0]["start"]) == (
        "Stefan Verhasselt Kabarett 6.0",
        "2024-09-12T20:00:00+02:00",
    )
    assert rows[-1]["start"] == "2024-11-23T16:00:00+01:00"


def test_a_calendar_nested_by_year_and_month_kept_with_a_trailing_comma(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # BSA Troop 86: years → months → {"day": "27-29", "event": …}, a comma before „]“, „No
    # Meeting“ rows. Before: not read (invalid JSON; no object holds a whole date).
    rows = inspect_corpus_page(capsys, "json-bsatroop86-calendar-2025-03")
    assert len(rows) == 49
    trip = next(row for row in rows if row["title"] == "Shooting Trip")
    assert (trip["start"], trip["end"]) == ("2024-09-27", "2024-09-29")
    assert rows[-1]["title"] == "Hunt Club (NJ)" and rows[-1]["start"] == "2025-03-28"
    assert not any(row["title"] == "No Meeting" for row in rows)


def test_slashed_days_in_the_order_the_document_agrees_on(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Sturgeon Creek Rowdies: "date": "05/11/2026" (US order; „05/25/2026“ says so). Before:
    # no record.
    rows = inspect_corpus_page(capsys, "json-sturgeoncreekrowdies-calendar-2026-05")
    assert len(rows) == 28
    assert [row["start"] for row in rows[:2]] == ["2026-05-11", "2026-05-25"]


def test_an_english_range_of_clocks_with_its_halves_of_the_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Cambridge AI Build Club (found after the batch's fixes): "time": "10 am–4 pm" beside
    # "date". Before: the fair read as a whole day.
    rows = inspect_corpus_page(capsys, "json-cambridgeaibuildclub-calendar-2026-10")
    assert len(rows) == 16
    assert (rows[-1]["start"], rows[-1]["end"]) == (
        "2026-10-07T10:00:00+02:00",
        "2026-10-07T16:00:00+02:00",
    )
