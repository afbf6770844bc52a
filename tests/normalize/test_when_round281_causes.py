"""Causes found by held-out date rounds 281-283 (tests/normalize/date_strings_heldout_round281.yaml …).

- „Frühjahrskurs 2022: freitags, 19:00-21:30 (6. Mai, 13. Mai, …, 1. Juli und Übungstag am
  Sonntag, dem 19. Juni, 15:00-19:00)“: the clock after another day named past a list is that
  day's; the list's days keep the hours said before them: ``when_lists``.
- „Bis zum Montag 5.8., 18:00 hier registrieren“: a deadline's clock after a comma before the
  sign-up verb: ``when_roles``.
- „hoffentlich im Sommer/Herbst 2021“: two seasons joined by a slash run from the first's start:
  ``when_periods``.
- „Mittwoch, 24.6., 16.00-20.00 und Donnerstag, 25.6., 16.00-20.00“: a dotted clock range between
  two following days is a clock (the days each with their hours are one span): ``when_pairs``.
- „am Montag den 21.07 zwischen 18 und 22 Uhr und Dienstag zwischen 17 Uhr 24 Uhr“: the next day
  named by its weekday alone, with its own hours, ends the span: ``when_next_weekday_hours``.
- „Freitag, 18.7., 11.30 und 15:30“: a dotted clock joined to a colon clock is the first start:
  ``when_times``.
- „Am Freitagfrüh geht es … los“: the morning glued to its weekday: ``when_relative``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read


def _read(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return (found.start[:16] if found.start else None), (found.end[:16] if found.end else None)


# --- a list's hours said before it ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "dienstags, 19:00-21:30 | 13.3., 20.3., 27.3. und 8.5. | und Samstag, 14.4., 10:00-14:00",
            "2018-03-13T19:00",
            "2018-03-13T21:30",
        ),
        (
            "freitags, 19:00-21:30 (6. Mai, 13. Mai, 20. Mai und Übungstag am Sonntag, dem 19. Juni, "
            "15:00-19:00)",
            "2018-05-06T19:00",
            "2018-05-06T21:30",
        ),
    ],
)
def test_a_lists_hours_said_before_it_beat_another_days_hours_after(
    text: str, start: str, end: str
) -> None:
    assert _read(text, date(2018, 1, 10)) == (start, end)


def test_a_clock_after_the_list_still_belongs_to_every_day() -> None:
    text = "6. Oktober, 3. November und 1. Dezember, jeweils 15-17 Uhr"
    assert _read(text, date(2018, 9, 1)) == ("2018-10-06T15:00", "2018-10-06T17:00")


# --- a deadline's clock after a comma ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bis zum Montag 5.8., 18:00 hier registrieren: Anmeldung",
        "Bis zum Donnerstag 19.7., 18:00 Uhr hier anmelden",
    ],
)
def test_a_deadline_with_its_clock_before_the_sign_up_verb_is_no_day(text: str) -> None:
    assert _read(text, date(2024, 4, 23)) == (None, None)


def test_a_day_with_its_clock_before_other_words_is_kept() -> None:
    assert _read("Am Montag 5.8., 18:00 Uhr Konzert", date(2024, 4, 23))[0] == "2024-08-05T18:00"


# --- seasons joined by a slash ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("hoffentlich im Sommer/Herbst 2021", "2021-06-01", "2021-11-30"),
        ("im Frühjahr/Sommer 2022", "2022-03-01", "2022-08-31"),
        ("im Herbst 2021", "2021-09-01", "2021-11-30"),
    ],
)
def test_seasons_joined_by_a_slash_run_from_the_first(text: str, start: str, end: str) -> None:
    assert _read(text, date(2021, 2, 10)) == (start, end)


# --- a dotted clock range between two following days ------------------------------------------------


def test_two_following_days_with_dotted_hours_are_one_span() -> None:
    text = "Mittwoch, 24.6., 16.00-20.00 und Donnerstag, 25.6., 16.00-20.00"
    assert _read(text, date(2026, 6, 18)) == ("2026-06-24T16:00", "2026-06-25T20:00")


def test_a_dotted_day_range_is_no_clock_between_days() -> None:
    text = "Am 10.12. und 11.12. findet der Markt statt"
    assert _read(text, date(2026, 11, 1)) == ("2026-12-10", "2026-12-11")


# --- the next day by its weekday, with its own hours ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "am Montag den 21.07 zwischen 18 und 22 Uhr und Dienstag zwischen 17 Uhr 24 Uhr",
        "am Montag, 21.7., von 18 bis 22 Uhr und am Dienstag von 17 bis 24 Uhr",
    ],
)
def test_the_next_weekday_with_its_own_hours_ends_the_span(text: str) -> None:
    assert _read(text, date(2025, 7, 16)) == ("2025-07-21T18:00", "2025-07-22T23:59")


@pytest.mark.parametrize(
    "text",
    [
        "am Montag, 21.7., 18-22 Uhr und Mittwoch 17-24 Uhr",
        "am Montag den 21.07 zwischen 18 und 22 Uhr und Dienstag um 17 Uhr",
    ],
)
def test_another_weekday_or_a_lone_clock_does_not_end_the_span(text: str) -> None:
    assert _read(text, date(2025, 7, 16)) == ("2025-07-21T18:00", "2025-07-21T22:00")


# --- a dotted clock joined to a colon clock ---------------------------------------------------------


def test_a_dotted_clock_before_a_colon_clock_is_the_first_start() -> None:
    assert _read("Freitag, 18.7., 11.30 und 15:30", date(2025, 7, 16)) == ("2025-07-18T11:30", None)


def test_a_colon_clock_alone_stays() -> None:
    assert _read("am 18.7.2025 um 15:30", date(2025, 7, 16)) == ("2025-07-18T15:30", None)


# --- the morning glued to its weekday ---------------------------------------------------------------


def test_a_weekday_with_frueh_glued_to_it_is_that_day() -> None:
    found = parse_when("Am Freitagfrüh geht es vom Blochplatz aus los.", today=date(2021, 7, 20))
    assert found.start == "2021-07-23"


# --- the real held-out strings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (282, "Frühjahrskurs 2022"),
        (282, "Frühjahr 2018 LANDSHUT"),
        (282, "Herbst 2018 LANDSHUT"),
        (282, "TERMINE UND KURSORT: | der nächste Kurs in Leipzig wird stattfinden, sobald"),
        (281, "Bis zum Montag 5.8."),
        (281, "Bis zum Mittwoch 17.7."),
        (281, "Bis zum Donnerstag 19.7."),
        (281, "Abholung: Sonntag, 28.6."),
        (281, "Für den Rücktransport muss das Gepäck"),
        (281, "Es kann dann vorraussichtlich am Montag"),
        (281, "4 gemeinsame, geführte Touren am Freitag 18.7."),
        (281, "Am Freitagfrüh"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
