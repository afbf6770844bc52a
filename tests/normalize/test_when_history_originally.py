"""when_history: a day an event was "originally" set for, then moved away from, is no longer its day
(round 158); "as originally planned" keeps it."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when


def test_a_day_moved_away_from_in_english_is_none() -> None:
    # "was originally": the guard for "as originally planned" no longer catches "w-as" (round 158)
    found = parse_when(
        "This event was originally announced for Dec. 16th but unfortunately had to be moved.",
        today=date(2025, 11, 6),
        day_first=False,
    )
    assert found.start is None
    kept = parse_when(
        "The fair takes place as originally planned on Dec. 16th.",
        today=date(2025, 11, 6),
        day_first=False,
    )
    assert kept.start == "2025-12-16"
