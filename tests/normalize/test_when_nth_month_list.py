"""The n-th weekday of several named months (round 142: a parish council meeting "on the 2nd
Wednesday of February, April, May, July, September, October and December")."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when_nth import nth_weekday
from netdir.normalize.when_nth_month_list import months_listed, next_listed

TEXT = "on the 2nd Wednesday of February, April, May, July, September, October and December at 7pm"


def test_the_months_after_the_first_one() -> None:
    after = TEXT.index("February") + len("February")
    listed = months_listed(TEXT, 2, after)
    assert listed is not None
    assert listed[0] == (2, 4, 5, 7, 9, 10, 12)
    assert TEXT[listed[1] :] == " at 7pm"


def test_two_months_are_no_list() -> None:
    text = "first Monday in March and April"
    assert months_listed(text, 3, text.index("March") + 5) is None


def test_the_next_day_in_a_listed_month() -> None:
    def second_wednesday(year: int, month: int) -> date | None:
        return nth_weekday(year, month, 2, 2)

    months = (2, 4, 5, 7, 9, 10, 12)
    assert next_listed(months, date(2015, 12, 2), second_wednesday) == date(2015, 12, 9)
    assert next_listed(months, date(2015, 12, 10), second_wednesday) == date(2016, 2, 10)
