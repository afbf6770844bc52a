"""English hours written into a meeting's name (extract.title_clocks)."""

from __future__ import annotations

import pytest

from netdir.extract.block_reading import BlockReading
from netdir.extract.title_clocks import name_and_clock, time_from_the_name


@pytest.mark.parametrize(
    ("title", "name", "clock"),
    [
        ("Regular Board Meeting (7 pm)", "Regular Board Meeting", "7 pm"),
        ("Special Emergency Board Meeting (11 am)", "Special Emergency Board Meeting", "11 am"),
        ("Special Meeting 5:30 p.m.", "Special Meeting", "5:30 p.m."),
        # a bracket holding the hour is a note on it and goes whole
        (
            "Regular Board Meeting (7 pm, immediately following Public Hearing)",
            "Regular Board Meeting",
            "7 pm",
        ),
        ("Regular Meeting 7 p.m. (Executive Session 6:30 p.m.)", "Regular Meeting", "7 p.m."),
        # the first hour starts the evening; the names of both parts stay
        (
            "Work Session 6 p.m. and Regular Meeting 7 p.m.",
            "Work Session and Regular Meeting",
            "6 p.m.",
        ),
        ("Team Meeting 10 a.m. - 11 a.m.", "Team Meeting", "10 a.m. - 11 a.m."),
        ("Book Club at 7pm", "Book Club", "7pm"),
        # a British dot between hour and minutes
        ("Parish Maintenance Committee 8.15 p.m.", "Parish Maintenance Committee", "8.15 p.m."),
    ],
)
def test_the_name_s_hour_is_taken_out(title: str, name: str, clock: str) -> None:
    assert name_and_clock(title) == (name, clock)


@pytest.mark.parametrize(
    "title",
    [
        "Division 7 Meeting",  # a number, not an hour
        "I am here",
        "Jam Session",
        "7 pm",  # nothing left to name it
    ],
)
def test_other_titles_keep_their_words(title: str) -> None:
    assert name_and_clock(title) is None


def test_the_hour_times_an_untimed_day() -> None:
    reading = BlockReading(title="Special Meeting 5 p.m.", date_text="November 11, 2018")
    reading.sources["date_text"] = "listing:div.date"
    time_from_the_name(reading)
    assert (reading.title, reading.date_text) == ("Special Meeting", "November 11, 2018, 5 p.m.")


def test_a_timed_day_leaves_the_title_as_it_is() -> None:
    reading = BlockReading(title="Storytime 10:30 am", date_text="May 5, 2026 10:30 am")
    time_from_the_name(reading)
    assert (reading.title, reading.date_text) == ("Storytime 10:30 am", "May 5, 2026 10:30 am")
