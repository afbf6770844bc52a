"""An event object's end told as its length after the start (duration_ends)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from netdir.extract.duration_ends import end_after, length_of, worded_length
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    ("value", "length"),
    [
        ("04:00:00", timedelta(hours=4)),
        ("01:30", timedelta(hours=1, minutes=30)),
        ("1.02:00:00", timedelta(days=1, hours=2)),
        ("02:00:00.0000000", timedelta(hours=2)),
        ("PT2H30M", timedelta(hours=2, minutes=30)),
        ("PT90M", timedelta(minutes=90)),
        ("P1DT4H", timedelta(days=1, hours=4)),
    ],
)
def test_a_timespan_or_an_iso_duration_is_a_length(value: str, length: timedelta) -> None:
    assert length_of(value) == length


@pytest.mark.parametrize(
    "value", [None, "", "00:00:00", "PT0M", "P", "P30D", "4 hours", 240, "18:30 Uhr"]
)
def test_anything_else_states_no_length(value: object) -> None:
    assert length_of(value) is None


@pytest.mark.parametrize(
    ("amount", "unit", "length"),
    [
        ("1,5", "Stunden", timedelta(minutes=90)),
        ("90", "min.", timedelta(minutes=90)),
        ("2", "hours", timedelta(hours=2)),
        ("1", "Std.", timedelta(hours=1)),
        ("45", "Minuten", timedelta(minutes=45)),
        ("0.25", "h", timedelta(minutes=15)),
    ],
)
def test_a_worded_length_counts_minutes_or_hours_by_its_unit(
    amount: str, unit: str, length: timedelta
) -> None:
    assert worded_length(amount, unit) == length


def test_the_end_is_the_length_after_a_start_with_its_clock() -> None:
    assert end_after("2025-01-21T18:30:00+01:00", "04:00:00") == "2025-01-21T22:30+01:00"
    assert end_after("2025-01-21T23:00:00+01:00", "PT2H") == "2025-01-22T01:00+01:00"
    assert end_after("2025-01-21", "04:00:00") is None  # a day alone: no clock to count from
    assert end_after("2025-01-21T18:30:00+01:00", None) is None


def test_the_dotnet_exports_meetup_ends_four_hours_after_it_starts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „"Start": "2025-01-21T18:30:00+01:00", … "Duration": "04:00:00"“: no end before.
    records = inspect_corpus_page(capsys, "json-toulousetechhub-events-2025-03")
    meetup = next(r for r in records if r["title"] == "Meet-up de Janvier")
    assert meetup["end"] == "2025-01-21T22:30:00+01:00"
    assert meetup["field_sources"]["end"] == "embedded_json:duration"
    assert sum(1 for r in records if r["end"]) == 1  # the others' "Duration": null
