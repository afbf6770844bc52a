"""Causes found by held-out date rounds 257-259 (tests/normalize/date_strings_heldout_round257.yaml …259).

- „Montag | Basketball Jugend | 18.00 - 19.30 Uhr | Dr.-Kurt-Schumacher-Halle“, „Boule | Montag |
  17.30 - 19.30 Uhr | TV Gelände“, „Capoeira | Montag | 19.30 - 20.30 Uhr | TV 1888 …-Halle“: a
  table row with a weekday cell and a cell of hours from … to, a group's cell of any name before,
  between or after them, is a weekly slot: ``when_table_rows`` (asked by ``when_schedule_rows``).
- „Mittwoch 17:00 Uhr – 18:30 Uhr (Senioren)“, „Kinder 4-6 Jahre Mittwoch 16:00 – 17:00 Uhr“,
  „Schüler-/innen (9 – 12 Jahre) Donnerstag …“, „Trainingszeiten | Kinder (5 – 8 Jahre) Freitag
  …“, „Trainingszeiten | Sommer (April-Sept.) Freitag 18 Uhr“: a weekday with its slot beside the
  group it is kept for, or after the group or season under a label of training times, is a weekly
  slot: ``when_schedule_rows``.
- „Am 7./.8./9. November um 19:30 Uhr“: a stray dot after the slash between the days of a run is
  dropped: ``when_clean``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_clean import clean_date_text
from netdir.normalize.when_table_rows import table_row_weekday
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- a timetable's row: a weekday cell and a cell of hours ------------------------------------------


def test_a_row_with_a_group_cell_between_weekday_and_hours_is_a_weekly_slot() -> None:
    today = date(2023, 10, 19)  # a Thursday
    text = "Montag | Basketball Jugend | 18.00 - 19.30 Uhr | Sporthalle"
    assert wall_clock_when(text, today) == ("2023-10-23T18:00", "2023-10-23T19:30")
    assert parse_when(text, today=today).recurrence == "FREQ=WEEKLY;BYDAY=MO"


def test_a_row_with_any_group_name_before_the_weekday_is_a_weekly_slot() -> None:
    today = date(2023, 10, 19)
    for text in (
        "Boule | Montag | 17.30 - 19.30 Uhr | TV Gelände",
        "U12 | Mittwoch | 15:30-16:30 Uhr",
    ):
        assert parse_when(text, today=today).recurrence is not None, text
    found = parse_when("Einsteiger | Dienstag | 19.15 – 20.30 | Bürgerhaus", today=today)
    assert wall_clock_when("Einsteiger | Dienstag | 19.15 – 20.30 | Bürgerhaus", today) == (
        "2023-10-24T19:15",
        "2023-10-24T20:30",
    )
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=TU"


def test_a_dated_row_a_row_without_a_span_and_a_weekday_in_words_are_no_table_rows() -> None:
    assert table_row_weekday("Samstag | 14.06. | 10:00 - 16:00 | Sommerfest") is None
    assert table_row_weekday("Samstag | 19 Uhr | Konzert") is None
    assert table_row_weekday("Am Montag | Treffen der Gruppe | 18:00 - 19:00") is None
    assert table_row_weekday("Montag | Basketball | 18.00 - 19.30 Uhr") == (0, 0, 6)


# --- a weekday with the group its slot is kept for --------------------------------------------------


def test_a_weekday_with_a_groups_slot_is_a_weekly_slot() -> None:
    today = date(2025, 5, 10)  # a Saturday
    text = "Mittwoch 17:00 Uhr – 18:30 Uhr (Senioren)"
    assert wall_clock_when(text, today) == ("2025-05-14T17:00", "2025-05-14T18:30")
    assert parse_when(text, today=today).recurrence == "FREQ=WEEKLY;BYDAY=WE"
    for text in (
        "Kinder 4-6 Jahre Mittwoch 16:00 – 17:00 Uhr",
        "Schüler-/innen (9 – 12 Jahre) Donnerstag 17:00 – 18:00 Uhr",
        "Trainingszeiten | Kinder (5 – 8 Jahre) Freitag 16:30 – 17:30 Uhr",
        "Trainingszeiten | Im Sommerhalbjahr Dienstag 18:00 Uhr",
    ):
        assert parse_when(text, today=today).recurrence is not None, text


def test_a_word_that_opens_with_a_group_and_a_bare_day_stay_one_day() -> None:
    today = date(2025, 5, 10)
    assert parse_when("Kinderflohmarkt Samstag 10:00 - 14:00 Uhr", today=today).recurrence is None
    assert parse_when("Dienstag 16:30 bis 18:30 Uhr Bonnstraße 32", today=today).recurrence is None


# --- a stray dot in a run of days ------------------------------------------------------------------


def test_a_stray_dot_after_a_slash_between_days_is_dropped() -> None:
    today = date(2014, 11, 4)
    text = "Am 7./.8./9. November um 19:30 Uhr im Großen Saal."
    assert wall_clock_when(text, today) == ("2014-11-07T19:30", "2014-11-09")
    assert clean_date_text("am 7./.8./9. November") == "am 7./8./9. November"
    assert clean_date_text("1./2. und 3./.4.") == "1./2. und 3./4."


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (258, "Montag | Kinder/Jugend"),
        (258, "Montag | Erwachsene"),
        (258, "Donnerstag | "),
        (258, "Montag | Männer"),
        (258, "M\ufeffittwoch | Eltern"),
        (258, "Montag | Basketball"),
        (258, "Boule |"),
        (258, "Capoeira"),
        (258, "Frühaufsteher |"),
        (258, "A\ufefflle |"),
        (258, "\xa0Kinderturnen"),
        (258, "U12 |"),
        (258, "U14 |"),
        (258, "\ufeffGründungsgruppe |"),
        (258, "8\ufeff-12 J."),
        (258, "Purzelturnen"),
        (258, "R\ufeffope-Skipping"),
        (258, "H\ufeffobby/Leistung"),
        (258, "Hobby/Leistung"),
        (258, "S\ufeffpiele(kein Training)"),
        (258, "Jugendliche ab 12 Jahre"),
        (258, "Freizeitgruppe |"),
        (258, "Women Fitness"),
        (258, "Mittelstufe |"),
        (258, "Einsteiger/Mittelstufe"),
        (258, "Alle | Donnerstag"),
        (259, "Mittwoch 17:00 Uhr"),
        (259, "Freitag 20:00 Uhr"),
        (259, "Trainingszeiten | Kinder"),
        (259, "Kinder 6-8 Jahre"),
        (259, "Schüler-/innen"),
        (259, "Erwachsene (im Sommerhalbjahr"),
        (259, "Trainingszeiten | Im Sommerhalbjahr"),
        (259, "Trainingszeiten | Sommer (April-Sept.)"),
        (259, "Freitag 17:30 Uhr"),
        (257, "Die Zeit mit Simon | Am 7./.8./9."),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
