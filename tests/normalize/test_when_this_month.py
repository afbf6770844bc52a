"""„18th this month“: a day of the month of reading (when_this_month)."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when
from netdir.normalize.when_this_month import with_this_month


def test_a_day_of_this_month_takes_the_month_of_reading() -> None:
    assert with_this_month("18th this month", date(2013, 8, 17)) == "18 August 2013"
    assert with_this_month("2nd of this month, 8pm", date(2026, 2, 12)) == "2 February 2026, 8pm"
    assert parse_when("18th this month", today=date(2013, 8, 17)).start == "2013-08-18"


def test_a_day_the_month_lacks_or_another_text_stays() -> None:
    assert with_this_month("31st this month", date(2013, 9, 1)) == "31st this month"
    assert with_this_month("18th August", date(2013, 8, 17)) == "18th August"
    assert with_this_month("this month's meeting", date(2013, 8, 17)) == "this month's meeting"
