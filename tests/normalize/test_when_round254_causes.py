"""Causes found by held-out date rounds 254-256 (tests/normalize/date_strings_heldout_round254.yaml …256).

- „Mo: von 15 Uhr bis 18 Uhr“, „Beratungszeiten: | Dienstag: 18:00 - 20:00“, „Gruppe 1 | Mi,
  10:15 - 11:45 Uhr | D320“, „G1: Mo, 11:30 - 13:00 Uhr“, „2. Freitag 10:00 - 11:30“: a row of
  hours opening with its weekday (a colon or comma after it) is a weekly slot; several in cells
  are one rule, the next of its days first: ``when_hours_rows``, ``when_schedule_rows``,
  ``when_weekday_own_hours.next_of_hours_rows``.
- „zunächst bis 31.12.2023 befristet“, „ab 01.04.2024 in Teilzeit“, „Ab 01.02.2024 suchen wir …“,
  „Arbeitsbeginn / Einstellung | ab 01. Oktober“, „… vor dem 1. April 2022 angetreten werden“: a
  post's terms in a job offer are no event's days: ``when_job_offers``.
- „Abgabe in Moodle bis 28.10.2012, 23:55“, „… Bewerbung mit Lebenslauf … bis zum 12.01.2023“,
  „bis 5. September 2025 | Benachrichtigung der Finalist*innen“, „06.07.14, 23:59: spätester
  Übergabetermin“, „11.04.17, 10:00 Uhr | Gruppeneinteilung steht fest“, „Bitte treten Sie bis
  Dienstag, 26.09.23, … bei“: hand-in, application, notification and done-by days are deadlines:
  ``when_requests_by``.
- „Klausur vom 25.01.2013: PDF“: a paper's download link dates the paper: ``when_document_days``.
- „1. Mittwoch 17:00 - 18:30: Christos …“: a colon before a space may follow a range's end:
  ``when_times``.
- „Die Vorlesung vom 12.04.2013 wird am 17.04.2013, 11:45 - 13:15 … nachgeholt.“: the missed
  session's day is no day of its own: ``when_roles``.
- „Am Freitag in der ersten Woche stellen Sie … vor“, „am Freitag in dieser Zyklus-Woche“: the
  weekday of a week counted in a cycle names no day: ``when_relative``.
- „21. Juli – 24. August 2025 | Bewerbungsphase“: an application window in a timetable's row is no
  offering's period: ``when``.
- „Seit dem 19.12.2022 gibt es keine Beratung im Community-Zentrum mehr.“: the day something stopped
  is no offering's: ``when_roles``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_times import find_times
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- rows of hours ---------------------------------------------------------------------------------


def test_a_weekday_with_a_colon_before_its_hours_is_a_weekly_slot() -> None:
    today = date(2023, 7, 9)  # a Sunday
    found = parse_when("Mo: von 15 Uhr bis 18 Uhr", today=today)
    assert wall_clock_when("Mo: von 15 Uhr bis 18 Uhr", today) == (
        "2023-07-10T15:00",
        "2023-07-10T18:00",
    )
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=MO"
    found = parse_when("Beratungszeiten: | Dienstag: 18:00 - 20:00", today=today)
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=TU"


def test_an_abbreviated_weekday_with_a_comma_in_a_groups_row_is_weekly() -> None:
    today = date(2024, 3, 5)  # a Tuesday
    found = parse_when("Gruppe 1 | Mi, 10:15 - 11:45 Uhr | D320 (Präsenz)", today=today)
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=WE"
    assert wall_clock_when("G4: Mi, 08:00 - 09:30 Uhr", today) == (
        "2024-03-06T08:00",
        "2024-03-06T09:30",
    )


def test_rows_of_hours_in_cells_give_the_next_of_their_days() -> None:
    text = "Öffnungszeiten: | Di: von 15:00 bis 20:00 | Fr: von 15:00 bis 20:00"
    found = parse_when(text, today=date(2022, 12, 7))  # a Wednesday: Friday comes first
    assert wall_clock_when(text, date(2022, 12, 7)) == ("2022-12-09T15:00", "2022-12-09T20:00")
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=TU,FR"


def test_a_closed_weekday_a_single_clock_and_a_dated_row_stay_as_they_were() -> None:
    today = date(2022, 9, 21)
    assert parse_when("Öffnungszeiten: | Di: geschlossen", today=today).start is None
    one_off = parse_when("Samstag, 19 Uhr: Konzert", today=today)
    assert one_off.recurrence is None
    dated = parse_when("Samstag, 24.09.: 10:00 - 12:00 Uhr", today=today)
    assert dated.recurrence is None


# --- a job offer's terms -----------------------------------------------------------------------


def test_a_posts_contract_end_and_first_day_are_no_events() -> None:
    for text, today in (
        ("20 Stunden pro Woche, zunächst bis 31.12.2023 befristet", date(2022, 12, 19)),
        ("Die Stelle ist vorerst befristet bis zum 31.12.2024.", date(2024, 3, 11)),
        ("ab 01.04.2024 in Teilzeit (30 St. pro Woche)", date(2024, 3, 21)),
        ("Arbeitsbeginn / Einstellung | ab 01. Oktober", date(2025, 9, 4)),
    ):
        found = parse_when(text, today=today)
        assert (found.start, found.end) == (None, None), text
    run = parse_when("Die Ausstellung ist bis 30.09.2026 zu sehen.", today=date(2025, 9, 4))
    assert run.end == "2026-09-30"


# --- deadlines ------------------------------------------------------------------------------------


def test_hand_in_notification_and_done_by_days_are_deadlines() -> None:
    for text, today in (
        ("Blatt 1, Abgabe in Moodle bis 28.10.2012, 23:55", date(2012, 10, 1)),
        ("Vorschlag Gruppe und Funktionalität bis zum 14.05.14", date(2014, 4, 15)),
        ("bis 5. September 2025 | Benachrichtigung der Finalist*innen", date(2025, 7, 22)),
        ("06.07.14, 23:59: spätester Übergabetermin Repository", date(2014, 5, 15)),
        ("11.04.17, 10:00 Uhr | Gruppeneinteilung steht fest", date(2017, 4, 1)),
        ("Bitte treten Sie bis Dienstag, 26.09.23, dem Prüfungskursraum bei.", date(2023, 9, 1)),
    ):
        found = parse_when(text, today=today)
        assert (found.start, found.end) == (None, None), text
    run = parse_when("Die Ausstellung ist bis zum 14.05.14 zu sehen.", today=date(2014, 4, 15))
    assert run.end == "2014-05-14"


# --- a paper's download link ---------------------------------------------------------------------


def test_a_papers_download_link_dates_the_paper() -> None:
    assert parse_when("Klausur vom 25.01.2013: PDF", today=date(2013, 2, 2)).start is None
    assert parse_when("Klausur vom 22.07.14", today=date(2014, 9, 17)).start == "2014-07-22"


# --- a colon after a range's end ------------------------------------------------------------------


def test_a_colon_before_a_space_may_follow_a_ranges_end() -> None:
    assert find_times("17:00 - 18:30: Christos") is not None
    assert find_times("17:00 - 18:30: Christos") == find_times("17:00 - 18:30 Christos")
    single = find_times("18:30:45")
    assert single is not None and single[1] is None


# --- a missed session made up ---------------------------------------------------------------------


def test_a_missed_sessions_day_gives_way_to_the_make_up_day() -> None:
    text = (
        "Die Vorlesung vom 12.04.2013 wird am 17.04.2013, 11:45 - 13:15 in Raum R0.002 nachgeholt."
    )
    assert wall_clock_when(text, date(2013, 4, 15)) == ("2013-04-17T11:45", "2013-04-17T13:15")


# --- a weekday of a counted week ------------------------------------------------------------------


def test_a_weekday_of_a_counted_week_names_no_day() -> None:
    today = date(2024, 2, 20)
    text = "Am Freitag in der ersten Woche stellen Sie im Team Ihr Konzept im Praktikum vor."
    assert parse_when(text, today=today).start is None
    text = "Im Praktikum am Freitag in dieser Zyklus-Woche stellen Sie Ihr Konzept vor."
    assert parse_when(text, today=today).start is None
    named = parse_when("Am Freitag in der nächsten Woche treffen wir uns um 18 Uhr", today=today)
    assert named.start is not None


# --- an application window ------------------------------------------------------------------------


def test_an_application_window_in_a_row_is_no_period() -> None:
    row = "Zeitplan des Labors | 21. Juli – 24. August 2025 | Bewerbungsphase,"
    assert parse_when(row, today=date(2025, 7, 22)).start is None
    interviews = "8.–14. September 2025 | Interviews mit den Finalist*innen,"
    assert parse_when(interviews, today=date(2025, 7, 22)).start == "2025-09-08"


# --- the day something stopped --------------------------------------------------------------------


def test_the_day_something_stopped_is_no_offerings() -> None:
    today = date(2022, 12, 19)
    text = "Seit dem 19.12.2022 gibt es keine Beratung im Community-Zentrum mehr."
    assert parse_when(text, today=today).start is None
    begun = parse_when("Seit dem 19.12.2022 bieten wir jeden Montag Beratung an.", today=today)
    assert begun.start is not None


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (254, "Offene Sprechstunden der Sozialberatung"),
        (254, "Büro in Marzahn | Öffnungszeiten: | Di:"),
        (254, "Öffnungszeiten: | Di: von 15:00 bis 20:00 | Fr:"),
        (254, "Sprechstunden der Sozialberatung in unserem Beratungsbüro"),
        (254, "Öffnungszeiten: | Mo: 15.00"),
        (254, "Öffnungszeiten: | Fr: 10:00-13:00"),
        (254, "Beratungszeiten"),
        (254, "Sprechstundenzeiten"),
        (255, "IB 2 B: Teilgruppe ... | 2. Freitag"),
        (256, "Gruppe 1 |"),
        (256, "Gruppe 2 |"),
        (256, "Gruppe 4 |"),
        (256, "Vorlesung (2 SWS) |"),
        (256, "(Carsten: Flipped Classroom)"),
        (256, "Praktikum (2 SWS) | G1:"),
        (256, "G3:"),
        (256, "G4:"),
        (256, "Sprechstunde |"),
        (254, "20 Stunden pro Woche"),
        (254, "Die Stelle umfasst"),
        (254, "Ab 01.02.2024 suchen wir"),
        (254, "ab 01.04.2024 in Teilzeit"),
        (254, "Arbeitsbeginn / Einstellung"),
        (254, "Die Stelle erfordert"),
        (255, "Blatt 1 (HTML, PDF), Abgabe"),
        (255, "kurze Beschreibung der Studienarbeit"),
        (255, "Zeitplan | Vorschlag Gruppe"),
        (254, "Wir freuen uns über Deine"),
        (254, "bis 5. September 2025 | Benachrichtigung"),
        (254, "bis 21. September 2025 | Bekanntgabe"),
        (255, "06.07.14, 23:59"),
        (255, "11.04.17, 10:00 Uhr"),
        (255, "25.04.17, 10:00 Uhr"),
        (255, "Klausur vom"),
        (255, "IB 2 B: Teilgruppe ... | 1. Mittwoch"),
        (255, "IB 2 C: Teilgruppe ... | 1. Donnerstag"),
        (255, "Die Vorlesung vom 12.04.2013"),
        (256, "Am Freitag in der ersten Woche"),
        (256, "Im Praktikum am Freitag in dieser Zyklus-Woche"),
        (254, "Zeitplan des Labors | 21. Juli"),
        (254, "Unsere Friste: | Bewerbungsphase"),
        (254, "Seit dem 19.12.2022"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
