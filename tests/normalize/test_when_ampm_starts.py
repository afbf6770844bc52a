"""Several English start times of one day (normalize.when_ampm_starts, via when_lists)."""

from __future__ import annotations

import time

import pytest

from netdir.normalize.when_lists import occurrences


@pytest.mark.parametrize(
    ("text", "sessions"),
    [
        (
            "Wednesday, Jan. 21, 10:30 & 11:30 a.m.",
            ["Wednesday, Jan. 21, 10:30 a.m.", "Wednesday, Jan. 21, 11:30 a.m."],
        ),
        ("Sat, May 2, 10 a.m. & 2 p.m.", ["Sat, May 2, 10:00 a.m.", "Sat, May 2, 2:00 p.m."]),
        ("June 3, 2026, 1 & 3 pm", ["June 3, 2026, 1:00 p.m.", "June 3, 2026, 3:00 p.m."]),
        (
            "Dec 2 at 10am, 11am, and 1pm",
            ["Dec 2 at 10:00 a.m.", "Dec 2 at 11:00 a.m.", "Dec 2 at 1:00 p.m."],
        ),
    ],
)
def test_each_start_of_the_day_is_a_session(text: str, sessions: list[str]) -> None:
    assert occurrences(text) == sessions


@pytest.mark.parametrize(
    "text",
    [
        "Thursday, Jan. 22, 10:15 a.m.",  # one start
        "May 1, 10 & 11 a.m. - noon",  # the run opens a span
        "Jan 21, 10 am to 1 & 3 pm",  # the run closes a span
        "March 3, 2:00 & 1:00 pm",  # hours that do not rise
        "Jan 5, 2026 1:00 PM",  # the day's number and year are no hours
    ],
)
def test_other_texts_are_not_split(text: str) -> None:
    assert occurrences(text) is None


def test_a_long_run_of_numbers_is_read_quickly() -> None:
    started = time.perf_counter()
    occurrences("May 1, " + "1 & " * 5000 + "x")
    occurrences("May 1, " + "1, and " * 5000 + "pm")
    assert time.perf_counter() - started < 1.0
