"""Causes found by held-out date rounds 239-241 (tests/normalize/date_strings_heldout_round239.yaml …241).

- „Refresher Woche | 14.04.2025 | 17.04.2025 | Flugwoche zum Saisonstart“: a table row's from and
  to cells side by side are one period, no list of two days: ``when_cell_span``.
- „Tage der offenen Tür | 10./11.05“, „Warthe- Marathon | 28.05-01.06“: days written without the
  month's closing dot: ``when_period_dot``.
- „Freitag ging es über den Teltowkanal …“ in a Monday's report, „Samstag und Sonntag waren …“ on
  the Sunday: a sentence opening with a bare weekday, its verb in the past: ``when_opening_weekday_past``.
- „Am Samstag, 06. Juni 2026, 09:00 Uhr startet unser … Trainingswochenende …, das am Sonntag, 07.
  Juni 2026, ca. 14:00 Uhr endet.“: a start in the main clause, the end in the relative clause:
  ``when_verb_final_ends``.
- „Und morgen soll es dann … nach Oskarshamn gehen.“, „… soll es auch wirklich morgen losgehen.“:
  tomorrow's plan inside a sentence: ``when_relative``.
- „FI-Refresher | 27. oder 28.09.2025“: two alternative days, the first read: ``when_days``,
  ``when_pairs``.
- „Oh, wir hatten uns erst für den 27. April in Kaliningrad angemeldet.“ on 26 April: a day booked
  for, told in the pluperfect, may lie ahead: ``when_told_past``.
- „Am Sonntag wollten wir dann noch unseren Pokal … abholen.“ in a Monday's report: a plan told in
  the past names the Sunday before: ``when_relative``.
- „Täglich startet jeder Schüler durchschnittlich 4-5 Mal.“, „Die Kurse laufen in den zwei Wochen von
  montags bis freitags.“: a count of times and weekdays in undated weeks are no schedule:
  ``when_rule_counts``.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- a table row's from and to cells ---------------------------------------------------------------


def test_a_rows_from_and_to_cells_are_one_period() -> None:
    text = "Refresher Woche | 14.04.2025 | 17.04.2025 | Flugwoche zum Saisonstart"
    assert wall_clock_when(text, date(2025, 4, 11)) == ("2025-04-14", "2025-04-17")
    text = "Sommerkurs | 10.08.20 | 21.08.20 | Akaflieg-Anfängerkurs"
    assert wall_clock_when(text, date(2020, 8, 17)) == ("2020-08-10", "2020-08-21")


def test_an_expected_mark_before_the_from_cell_keeps_the_period() -> None:
    text = "Fortgeschrittenenwoche | vsl. 22.07.24 | 26.07.24 | Fluglager"
    assert wall_clock_when(text, date(2023, 11, 26)) == ("2024-07-22", "2024-07-26")


def test_cells_far_apart_or_with_words_stay_separate_days() -> None:
    # two dates a year apart side by side are no camp's days; a cell with a note is an entry
    assert wall_clock_when(
        "Start | 01.03.2025 | 01.03.2026 | Zwei Jahrgänge", date(2025, 1, 1)
    ) == (
        "2025-03-01",
        None,
    )
    assert wall_clock_when(
        "Treffen | 01.03.2025 (Gruppe A) | 08.03.2025 | Halle", date(2025, 1, 1)
    ) == (
        "2025-03-01",
        None,
    )


# --- days without the month's closing dot ---------------------------------------------------------


def test_a_pairs_second_day_without_its_closing_dot() -> None:
    assert wall_clock_when("Tage der offenen Tür | 10./11.05", date(2025, 1, 1)) == (
        "2025-05-10",
        "2025-05-11",
    )


def test_an_undotted_period_whose_first_day_is_no_clock() -> None:
    assert wall_clock_when("Warthe- Marathon | 28.05-01.06", date(2025, 1, 1)) == (
        "2025-05-28",
        "2025-06-01",
    )
    # a clock range keeps its hours: no day read from "10.30-12.00"
    assert wall_clock_when("Probe 10.30-12.00", date(2025, 1, 1)) == (None, None)


# --- a sentence opening with a bare weekday told in the past ---------------------------------------


def test_an_opening_weekday_with_a_past_verb_is_the_last_one() -> None:
    text = "Freitag ging es über den Teltowkanal zur RG Wiking in Neukölln."
    assert wall_clock_when(text, date(2025, 9, 15)) == ("2025-09-12", None)  # a Monday's report


def test_two_opening_weekdays_told_on_the_second() -> None:
    text = "Samstag und Sonntag waren pausenlos 4-5 Boote im Einsatz."
    assert wall_clock_when(text, date(2025, 5, 11)) == (
        "2025-05-10",
        "2025-05-11",
    )  # written on the Sunday


def test_an_opening_weekday_in_the_present_is_not_read_back() -> None:
    # „Sonntag ist Ruhetag“: a standing closing day stays no day
    assert wall_clock_when("Sonntag ist Ruhetag.", date(2025, 9, 15)) == (None, None)


# --- a start in the main clause, its end in the relative clause ------------------------------------


def test_a_relative_clauses_end_with_its_clock() -> None:
    text = (
        "Am Samstag, 06. Juni 2026, 09:00 Uhr startet unser Trainingswochenende, das am Sonntag, "
        "07. Juni 2026, ca. 14:00 Uhr endet."
    )
    assert wall_clock_when(text, date(2025, 12, 1)) == ("2026-06-06T09:00", "2026-06-07T14:00")


def test_a_relative_clauses_end_without_clocks() -> None:
    text = "Am Samstag, 06. Juni 2026 startet unser Trainingswochenende, das am Sonntag, 07. Juni 2026 endet."
    assert wall_clock_when(text, date(2025, 12, 1)) == ("2026-06-06", "2026-06-07")


# --- tomorrow's plan inside a sentence -------------------------------------------------------------


def test_tomorrows_plan_with_soll() -> None:
    text = "Und morgen soll es dann in aller Frühe nach Oskarshamn gehen."
    assert wall_clock_when(text, date(2012, 9, 5)) == ("2012-09-06", None)


def test_tomorrow_before_a_verb_of_setting_off() -> None:
    assert wall_clock_when(
        "Und dann soll es auch wirklich morgen losgehen.", date(2012, 4, 26)
    ) == (
        "2012-04-27",
        None,
    )
    # a hope for tomorrow's weather names no event
    assert wall_clock_when(
        "Hoffen wir einfach, dass morgen ein wenig mehr Wind kommt.", date(2012, 4, 12)
    ) == (
        None,
        None,
    )


# --- a day booked for, a plan told in the past -----------------------------------------------------


def test_a_day_booked_for_in_the_pluperfect_lies_ahead() -> None:
    text = "Oh, wir hatten uns erst für den 27. April in Kaliningrad angemeldet."
    assert wall_clock_when(text, date(2012, 4, 26)) == ("2012-04-27", None)
    # a day weeks ahead told in the first person's past, no booking: the one gone by (round 233)
    text = "Wir hatten am 27. April eine tolle Fahrt nach Kiel."
    assert wall_clock_when(text, date(2012, 4, 26)) == ("2011-04-27", None)


def test_a_plan_told_in_the_past_names_the_weekday_before() -> None:
    text = "Am Sonntag wollten wir dann noch unseren Pokal beim Festakt abholen."
    assert wall_clock_when(text, date(2025, 9, 15)) == ("2025-09-14", None)  # a Monday's report


# --- two alternative days --------------------------------------------------------------------------


def test_two_alternative_days_give_the_first() -> None:
    assert wall_clock_when(
        "FI-Refresher | 27. oder 28.09.2025 | Ziegenhain", date(2025, 4, 11)
    ) == (
        "2025-09-27",
        None,
    )
    assert wall_clock_when("am 27. und 28.09.2025", date(2025, 4, 11)) == (
        "2025-09-27",
        "2025-09-28",
    )


# --- rules that make no schedule -------------------------------------------------------------------


def test_a_count_of_times_a_day_is_no_daily_rule() -> None:
    assert wall_clock_when(
        "Täglich startet jeder Schüler durchschnittlich 4-5 Mal.", date(2026, 1, 15)
    ) == (
        None,
        None,
    )
    # with a clock it is a schedule
    assert wall_clock_when("täglich 2 mal um 10 Uhr", date(2026, 1, 15)) == (
        "2026-01-15T10:00",
        None,
    )


def test_weekdays_within_undated_weeks_are_no_weekly_rule() -> None:
    text = "Die Kurse laufen in den zwei Wochen von montags bis freitags."
    assert wall_clock_when(text, date(2026, 1, 15)) == (None, None)
    assert wall_clock_when("alle zwei Wochen mittwochs um 19 Uhr", date(2026, 1, 15)) == (
        "2026-01-21T19:00",
        None,
    )


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (239, "Tage der offenen Tür | 10./11.05"),
        (239, "Warthe- Marathon"),
        (239, "Freitag ging es"),
        (239, "Samstag und Sonntag waren"),
        (239, "Sonntag ging es wieder"),
        (239, "Am Samstag, 06. Juni 2026"),
        (239, "Am Sonntag wollten wir"),
        (240, "Oh, wir hatten uns erst"),
        (240, "Und morgen soll es"),
        (240, "Und dann soll es auch wirklich"),
        (241, "Refresher Woche"),
        (241, "Wetzlarer Woche"),
        (241, "Sommerkurs | "),
        (241, "Theory Retreat"),
        (241, "Akaflieg Frankfurt Wave Research Camp"),
        (241, "Fortgeschrittenenwoche | vsl. 22.07.24"),
        (241, "JVF | "),
        (241, "FI-Refresher"),
        (241, "Täglich startet"),
        (241, "Die Kurse laufen"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
