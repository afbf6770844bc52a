"""An ordinal before "weekly" counts one meeting of a series, no rule (``series_instance``)."""

from __future__ import annotations

from datetime import date

from netdir.normalize.series_instance import counts_an_instance
from netdir.normalize.when import parse_when

TODAY = date(2020, 6, 27)


def test_an_ordinal_before_weekly_counts_an_instance() -> None:
    text = "The fifth weekly Garden of Chaos tournament"
    assert counts_an_instance(text, text.index("weekly"))
    text = "our 33rd weekly meetup"
    assert counts_an_instance(text, text.index("weekly"))
    text = "Our weekly meetup"
    assert not counts_an_instance(text, text.index("weekly"))


def test_the_dated_meeting_of_a_weekly_series_is_that_day_not_the_next_weekday() -> None:
    found = parse_when(
        "The fifth weekly Garden of Chaos tournament, in the Oops, All Vals! style! To be held on"
        " Thursday the 25th of June 2020 at 20:00 UTC / 21:00 BST",
        today=TODAY,
    )
    assert found.start is not None and found.start.startswith("2020-06-25T20:00")
    assert found.recurrence is None


def test_weekly_without_an_ordinal_stays_a_rule() -> None:
    found = parse_when("Our weekly meetup on Thursdays at 19:00", today=TODAY)
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=TH"
