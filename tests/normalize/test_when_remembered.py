"""``parse_when`` remembers its answers: a remembered answer must still be the one for the same
text read on the same day, in the same year and order — never another day's."""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when


def test_the_same_yearless_day_read_on_two_days_lies_in_each_days_year() -> None:
    text = "14. März, 19 Uhr"
    assert parse_when(text, today=date(2026, 1, 10)).start == "2026-03-14T19:00:00+01:00"
    assert parse_when(text, today=date(2027, 1, 10)).start == "2027-03-14T19:00:00+01:00"
    assert parse_when(text, today=date(2026, 1, 10)).start == "2026-03-14T19:00:00+01:00"


def test_the_year_and_the_order_of_day_and_month_are_part_of_what_is_remembered() -> None:
    today = date(2023, 1, 1)
    assert parse_when("09/07/23", today=today, day_first=True).start == "2023-07-09"
    assert parse_when("09/07/23", today=today, day_first=False).start == "2023-09-07"
    assert parse_when("14. März", today=today, year=2021).start == "2021-03-14"
    assert parse_when("14. März", today=today).start == "2023-03-14"
