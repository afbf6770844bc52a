"""Causes found by held-out date rounds 304-306 (tests/normalize/date_strings_heldout_round304.yaml …).

- „Stand zum Zeitpunkt der Kommunalwahl (Frühjahr 2026)“, „Stand | Frühjahr 2026“, „Stand: vor der
  Kommunalwahl März 2026.“: a status stamp may name a season, the occasion it was taken at, and
  stand in a fact table's row (``when_record_days``).
- „Im Mai 2024 stellte die Bürgerinitiative das Konzept … vor. Es sieht folgende Angebote vor:“:
  a sentence of history may close with the colon leading into a list (``when_history_months``).
- „… wurden vor der Wahl im März 2026 abgeschlossen.“, „Diese Seite ist nur im Mai 2026
  verfügbar.“, „Im November 2021 möchten wir uns … bedanken“: a month beside no event held in it
  (``when_month_asides``).
- „Bei Eingang bis 19. Dezember garantieren wir die Zustellung … bis zum 24. Dezember“: a receipt's
  and a delivery's last days (``when_requests_by``); „… von einer Jury bis zum 6. Dezember … ausgewählt.“
  (round 302): who is chosen by a day (``when_roles``) — deadlines, no run's end.
- Round 311: „sind wir zwischen 12 und 16 Jahre alt: Wir treffen uns … zwischen 18:30 und 20:00 Uhr“:
  the first „zwischen … und …“ may be ages, the rule's hours come later (``when_times``); „alle
  14-Tage samstags“ is every other week (``when_recurrence``); „freitags … (und machmal samstags)“:
  an occasional extra day in brackets is no day of the rule (new ``when_occasional_days``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_occasional_days import without_occasional_weekdays
from tests.normalize.test_heldout_dates import assert_heldout_read

_TODAY = date(2026, 3, 1)


def _start_end(text: str, today: date = _TODAY) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return found.start, found.end


@pytest.mark.parametrize(
    "text",
    [
        "Stand: Frühjahr 2026",
        "Stand | Herbst 2025",
        "(Stand: Sommer 2025)",
        "Stand zum Zeitpunkt der Wahl (Frühjahr 2026)",
        "Stand: vor der Wahl März 2026. Wird aktualisiert, sobald neue Zahlen vorliegen.",
        "Stand nach der Sitzung im Februar 2026",
    ],
)
def test_a_status_stamp_of_a_season_or_an_occasion_names_no_period(text: str) -> None:
    assert _start_end(text) == (None, None)


def test_a_season_beside_a_stamp_elsewhere_still_counts() -> None:
    start, end = _start_end("Das Sommerfest findet im Sommer 2026 statt, Stand Frühjahr 2026.")
    assert (start, end) == ("2026-06-01", "2026-08-31")


def test_a_history_sentence_may_lead_into_a_list() -> None:
    assert _start_end("Im Mai 2023 stellte der Verein sein neues Programm vor. Es umfasst:") == (
        None,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Die Umfrage wurde vor der Wahl im März 2026 abgeschlossen.",
        "Hinweis: Dieses Formular ist nur im April 2026 abrufbar.",
        "Im Dezember möchten wir uns herzlich bei allen Helfern bedanken.",
    ],
)
def test_a_month_beside_no_event_names_no_period(text: str) -> None:
    assert _start_end(text) == (None, None)


def test_a_sentence_may_open_with_the_deed_before_the_occasion() -> None:
    # (the cheap check before the readings asked for „vor “ in lower case only)
    text = "Vor der Wahl im März 2026 wurden die Gespräche abgeschlossen."
    assert _start_end(text, today=date(2026, 1, 10)) == (None, None)


def test_an_event_month_in_another_sentence_keeps_its_period() -> None:
    start, end = _start_end(
        "Im Dezember möchten wir uns bei allen Helfern bedanken. Das Helferfest ist im Januar 2027."
    )
    assert (start, end) == ("2027-01-01", "2027-01-31")


@pytest.mark.parametrize(
    "text",
    [
        "Bei Eingang bis 19. Dezember garantieren wir die Lieferung bis zum 24. Dezember",
        "Die Sieger werden von der Jury bis zum 6. Dezember ausgewählt.",
        "Die Gewinner werden bis zum 10. Dezember benachrichtigt.",
    ],
)
def test_a_receipt_delivery_or_choice_by_a_day_is_a_deadline(text: str) -> None:
    found = parse_when(text, today=date(2025, 12, 3))
    assert (found.start, found.end) == (None, None)
    assert found.deadline is not None


def test_a_run_until_a_day_keeps_its_end() -> None:
    assert _start_end("Die Ausstellung ist bis zum 10. Dezember zu sehen.", date(2025, 12, 3)) == (
        None,
        "2025-12-10",
    )


@pytest.mark.parametrize(
    ("number", "opening"),
    [
        (304, "Im November 2021 möchten"),
        (304, "Hinweis: Diese Seite"),
        (305, "Die Gespräche und die Umfrage"),
        (305, "Stand zum Zeitpunkt"),
        (305, "Stand | Frühjahr 2026"),
        (305, "Im Mai 2024 stellte"),
        (305, "Stand: vor der Kommunalwahl"),
        (306, "Bei Eingang bis 19. Dezember"),
        (302, "Von Fahrradroutingsystemen"),
    ],
)
def test_round304_real_strings(number: int, opening: str) -> None:
    assert_heldout_read(number, opening)


def test_ages_between_before_the_hours_between() -> None:
    found = parse_when(
        "Wir sind zwischen 12 und 16 Jahre alt: Wir treffen uns montags zwischen 18:30 und 20:00 Uhr.",
        today=date(2024, 10, 20),
    )
    assert (found.start, found.end) == ("2024-10-21T18:30:00+02:00", "2024-10-21T20:00:00+02:00")


def test_every_fourteen_days_hyphened() -> None:
    found = parse_when("Treffen alle 14-Tage dienstags um 18 Uhr", today=date(2024, 10, 20))
    assert found.recurrence == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Wir proben freitags um 19 Uhr (und manchmal samstags).", "FREQ=WEEKLY;BYDAY=FR"),
        ("Wir proben freitags um 19 Uhr (und gelegentlich auch sonntags).", "FREQ=WEEKLY;BYDAY=FR"),
    ],
)
def test_an_occasional_bracketed_weekday_is_no_day_of_the_rule(text: str, rule: str) -> None:
    assert parse_when(text, today=date(2024, 10, 20)).recurrence == rule


@pytest.mark.parametrize(
    "opening",
    [
        "Als Pfadfinder:innen",
        "Wir treffen uns alle 14-Tage",
        "Wir treffen uns wöchentlich, freitags",
    ],
)
def test_round311_real_strings(opening: str) -> None:
    assert_heldout_read(311, opening)


def test_a_bracketed_second_day_without_an_adverb_stays() -> None:
    text = "Wir proben montags (und donnerstags) um 19 Uhr."
    assert without_occasional_weekdays(text) == text
