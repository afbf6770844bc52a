"""Causes of misses left in older held-out date rounds, fixed in session 57 (LEFT36).

- „… ggf. nur in Block A [Sa 10:30-12:00 Uhr]“: a weekday and its hours alone in square brackets
  are read as in round brackets, in a text of any length (round 275):
  ``when_relative._BRACKET_WEEKDAY_CLOCK``.
- „Do, 13.10.2011 | 17:00 Aufbau | 19:00 Beginn | 21:00 – 22:00 Tutorial … | open end“: the
  programme's one cell that is only a clock and „Beginn“ starts the evening, not the set-up clock
  nor the first item's range (round 275): ``when_begin_cells``.
- „Ab Freitag, den 21.05.21, Außengastronomie ist … wieder gestattet. … Am 21. ab 18h werden
  wir … machen.“: what is allowed from a day on stays no offering's day, but a later sentence's
  own day with its clock is the offering's (round 276): ``when._told_after_the_rule``.
- „- 11.04.2025 - 17:00 - opening - 13.04.2025 - 23:59 - closing“: the start's label between its
  clock and the end's day hid the end (round 275): ``when_step_labels``.
- „Gruppe 1: Do. 11--13, D1.01 (UZA4) Hermann Schichl (Beginn: 22.03.2012)“: a weekday slot with
  its bracketed first day on that weekday is weekly from that day; read after its term, the first
  day stays (round 261, added in session 58 with round 286): ``when_course_slots``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read


def test_a_weekday_and_its_hours_in_square_brackets_in_a_long_text() -> None:
    found = parse_when(
        "Kurs für Kinder und Erwachsene (ab 10 Jahre, gern mit Eltern) in Gruppe B [Mi 16-18 Uhr]",
        today=date(2024, 3, 4),
    )
    assert found.start is not None and found.start.startswith("2024-03-06T16:00")
    assert found.end is not None and found.end.startswith("2024-03-06T18:00")


def test_a_programmes_begin_cell_starts_the_evening() -> None:
    found = parse_when(
        "Fr, 8.3.2024 | 18:00 Einlass und Aufbau | 19:30 Beginn | 20:00 – 21:00 Vortrag",
        today=date(2024, 3, 1),
    )
    assert found.start is not None and found.start.startswith("2024-03-08T19:30")
    assert found.end is None


def test_a_begin_cell_with_its_end_cell_keeps_both() -> None:
    found = parse_when("Fr, 8.3.2024 | Beginn: 19 Uhr | Ende 22 Uhr", today=date(2024, 3, 1))
    assert found.start is not None and found.start.startswith("2024-03-08T19:00")
    assert found.end is not None and found.end.startswith("2024-03-08T22:00")


def test_two_begin_cells_leave_the_programme_as_it_was() -> None:
    text = "Sa, 9.3.2024 | 10:00 Beginn | 14:00 Beginn | 15:00 – 16:00 Vortrag"
    found = parse_when(text, today=date(2024, 3, 1))
    assert found.start is not None and found.start.startswith("2024-03-09T15:00")


def test_a_later_sentences_day_and_clock_after_an_allowed_from_rule() -> None:
    found = parse_when(
        "Ab Samstag, den 12.06.21, ist das Grillen im Park wieder erlaubt. Deshalb feiern wir. "
        "Am Samstag, 12.6., ab 17 Uhr grillen wir gemeinsam.",
        today=date(2021, 6, 10),
    )
    assert found.start is not None and found.start.startswith("2021-06-12T17:00")


def test_an_allowed_from_rule_alone_stays_no_day() -> None:
    found = parse_when(
        "Ab Mittwoch, den 16.12.2020 ist die Nutzung der Arbeitsplätze nicht mehr gestattet. "
        "Bitte bleibt zu Hause.",
        today=date(2020, 12, 14),
    )
    assert found.start is None


def test_a_start_steps_label_between_its_clock_and_the_end() -> None:
    found = parse_when(
        "- 03.05.2024 - 18:00 - Start - 05.05.2024 - 14:00 - Ende", today=date(2024, 4, 1)
    )
    assert found.start is not None and found.start.startswith("2024-05-03T18:00")
    assert found.end is not None and found.end.startswith("2024-05-05T14:00")


def test_a_label_after_a_clock_before_no_day_stays() -> None:
    found = parse_when("03.05.2024 - 18:00 - Start - Vortrag", today=date(2024, 4, 1))
    assert found.start is not None and found.start.startswith("2024-05-03T18:00")
    assert found.end is None


def test_a_course_slot_with_its_first_day_is_weekly_and_moves_on_within_its_term() -> None:
    slot = "Übung Gruppe 2: Di. 14--16, Raum 3 (Beginn: 7.4.2026)"
    within = parse_when(slot, today=date(2026, 4, 20))
    assert within.recurrence == "FREQ=WEEKLY;BYDAY=TU"
    assert within.start is not None and within.start.startswith("2026-04-21T14:00")
    years_later = parse_when(slot, today=date(2027, 11, 2))
    assert years_later.recurrence == "FREQ=WEEKLY;BYDAY=TU"
    assert years_later.start is not None and years_later.start.startswith("2026-04-07T14:00")


def test_a_first_day_on_another_weekday_makes_no_slot() -> None:
    found = parse_when(
        "Übung Gruppe 2: Di. 14--16, Raum 3 (Beginn: 8.4.2026)", today=date(2026, 4, 1)
    )
    assert found.recurrence is None


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (275, "Löten Lernen für junge und nicht mehr ganz so junge Menschen"),
        (275, "Do, 13.10.2011 | 17:00 Aufbau | 19:00 Beginn"),
        (276, "Ab Freitag, den 21.05.21, Außengastronomie"),
        (275, "- 11.04.2025 - 17:00 - opening"),
        (261, "Gruppe 1: Do. 11--13"),
        (261, "Gruppe 3: Mi. 15:15--16:45"),
        (261, "Gruppe 1: Mo. 12.15-13.45"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
