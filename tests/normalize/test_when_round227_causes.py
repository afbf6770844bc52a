"""Causes found by held-out date rounds 227-229 (tests/normalize/date_strings_heldout_round227.yaml …229).

- A clock whose minutes are glued after „Uhr“ („um 9Uhr30“) is that clock: ``when_clean``.
- „Am Ostersamstag“ is Holy Saturday, the day before Easter Sunday: ``when_feasts``.
- A weekday before a count no day can be and a noun („am Samstag 62 Motorradsportler um 12 Uhr“)
  is that weekday — the count is no date: ``when_relative``.
- A check-in on the event's day followed by the start's clock („Die Einschreibung beginnt am
  Sonntag ab 9 Uhr, Start ist um 10 Uhr“) is no sign-up opening (``when_sales``), and the start's
  clock, not the check-in's, is the event's (``when_times``).
- A yearless day told as upcoming („Für das anstehende Jahr … am 21. und 22. Oktober“, said in
  March) is the coming one, however far: ``when_told_past``; a day followed by „des vergangenen
  Jahres“ is last year's: ``when_days``.
- A month with a gerundive („der im Oktober auszutragenden Endläufe“) is the coming month:
  ``when_periods``.
- Two days each with its month joined by „und am“ („Am 29.09. und am 01.10.06“) are separate days
  unless they follow each other: ``when_days``.
- A weekly habit told in the past („eine Gruppe die sich regelmäßig am Freitag Abend traf“) is no
  rule: ``when_former_customs``.
- A day written as an ordinal word („am dritten Juli“) is that day: ``when_spoken_ordinal_days``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import heldout_cases, score
from tests.normalize.when_reading import wall_clock_when

# --- clocks -----------------------------------------------------------------------------------


def test_minutes_glued_after_uhr_are_the_clocks() -> None:
    assert wall_clock_when("Am Samstag, 4. Mai, um 9Uhr30 geht es los.", date(2024, 4, 1)) == (
        "2024-05-04T09:30",
        None,
    )
    assert (
        wall_clock_when("Treffen am 4. Mai um 18 Uhr30", date(2024, 4, 1))[0] == "2024-05-04T18:30"
    )


# --- feasts and weekdays ----------------------------------------------------------------------


def test_ostersamstag_is_holy_saturday() -> None:
    assert wall_clock_when("Am Ostersamstag findet das Eiersuchen statt.", date(2025, 4, 1)) == (
        "2025-04-19",
        None,
    )


def test_a_weekday_before_a_count_no_day_can_be_is_the_weekday() -> None:
    text = "Am Samstag wurden 62 Fahrer um 12 Uhr gestartet."
    assert wall_clock_when(text, date(2009, 10, 17)) == ("2009-10-10T12:00", None)
    assert wall_clock_when("am Samstag 62 Motorradsportler um 12 Uhr", date(2009, 10, 14)) == (
        "2009-10-17T12:00",
        None,
    )


def test_a_weekday_before_a_day_number_stays_that_dates() -> None:
    assert wall_clock_when("am Samstag 24. Oktober", date(2009, 10, 14)) == ("2009-10-24", None)


# --- check-in and start -----------------------------------------------------------------------


def test_a_check_in_then_the_start_names_the_start() -> None:
    text = "Die Einschreibung beginnt am Sonntag ab 9 Uhr, Start ist um 10 Uhr."
    assert wall_clock_when(text, date(2011, 9, 14)) == ("2011-09-18T10:00", None)


def test_when_enrolment_opens_is_still_no_event() -> None:
    found = parse_when("Die Einschreibung beginnt am Montag, 3. März.", today=date(2019, 2, 1))
    assert found.start is None
    assert found.deadline == "2019-03-03"


# --- years ------------------------------------------------------------------------------------


def test_an_upcoming_day_months_ahead_is_the_coming_one() -> None:
    text = "Für das anstehende Jahr, mit den Endläufen am 21. und 22. Oktober, wünscht er Gelingen."
    assert wall_clock_when(text, date(2017, 3, 5)) == ("2017-10-21", "2017-10-22")


def test_a_day_of_last_year_is_last_years() -> None:
    text = "Die Saison konnte erst am 7.Mai des vergangenen Jahres gestartet werden."
    assert wall_clock_when(text, date(2022, 3, 4)) == ("2021-05-07", None)
    assert wall_clock_when("am 12. Oktober des Vorjahres", date(2022, 11, 4)) == (
        "2021-10-12",
        None,
    )


def test_a_gerundive_names_the_coming_month() -> None:
    text = "Die im Oktober auszutragenden Endläufe sind gut vorbereitet."
    assert wall_clock_when(text, date(2017, 3, 5)) == ("2017-10-01", "2017-10-31")


# --- days joined by „und am“ ------------------------------------------------------------------


def test_days_apart_joined_by_und_am_are_separate() -> None:
    assert wall_clock_when(
        "Am 29.09. und am 01.10.06 fanden die Läufe statt.", date(2006, 10, 4)
    ) == (
        "2006-09-29",
        None,
    )


def test_following_days_joined_by_und_am_are_a_period() -> None:
    assert wall_clock_when(
        "Am 30.09. und am 01.10. fanden die Läufe statt.", date(2006, 10, 4)
    ) == (
        "2006-09-30",
        "2006-10-01",
    )


# --- habits -----------------------------------------------------------------------------------


def test_a_past_weekly_habit_is_no_rule() -> None:
    text = "So bildete sich eine Gruppe die sich regelmäßig am Freitag Abend traf."
    found = parse_when(text, today=date(2005, 11, 23))
    assert found.start is None and found.recurrence is None


def test_a_present_weekly_habit_stays_a_rule() -> None:
    found = parse_when(
        "Die Gruppe trifft sich regelmäßig am Freitag Abend.", today=date(2005, 11, 23)
    )
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=FR"


# --- ordinal words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Turnier ist am dritten Juli.", "2022-07-03"),
        ("Wir feiern am einundzwanzigsten Mai.", "2022-05-21"),
        ("Zum ersten Mai gibt es ein Fest.", "2022-05-01"),
    ],
)
def test_a_day_as_an_ordinal_word_is_that_day(text: str, expected: str) -> None:
    assert wall_clock_when(text, date(2022, 3, 4)) == (expected, None)


def test_an_ordinal_word_before_a_months_compound_is_no_day() -> None:
    assert wall_clock_when("In den ersten Juli-Tagen ist es heiß.", date(2022, 3, 4)) == (
        None,
        None,
    )


# --- the real strings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (227, "Am Samstag Morgen um 9Uhr30"),
        (227, "Am Ostersamstag war ich"),
        (227, "Am 29.09. und am 01.10.06"),
        (227, "Einige gingen wieder"),
        (228, "Bei besten Trial-Wetter,warm und trocken"),
        (228, "Die Einschreibung beginnt am Sonntag ab 9 Uhr"),
        (229, "Die Einschreibung beginnt am Sonntag um 8:30 Uhr"),
        (229, "Für das anstehende Jahr"),
        (229, "Mit der anstehenden Erweiterung"),
        (229, "Bedingt durch die Pandemie"),
        (229, "Den Anfang machten"),
    ],
)
def test_the_real_strings(round_number: int, opening: str) -> None:
    cases = heldout_cases(round_number, (opening,))
    assert cases, opening
    for case in cases:
        assert score(case)[0], case.text
