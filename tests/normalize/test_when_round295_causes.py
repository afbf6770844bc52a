"""Causes found by held-out date rounds 295-297 (tests/normalize/date_strings_heldout_round295.yaml …).

- „Was? Wiederholung von Techniken Wann? Sonntag, 15:00 Uhr bis 17:00 Uhr Wo? Leipzig, …“: a label
  asking „Was?“ is no English past (``when_grammar.PAST_TENSE``); a weekday right after the label
  „Wann?“ names its day and clock however long the lines around it (``when_relative``).
- „Das heutige Treffen stand im Licht der Frage …“, „Im heutigen Treffen wurde … gesprochen“: a
  meeting named by its day (``when_relative``).
- „kamen vom 25. Bis zum 27. 11 im BonnLab zusammen“: a range's last day with a space before its
  month and no dot after it (``when_day_slips``).
- „Freitag, 29. November (ab 16 Uhr), bis Sonntag, 1. Dezember (bis ca. 15 Uhr)“: each day's clock
  in brackets, the first set off by a comma before „bis“ (``when_pairs``).
- „Die Beschreibung des INWT Modells habe ich am 16.08.2017 ergänzt.“: an editor's note under a
  post is a revision stamp (``when_record_days``).
- „Die Ausschreibung für dieses Projekt läuft noch bis Montag, den 25. Januar 2016.“: a call for
  applicants' last day, the weekday's „den“ before the day (``when_signup``).
- „Wenn am nächsten Sonntag Bundestagswahl wäre …“: a weekday in an unreal condition
  (``when_asked_days``).
- „Wann: 2021-11-13, and 2021-11-12“: two following ISO days joined by „and“, the second given
  first, are the period of both (``when_iso``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_asked_days import names_no_day_set
from netdir.normalize.when_grammar import PAST_TENSE
from netdir.normalize.when_iso import parse_iso
from netdir.normalize.when_record_days import is_record_day
from tests.normalize.test_heldout_dates import assert_heldout_read


def _start_end(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return found.start, found.end


# --- the labels „Was?“, „Wann?“, „Wo?“ ----------------------------------------------------------


def test_a_label_asking_was_is_no_english_past() -> None:
    assert PAST_TENSE.search("Was? Training Wann? Sonntag, 15 Uhr") is None
    assert PAST_TENSE.search("The meeting was held on Sunday.") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Was? Training Wann? Sonntag, 15:00 Uhr bis 17:00 Uhr Wo? Sporthalle",
        # longer than a weekday-and-clock line: the „Wann?“ label still names the day
        "Was? Wiederholung von Techniken Wann? Sonntag, 15:00 Uhr bis 17:00 Uhr Wo? Leipzig, Park",
    ],
)
def test_the_weekday_after_a_when_label(text: str) -> None:
    assert _start_end(text, date(2024, 4, 23)) == (
        "2024-04-28T15:00:00+02:00",
        "2024-04-28T17:00:00+02:00",
    )


def test_training_slots_in_real_pages() -> None:
    assert_heldout_read(297, "Was? Wiederholung von Techniken")


# --- a meeting named by its day --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Das heutige Treffen stand im Licht der Frage, wie es weitergeht.",
        "Im heutigen Treffen wurde über die Leitlinien gesprochen.",
        "Die heutige Sitzung fällt aus.",
    ],
)
def test_todays_meeting(text: str) -> None:
    assert _start_end(text, date(2022, 8, 17)) == ("2022-08-17", None)


def test_no_meeting_no_day() -> None:
    assert _start_end(
        "Das heutige Verständnis von Gottesdienst ist ein anderes.", date(2022, 8, 17)
    ) == (
        None,
        None,
    )


def test_todays_meetings_in_real_minutes() -> None:
    assert_heldout_read(296, "Das heutige Treffen")
    assert_heldout_read(296, "Im heutigen Treffen")


# --- a range's last day written „27. 11“ --------------------------------------------------------


def test_a_ranges_last_day_without_its_months_dot() -> None:
    text = "Die Gruppe kam vom 25. bis zum 27. 11 im Saal zusammen."
    assert _start_end(text, date(2016, 12, 4)) == ("2016-11-25", "2016-11-27")


def test_a_count_after_the_day_is_no_month() -> None:
    assert _start_end("vom 2. bis zum 4. 11 Teilnehmer", date(2016, 12, 4)) == (None, None)


def test_the_meetup_weekend_in_a_real_report() -> None:
    assert_heldout_read(295, "Das hat mal wieder unser Meet-Up-Wochenende")


# --- each day's clock in brackets or after a comma -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Freitag, 29. November (ab 16 Uhr), bis Sonntag, 1. Dezember (bis ca. 15 Uhr).",
        "Freitag, 29. November, 16 Uhr, bis Sonntag, 1. Dezember, 15 Uhr.",
    ],
)
def test_a_period_with_each_days_clock(text: str) -> None:
    assert _start_end(text, date(2019, 10, 20)) == (
        "2019-11-29T16:00:00+01:00",
        "2019-12-01T15:00:00+01:00",
    )


def test_the_meetup_period_in_a_real_page() -> None:
    assert_heldout_read(295, "Wann? Freitag, 29. November")


# --- an editor's note ------------------------------------------------------------------------------


def test_an_editors_note_is_a_stamp() -> None:
    assert is_record_day("Den Abschnitt zur Methode habe ich am 16.08.2017 ergänzt.")
    # a day the note names besides its own is the text's
    assert not is_record_day("Den Termin am 20.10.2017 habe ich am 16.08.2017 ergänzt.")
    # what „wir“ did on a day is no note about the text
    assert not is_record_day("Wir haben am 12.10.2017 den Zaun repariert.")


def test_editors_note_in_a_real_post() -> None:
    assert_heldout_read(295, "Die Beschreibung des INWT Modells")


# --- a call for applicants' last day ---------------------------------------------------------------


def test_a_call_for_applicants_runs_until_its_deadline() -> None:
    found = parse_when(
        "Die Ausschreibung für das Projekt läuft noch bis Montag, den 25. Januar 2016.",
        today=date(2016, 1, 20),
    )
    assert (found.start, found.end, found.deadline) == (None, None, "2016-01-25")
    # an exhibition's run keeps its end
    shown = parse_when(
        "Die Ausstellung läuft noch bis Montag, den 25. Januar 2016.", today=date(2016, 1, 20)
    )
    assert shown.end == "2016-01-25"


def test_a_call_for_applicants_in_a_real_newsletter() -> None:
    assert_heldout_read(295, "Die Ausschreibung für dieses Projekt")


# --- a weekday in an unreal condition --------------------------------------------------------------


def test_a_weekday_in_an_unreal_condition() -> None:
    assert names_no_day_set("Die Sonntagsfrage: Wenn am nächsten Sonntag Bundestagswahl wäre …")
    assert not names_no_day_set("Wenn am Sonntag schönes Wetter ist, grillen wir.")


def test_the_polls_question_in_a_real_post() -> None:
    assert_heldout_read(295, "Im Gegensatz zu Umfragen")


# --- two following ISO days, the second given first ----------------------------------------------


@pytest.mark.parametrize("text", ["2021-11-13, and 2021-11-12", "2021-11-13 und 2021-11-12"])
def test_two_following_iso_days_given_last_first(text: str) -> None:
    found = parse_iso(text)
    assert found is not None
    assert (found.start, found.end) == ("2021-11-12", "2021-11-13")


@pytest.mark.parametrize("text", ["2021-11-13 - 2021-11-12", "2021-11-15 and 2021-11-12"])
def test_no_period_backwards_otherwise(text: str) -> None:
    found = parse_iso(text)
    assert found is not None
    assert (found.start, found.end) == (text[:10], None)


def test_the_conference_days_in_a_real_page() -> None:
    assert_heldout_read(295, "Wann: 2021-11-13, and 2021-11-12")
