"""A clock whose hour and minutes stand in inline elements of their own (real pages of
tests/realpages/: the Finalsite athletics tables' `<span class="fsHour"> 9</span>:<span
class="fsMinute">00</span> <span class="fsMeridian">AM</span>`, read as "9 : 00 AM")."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when

TODAY = date(2016, 12, 29)


def test_spaces_on_both_sides_of_the_colon_before_am_pm() -> None:
    found = parse_when("Dec 26 2016, 9 : 00 AM", today=TODAY)
    assert (found.start, found.all_day) == ("2016-12-26T09:00:00+01:00", False)
    assert parse_when("Jan 3 2017, 3 : 30 PM", today=TODAY).start == "2017-01-03T15:30:00+01:00"


def test_a_space_before_the_colon_only() -> None:
    assert parse_when("Jan 3 2017, 4 :00 pm", today=TODAY).start == "2017-01-03T16:00:00+01:00"


def test_a_score_is_no_clock() -> None:
    # without a.m./p.m. or Uhr after it, "2 : 1" stays what it is
    assert parse_when("Nov 5 2016, won 2 : 1", today=TODAY).start == "2016-11-05"
