"""Causes of misses left in older held-out date rounds, fixed in session 55.

- „Mo. 09:45-11:15 SR. 10 (OMP 1)“, „Fr. 9:45-11:15 Hs. 11 (OMP 1)“: a lecture list's row opening
  with a short weekday and its dot, then a span of hours with minutes and the room, is a weekly
  slot (round 261); „Sa. 10-12 Uhr Flohmarkt“ without the minutes stays one coming day:
  ``when_hours_rows``.
- „Studiengruppe IB 1 B | 1. Mi 15:15 Valentin Schaeidt“: a numbered item's short weekday and one
  clock in a cell, the tutor's name after it, is a weekly slot (round 255); „1. Sa 19:30 Uhr
  Konzert“ stays one coming day: ``when_hours_rows``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_hours_rows import hours_rows
from tests.normalize.test_heldout_dates import assert_heldout_read


def test_a_short_weekday_with_its_dot_before_hours_is_a_weekly_slot() -> None:
    found = parse_when("Di. 10:15-11:45 HS 3", today=date(2025, 9, 1))
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=TU"
    assert found.start is not None and found.start.startswith("2025-09-02T10:15")
    assert [row[0] for row in hours_rows("Di. 10:15-11:45 HS 3")] == [1]


def test_a_short_weekday_before_whole_hours_stays_one_day() -> None:
    found = parse_when("Sa. 10-12 Uhr Flohmarkt", today=date(2025, 1, 1))
    assert found.recurrence is None
    assert found.start is not None and found.start.startswith("2025-01-04T10:00")


def test_a_numbered_short_weekday_and_clock_before_a_name_is_a_weekly_slot() -> None:
    found = parse_when("Gruppe A | 1. Di 14:00 Anna Berg", today=date(2012, 12, 28))
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=TU"
    assert found.start is not None and found.start.startswith("2013-01-01T14:00")


def test_a_numbered_short_weekday_and_clock_before_uhr_stays_one_day() -> None:
    found = parse_when("Programm | 1. Sa 19:30 Uhr Konzert", today=date(2012, 12, 28))
    assert found.recurrence is None


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (261, "Mo. 09:45-11:15 SR. 10"),
        (261, "Fr. 9:45-11:15 Hs. 11"),
        (255, "Studiengruppe IB 1 B | 1. Mi"),
        (255, "Studiengruppe IB 1 B | 2. Fr"),
        (255, "Studiengruppe IB 1 C | 1. Do"),
        (255, "Studiengruppe IB 1 C | 2. Mi"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
