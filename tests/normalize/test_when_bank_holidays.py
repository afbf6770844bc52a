"""The UK's bank holiday Monday named instead of its date (round 160's „on Bank Holiday Monday“)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_bank_holidays import with_bank_holiday_dated


@pytest.mark.parametrize(
    ("text", "today", "start"),
    [
        # the next one after late April: the early May bank holiday
        ("Just to let you know that the session will start at 7.30 am on Bank Holiday Monday "
         "rather than 6.30 am,", date(2017, 4, 28), "2017-05-01T07:30:00+02:00"),
        # after it, the spring one (the last Monday of May)
        ("We swim on Bank Holiday Monday as usual.", date(2017, 5, 2), "2017-05-29"),
        # before Easter, Easter Monday
        ("Sessions on Easter bank holiday Monday at 9am", date(2017, 1, 2),
         "2017-04-17T09:00:00+02:00"),
        # one named by its season: the last Monday of August
        ("The club BBQ is on the Summer Bank Holiday Monday.", date(2017, 4, 28), "2017-08-28"),
        # in September, next year's Easter Monday
        ("Bank Holiday Monday swim", date(2017, 9, 1), "2018-04-02"),
    ],
)  # fmt: skip
def test_bank_holiday_monday_is_the_next_one(text: str, today: date, start: str) -> None:
    assert parse_when(text, today=today, day_first=True).start == start


@pytest.mark.parametrize(
    "text",
    [
        "Bank Holiday Monday 28th August: no swim",  # its own date wins
        "Bank Holiday Monday, 28/8",
        "Open every day except bank holidays",  # no Monday named
    ],
)
def test_a_text_with_a_date_of_its_own_is_left_as_it_is(text: str) -> None:
    assert with_bank_holiday_dated(text, date(2017, 4, 28)) == text


def test_a_clock_is_no_date_of_its_own() -> None:
    assert with_bank_holiday_dated("at 7.30 am on Bank Holiday Monday", date(2017, 4, 28)) == (
        "at 7.30 am on Monday 1 May 2017"
    )
