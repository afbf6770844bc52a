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
