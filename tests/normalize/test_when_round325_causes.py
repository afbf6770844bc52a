"""Causes found by held-out date rounds 325-327 (tests/normalize/date_strings_heldout_round325.yaml
to round327: a parish's posts, a parish's pages and newsletter, a village's posts).

- „Die Osternacht … Die Feier beginnt um 5 Uhr“: an Easter vigil held before dawn is on Easter
  Sunday, not on Holy Saturday's night (``when_feasts._before_dawn``).
- „der Weltgebetstag“: the World Day of Prayer, the first Friday of March (``when_feasts``).
- „von Christi-Himmelfahrt bis Sonntagabend“: the feast's two words joined by a hyphen
  (``when_feasts``).
- „an den beiden Weihnachtsfeiertagen“, „am 1. und 2. Weihnachtsfeiertag“: both Christmas
  holidays, one run of two days („1.“ had been read as 1 December); a holiday joined by „und“ to
  the day before it is one run with it, a relative clause on the first („…, der in diesem Jahr
  gleichzeitig Heiligabend ist, und …“) parting no run and the holiday it names being that day
  again (``when_feasts._BOTH_CHRISTMAS_DAYS``, ``when_feast_days.separate_feasts``,
  ``feast_gap``, ``_same_feast_day``, ``when_days``).
- „Die Kirchengemeinde beginnt die festliche Adventszeit … Um 10 Uhr …“: the start of Advent told
  as such is the first Sunday of Advent (``when_feasts._ADVENT_BEGINS``).
- „seit Anfang der Woche zum Ewigkeitssonntag“: a part of the week leading to a feast is no day
  of it (``when_feasts._NEXT_TO_FEAST``).
- „am letzten Augustwochenende und am letzten Sonntag im August“: a weekday of the weekend named
  first keeps the weekend (``when_nth``).
- „Morgen, am 1. August, tritt sie die Nachfolge von … an, die seit dem 1. Dezember … Pfarrerin
  … ist.“, „Sie tritt ihr Amt am 1. August an.“: an office or a succession taken up, the verb
  before or after the day, and a relative clause saying what someone is since a day, are no
  offering's days (``when_offices``, ``when_notices._STATE_SINCE``).
- „Letzte Aktualsierung: 26.04.2021“: a page's update stamp with a dropped letter
  (``when_roles``, ``when_record_days``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read


def _read(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return (found.start or "")[:16] or None, (found.end or "")[:16] or None


_HOLY_WEEK_2017 = date(2017, 4, 10)


def test_an_easter_vigil_before_dawn_is_on_easter_sunday() -> None:
    text = "Die Osternacht beginnt um 5 Uhr in der dunklen Kirche."
    assert _read(text, _HOLY_WEEK_2017) == ("2017-04-16T05:00", None)


def test_an_easter_vigil_at_night_stays_on_holy_saturday() -> None:
    text = "Die Osternacht beginnt um 21 Uhr am Osterfeuer."
    assert _read(text, _HOLY_WEEK_2017) == ("2017-04-15T21:00", None)


def test_the_world_day_of_prayer_is_the_first_friday_of_march() -> None:
    text = "Herzliche Einladung zum Weltgebetstag in die Kirche."
    assert _read(text, date(2024, 2, 10)) == ("2024-03-01", None)


def test_ascension_day_written_with_a_hyphen() -> None:
    text = "Das Dorffest dauert von Christi-Himmelfahrt bis Sonntagabend."
    assert _read(text, date(2017, 5, 1)) == ("2017-05-25", "2017-05-28")


@pytest.mark.parametrize(
    "text",
    [
        "Die Bücherei bleibt an den beiden Weihnachtsfeiertagen geschlossen.",
        "Gottesdienste am 1. und 2. Weihnachtsfeiertag",
    ],
)
def test_both_christmas_holidays_are_one_run(text: str) -> None:
    assert _read(text, date(2017, 12, 1)) == ("2017-12-25", "2017-12-26")


def test_a_holiday_on_the_day_after_another_joined_by_and_is_a_run() -> None:
    text = "Gottesdienste an Heiligabend und an den beiden Weihnachtsfeiertagen"
    assert _read(text, date(2017, 12, 1)) == ("2017-12-24", "2017-12-26")


def test_a_relative_clause_on_the_first_holiday_parts_no_run() -> None:
    text = (
        "Gottesdienste am vierten Sonntag im Advent, der in diesem Jahr Heiligabend ist, "
        "und an den beiden Weihnachtsfeiertagen"
    )
    assert _read(text, date(2017, 12, 1)) == ("2017-12-24", "2017-12-26")


def test_two_holidays_apart_joined_by_and_stay_two_days() -> None:
    assert _read("an Heiligabend und Silvester geschlossen", date(2017, 12, 1)) == (
        "2017-12-24",
        None,
    )


def test_the_start_of_advent_told_as_such_is_its_first_sunday() -> None:
    text = "Wir beginnen die Adventszeit mit einem Gottesdienst. Um 10 Uhr beginnt er."
    assert _read(text, date(2015, 11, 20)) == ("2015-11-29T10:00", None)


def test_a_part_of_the_week_before_a_feast_is_no_day_of_it() -> None:
    text = "Seit Anfang der Woche zum Ewigkeitssonntag brennt die Beleuchtung."
    assert _read(text, date(2015, 11, 27)) == (None, None)


def test_a_weekday_of_the_weekend_named_first_keeps_the_weekend() -> None:
    text = "am letzten Augustwochenende und am letzten Sonntag im August"
    assert _read(text, date(2009, 8, 16)) == ("2009-08-29", "2009-08-30")


@pytest.mark.parametrize(
    "text",
    [
        "Morgen, am 1. August, tritt sie die Nachfolge von Frau Müller an.",
        "Sie tritt ihr Amt am 1. August an.",
        "Sie leitet die Gruppe, die seit dem 1. Dezember Pfarrerin in Kassel ist.",
    ],
)
def test_an_office_taken_up_or_held_since_a_day_is_no_offering(text: str) -> None:
    assert _read(text, date(2011, 7, 31)) == (None, None)


def test_a_race_entered_on_a_day_keeps_it() -> None:
    assert _read("Am 1. August tritt sie auf der Bühne an.", date(2011, 7, 31)) == (
        "2011-08-01",
        None,
    )


def test_an_update_stamp_with_a_dropped_letter_is_no_day() -> None:
    assert _read("Letzte Aktualsierung: 26.04.2021", date(2021, 4, 27)) == (None, None)


@pytest.mark.parametrize(
    ("number", "opening"),
    [
        (325, "Zwölf Gottesdienste werden am vierten Sonntag im Advent"),
        (325, "Osternacht in der Stadtkirche"),
        (325, "Morgen, am 1. August"),
        (325, "So wird es auch am letzten Augustwochenende"),
        (325, "Die Kirchengemeinde beginnt die festliche Adventszeit"),
        (325, "Auch die Stadt Wolfhagen kann nicht abwarten"),
        (327, "Verehrte Mitbürgerinnen und Mitbürger, auch unser 13."),
        (327, "Letzte Aktualsierung"),
    ],
)
def test_the_real_strings(number: int, opening: str) -> None:
    assert_heldout_read(number, opening)
