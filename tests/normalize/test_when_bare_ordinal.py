"""when_bare_ordinal: „on the 16th“ without a month is the next such day from the reference on."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_bare_ordinal import with_coming_month


@pytest.mark.parametrize(
    ("text", "reference", "written"),
    [
        # this month's day, still to come
        ("travel to Droitwich on the 16th for the race", date(2012, 9, 5),
         "travel to Droitwich on 16 September 2012 for the race"),
        # already past this month: next month's
        ("a charity ball on the 28th, raising money", date(2015, 1, 29),
         "a charity ball on 28 February 2015, raising money"),
        # over the new year
        ("see you on the 3rd!", date(2024, 12, 20), "see you on 3 January 2025!"),
        # a month without that day: unread
        ("on the 31st", date(2025, 2, 10), "on the 31st"),
    ],
)  # fmt: skip
def test_a_bare_ordinal_is_written_with_its_coming_month(
    text: str, reference: date, written: str
) -> None:
    assert with_coming_month(text, reference) == written


@pytest.mark.parametrize(
    "text",
    [
        "Meets on the 2nd Tuesday of each month",  # a monthly rule
        "on the 1st and 3rd Mondays at 7pm",
        "Come to the office on the 3rd floor",
        "on the 25th anniversary of the club",
        "on the 4th of July",  # its month is named
        "Our AGM in March: on the 16th we vote",  # a month elsewhere: with_month_before's
    ],
)
def test_rules_counts_and_named_months_are_left_alone(text: str) -> None:
    assert with_coming_month(text, date(2024, 5, 10)) == text


def test_parse_when_reads_the_day_and_the_clock_after_it() -> None:
    found = parse_when(
        "organising a charity ball on the 28th. Starting at 7pm, there will be a welcome drink",
        today=date(2015, 1, 29),
        day_first=True,
    )
    assert (found.start, found.all_day) == ("2015-02-28T19:00:00+01:00", False)
