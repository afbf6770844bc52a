"""Held-out structured batch AS: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_sessionize_sessions_start_and_end_keys(capsys: pytest.CaptureFixture[str]) -> None:
    # Global Azure Austria 2024 in Sessionize's "all" view: "startsAt"/"endsAt", wall clocks
    # without zone. Before: no record.
    rows = inspect_corpus_page(capsys, "json-sessionize-globalazurelinz-sessions-2024-04")
    assert len(rows) == 15
    assert (rows[1]["title"], rows[1]["start"], rows[1]["end"]) == (
        "Hello KI - Die Welt der Embeddings und Neuronale Netzwerke",
        "2024-04-20T10:00:00+02:00",
        "2024-04-20T10:45:00+02:00",
    )


def test_sessions_keyed_by_their_ids(capsys: pytest.CaptureFixture[str]) -> None:
    # Vermont Code Camp 2018: a site script's object of sessions keyed by id. Before: no record.
    rows = inspect_corpus_page(capsys, "json-sessionize-vtcodecamp-sessions-2018-09")
    titles = {row["title"]: row["start"] for row in rows}
    assert titles["Semantic release"] == "2018-09-15T10:15:00+02:00"
    assert titles["Closing Remarks"] == "2018-09-15T17:15:00+02:00"


def test_a_speaker_profiles_days_at_midnight_utc(capsys: pytest.CaptureFixture[str]) -> None:
    # "eventStartDate"/"eventEndDate" at midnight UTC are days. Before: no record (and read as
    # moments, 01:00 or 02:00 in Berlin).
    rows = inspect_corpus_page(capsys, "json-sessionize-schons-speaker-events-2026")
    assert len(rows) == 15
    assert (rows[0]["title"], rows[0]["start"], rows[0]["end"]) == (
        "DevParaná Conference 2026",
        "2026-11-07",
        None,
    )
    assert (rows[1]["start"], rows[1]["end"], rows[1]["location"]) == (
        "2026-10-19",
        "2026-10-24",
        "Maringá, Brazil",
    )


def test_a_sessions_room_named_by_its_id(capsys: pytest.CaptureFixture[str]) -> None:
    # Global Azure Austria 2025: "roomId": 2, named in the answer's "rooms". Before: no place.
    rows = inspect_corpus_page(capsys, "json-sessionize-globalazurelinz-sessions-2025-05")
    assert len(rows) == 13
    assert (rows[0]["title"], rows[0]["location"]) == (
        "Central Network Management in Azure",
        "Saal 12",
    )
    assert {row["location"] for row in rows} == {"Saal 9", "Saal 12", "Saal 13"}


def test_a_code_camps_snack_break_is_no_record(capsys: pytest.CaptureFixture[str]) -> None:
    # Vermont Code Camp's service session „Break and Afternoon Snacks“ (its „Lunch“ was dropped
    # before); „Welcome“ stays. „Registration (& Coffee, Tea, Juice, Pastries)“ is the morning's
    # check-in named by its refreshments, a service slot like the snack break (38 records
    # before, precision 37/38); batch AQ's camp calendar keeps its bare „Registration“
    # afternoon (test_heldout_structured_batch_aq_causes).
    rows = inspect_corpus_page(capsys, "json-sessionize-vtcodecamp-sessions-2018-09")
    assert len(rows) == 37
    titles = {row["title"] for row in rows}
    assert "Welcome" in titles
    assert not any(t.startswith(("Break", "Lunch", "Registration")) for t in titles)
