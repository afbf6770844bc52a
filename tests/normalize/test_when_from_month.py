"""„ab Oktober“: what starts in a month and goes on (date round 140: a leisure club's calendar row
„Kalender 2020 | ab Oktober | Schule/Stadthalle | Beginn Damen, Herrentraining“ read as no date;
„ab Oktober“ alone read as the whole month, 1–31 October)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_from_month import from_month_cell, month_start

OCTOBER = (date(2021, 10, 1), date(2021, 10, 31))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("ab Oktober", date(2021, 10, 1)),
        ("ab Mitte Oktober", date(2021, 10, 15)),
        ("from October", date(2021, 10, 1)),
    ],
)
def test_month_start(text: str, start: date) -> None:
    assert month_start(text, *OCTOBER) == start


def test_no_start_for_a_month_named_otherwise() -> None:
    assert month_start("Im Oktober findet das Fest statt", *OCTOBER) is None
    assert month_start("ab Oktober 5", *OCTOBER) is None  # a day of the month
    assert month_start("ab Oktober", date(2021, 10, 1), date(2021, 12, 31)) is None  # no one month


def test_from_month_cell() -> None:
    row = "Kalender 2020 | ab Oktober | Schule/Stadthalle | Beginn Damen, Herrentraining"
    assert from_month_cell(row) == "ab Oktober"
    assert from_month_cell("Kalender 2020 | ab Oktober 2020 | Halle") == "ab Oktober 2020"
    assert from_month_cell("Karten gibt es ab Oktober | Halle") is None  # not the cell's only words
    assert from_month_cell("ab Oktober") is None  # no row


@pytest.mark.parametrize(
    ("text", "today", "start"),
    [
        # Before: 2021-10-01 to 2021-10-31, the whole month.
        ("ab Oktober", date(2021, 6, 13), "2021-10-01"),
        ("Ab März 2027 bieten wir einen Kurs an", date(2026, 12, 3), "2027-03-01"),
        ("ab Mitte Oktober", date(2021, 6, 13), "2021-10-15"),
        # Before: no date (the row's month stood in a cell of its own).
        (
            "Kalender 2020 | ab Oktober | Schule/Stadthalle | Beginn Damen, Herrentraining",
            date(2021, 6, 13),
            "2020-10-01",
        ),
    ],
)
def test_parse_when_starts_then_and_names_no_end(text: str, today: date, start: str) -> None:
    found = parse_when(text, today=today)
    assert (found.start, found.end, found.all_day) == (start, None, True)


def test_a_weekly_rule_from_a_month_with_its_year() -> None:
    # Before: the next Tuesday after today (2026-12-08); the year after the month hid the month.
    found = parse_when("Der Kurs läuft ab März 2027 jeden Dienstag", today=date(2026, 12, 3))
    assert (found.start, found.recurrence) == ("2027-03-02", "FREQ=WEEKLY;BYDAY=TU")


def test_the_whole_month_without_ab() -> None:
    found = parse_when("Im Oktober 2021 findet das Fest statt", today=date(2021, 6, 13))
    assert (found.start, found.end) == ("2021-10-01", "2021-10-31")
