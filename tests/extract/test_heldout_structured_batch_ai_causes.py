"""Held-out structured batch AI: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_calendars_pasted_into_one_file_are_read_as_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A volunteer's duty plan for Life Church Hameln: two calendars pasted into one file, the
    # first (Kids Church) never closed, the second (Pray First) beginning inside it. Before:
    # the whole body refused („Found no components where exactly one is required“), 0 of 10.
    rows = inspect_corpus_page(capsys, "ical-lifechurch-hameln-dienstplan-2026-01")
    starts = [(r["title"], r["start"]) for r in rows]
    assert ("Kids. Church", "2026-01-04T09:30:00+01:00") in starts
    assert ("Kids. Church", "2026-04-05T09:30:00+02:00") in starts
    assert ("Pray First (Sound)", "2026-01-19T17:00:00+01:00") in starts
    assert len(rows) == 10


def test_a_run_shown_by_its_opening_and_closing_entries_is_one_event(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The festival calendar around Dreieich shows the Kunsttage (16 Apr – 3 May), the
    # Musiktage and the Burgfestspiele by an entry „▼ —>…“ on the opening days and an entry
    # „▼ <—…“ on the closing days. Before: the three closing entries were events of their own.
    rows = inspect_corpus_page(capsys, "ical-dreieich-veranstaltungen-2026-04")
    runs = [r for r in rows if "Kunsttage" in r["title"] or "Burgfestspiele" in r["title"]]
    assert [(r["start"], r["end"]) for r in runs] == [
        ("2026-04-16", "2026-05-03"),
        ("2026-06-24", "2026-08-09"),
    ]
    assert not any("<—" in r["title"] for r in rows)
