"""Causes found by held-out date rounds 251-253 (tests/normalize/date_strings_heldout_round251.yaml …253).

- „Ohne die Spieltagsverschiebung vom 07. Januar auf den 25. März wäre …“: a move named by its
  noun (alone or in a compound), the old day right after it, gives up that day for the new one:
  ``when_history`` (``_OLD_DATE_BEFORE``).
- „09.05.2026 ab 9:Uhr: Gemeinschaftsarbeit“: a clock's colon typed, its minutes left out:
  ``when_clean`` (``_EMPTY_MINUTES``).
- „Donnerstag |  | 18:30 - 20:00“: a table row's empty cell between a weekday and its hours:
  ``when_clean`` (``_EMPTY_CELL``).
- „Am 22.05.2026 (nachmittags) und am 23.05.2026 (vormittags) …“: a part of the day in brackets
  hid the „und“ joining two following days: ``when_clean`` (``_BRACKETED_DAY_PART``).
- „Am Samstag Nachmittag bekamen wir dann Besuch …“: a report's „bekamen“ is a verb in the past:
  ``when_grammar.PAST_TENSE``.
- „Kinderprogramm am Freitag, 08.11.14“ in October 2024: a year a figure off, set right by the
  weekday: ``when_typed_old_year.years_slipped``.
- „ab dem 01. Oktober (bis zum 31. März) gelten die folgenden Ruhezeiten:“, „Nur erlaubt von
  Oktober bis Februar“, „Brut- und Setzzeit vom 01.April bis 15.Juli beachten!“, „in der
  Wintersaison (01.10. bis 28.02.) zurückgeschnitten (verjüngt) werden müssen“: a rule's season or
  window is no offering: ``when_regulations.is_rule_period``.
- „Den Heckenschnitt an den Wegen bitte unbedingt bis zum 14.08.2026 erledigen.“, „Bis zum 02.08.2024
  Heckenschnitt … durchführen!“, „… müssen bis zum 20.05.2026 gesäubert sein.“, „Bitte meldet euch
  bzw. eure Kinder bis zum 25.11.2025 bei Julia“: a chore's or a sign-up's last day is a deadline:
  ``when_task_deadlines`` (asked by ``when_roles``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read

# --- a move named by its noun ----------------------------------------------------------------------


def test_a_moved_day_named_by_a_compound_noun_gives_the_new_day() -> None:
    text = (
        "Ohne die Spieltagsverschiebung vom 07. Januar auf den 25. März wäre es das letzte Spiel."
    )
    found = parse_when(text, today=date(2023, 2, 5))
    assert found.start == "2023-03-25"


def test_a_moved_day_named_by_the_bare_noun_gives_the_new_day() -> None:
    found = parse_when("Die Verschiebung vom 3. Mai auf den 10. Mai.", today=date(2023, 4, 1))
    assert found.start == "2023-05-10"


def test_a_day_beside_the_noun_without_a_move_from_it_keeps_its_day() -> None:
    # "Verschiebung" names no day given up when "vom" does not follow it
    found = parse_when("Die Verschiebung wurde am 3. Mai beschlossen.", today=date(2023, 4, 1))
    assert found.start == "2023-05-03"


# --- a clock without its minutes -------------------------------------------------------------------


def test_a_clock_with_its_colon_but_no_minutes_is_the_hour() -> None:
    found = parse_when("09.05.2026 ab 9:Uhr: Gemeinschaftsarbeit", today=date(2026, 3, 14))
    assert found.start is not None and found.start.startswith("2026-05-09T09:00")


def test_a_clock_word_after_a_colon_label_is_no_clock() -> None:
    # „Uhrzeit“ is no „Uhr“: the label's number stays a number
    found = parse_when("Runde 2: Uhrzeit folgt", today=date(2026, 3, 14))
    assert found.start is None


# --- an empty table cell ---------------------------------------------------------------------------


def test_an_empty_cell_between_a_weekday_and_its_hours_is_dropped() -> None:
    found = parse_when("Donnerstag |  | 18:30 - 20:00", today=date(2022, 11, 18))
    assert found.start is not None and found.start.startswith("2022-11-24T18:30")
    assert found.end is not None and found.end.startswith("2022-11-24T20:00")
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=TH"


# --- parts of the day in brackets ------------------------------------------------------------------


def test_two_following_days_with_their_parts_of_day_in_brackets_are_a_span() -> None:
    text = (
        "Am 22.05.2026 (nachmittags) und am 23.05.2026 (vormittags) muss der Split verteilt werden."
    )
    found = parse_when(text, today=date(2026, 5, 4))
    assert (found.start, found.end) == ("2026-05-22", "2026-05-23")


def test_a_bracketed_word_that_is_no_part_of_day_stays() -> None:
    found = parse_when("Am 22.05.2026 (Samstag) und am 30.05.2026", today=date(2026, 5, 4))
    assert found.start == "2026-05-22" and found.end is None


# --- „bekamen“ in a report -------------------------------------------------------------------------


def test_a_weekday_told_with_bekamen_is_the_one_gone() -> None:
    text = "Am Samstag Nachmittag bekamen wir dann Besuch von Nicole."
    found = parse_when(text, today=date(2023, 5, 31))
    assert found.start == "2023-05-27"


# --- a year a figure off ---------------------------------------------------------------------------


def test_a_two_figure_year_a_figure_off_is_set_right_by_its_weekday() -> None:
    found = parse_when("Kinderprogramm am Freitag, 08.11.14", today=date(2024, 10, 24))
    assert found.start == "2024-11-08"


def test_a_past_day_whose_weekday_slipped_keeps_its_year() -> None:
    # told in the past: a report of 2014, its weekday a slip
    found = parse_when("Am Freitag, 08.11.2014 fand das Fest statt.", today=date(2024, 10, 24))
    assert found.start == "2014-11-08"


def test_a_year_more_than_a_figure_off_is_not_moved() -> None:
    # 8 November 2013 and 2024 differ in two figures: no slip of one key
    found = parse_when("Kinderprogramm am Freitag, 08.11.2013", today=date(2024, 10, 24))
    assert found.start == "2013-11-08"


# --- a rule's season -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ab dem 01. Oktober (bis zum 31. März) gelten die folgenden Ruhezeiten:",
        "Seit dem 01.10.2024 gelten wieder die Ruhezeiten für die Herbst-Winter-Saison.",
        "Nur erlaubt von Oktober bis Februar",
        "Empfehlung: Brut- und Setzzeit vom 01.April bis 15.Juli beachten!",
        "Vom 1. März bis 30. September ist es verboten, Hecken radikal zu schneiden.",
        "diese Hecken müssen in der Wintersaison (01.10. bis 28.02.) zurückgeschnitten werden müssen.",
        "Hecken dürfen nur vom 1. Oktober bis 28. Februar geschnitten werden.",
    ],
)
def test_a_rules_season_is_no_day(text: str) -> None:
    assert parse_when(text, today=date(2025, 9, 1)).start is None


def test_what_can_be_done_over_a_period_keeps_its_days() -> None:
    # „kann … besucht werden“: an exhibition's run, no rule's window
    found = parse_when(
        "Die Ausstellung kann vom 3. bis 5. Oktober besucht werden.", today=date(2025, 9, 1)
    )
    assert (found.start, found.end) == ("2025-10-03", "2025-10-05")


def test_an_event_under_a_rule_keeps_its_day() -> None:
    found = parse_when("Für den Basar am 12.11. gilt die 2G-Regel.", today=date(2025, 9, 1))
    assert found.start == "2025-11-12"


# --- a chore's last day ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Den Heckenschnitt an den Wegen bitte unbedingt bis zum 14.08.2026 erledigen.",
        "Bis zum 02.08.2024 Heckenschnitt und Wegereinigung durchführen!",
        "Die Wege und die dazugehörigen Stichwege müssen bis zum 20.05.2026 gesäubert sein.",
        "Bitte meldet euch bzw. eure Kinder bis zum 25.11.2025 bei Julia",
        # the weekday abbreviated, as a homework's last day is told (``when_until``)
        "Den Heckenschnitt bitte bis Fr., den 14.08.2026 erledigen.",
    ],
)
def test_a_chores_or_a_sign_ups_last_day_is_a_deadline(text: str) -> None:
    found = parse_when(text, today=date(2024, 7, 18))
    assert found.start is None and found.end is None
    assert found.deadline is not None


def test_a_period_held_with_a_chores_verb_keeps_its_days() -> None:
    found = parse_when(
        "Wir werden vom 3. bis 5. Mai ein Zeltlager durchführen.", today=date(2025, 4, 1)
    )
    assert (found.start, found.end) == ("2025-05-03", "2025-05-05")


def test_a_period_between_abbreviated_weekdays_held_with_a_chores_verb_keeps_its_end() -> None:
    found = parse_when(
        "Wir werden von Mo. bis Fr. 8. Mai ein Zeltlager durchführen.", today=date(2026, 4, 1)
    )
    assert found.end == "2026-05-08" and found.deadline is None


def test_a_run_until_a_day_without_a_chore_keeps_its_end() -> None:
    found = parse_when("Die Ausstellung ist bis zum 5. Mai zu sehen.", today=date(2025, 4, 1))
    assert found.end == "2025-05-05" and found.deadline is None


# --- the real strings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (253, "Ohne die Spieltagsverschiebung"),
        (251, "09.05.2026 ab 9:Uhr"),
        (253, "Donnerstag |  |"),
        (251, "Am 22.05.2026 (nachmittags)"),
        (253, "Am Samstag Nachmittag bekamen"),
        (251, "Kinderprogramm am Freitag"),
        (251, "Nur erlaubt von Oktober"),
        (251, "Empfehlung: Brut- und Setzzeit"),
        (251, "Seit dem 01.10.2024 gelten"),
        (251, "ab dem 01. Oktober (bis zum 31. März)"),
        (251, "Bis zum 02.08.2024 Heckenschnitt"),
        (251, "Den Heckenschnitt an den Wegen"),
        (251, "Die Wege Lärchenweg"),
        (251, "Bitte meldet euch bzw. eure Kinder"),
        (251, "Das bedeutet, dass diese Hecken"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
