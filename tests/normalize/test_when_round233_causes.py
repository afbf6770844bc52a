"""Causes found by held-out date rounds 233-235 (tests/normalize/date_strings_heldout_round233.yaml …235).

- „Trainingszeiten: Montags, 17:00-19:30 und Freitags, 18:00-20:00“: a weekly rule of weekdays
  each with its own hours — every weekday in the rule, the next one with its hours:
  ``when_weekday_own_hours``.
- „Von Freitag bis Sonntag begleitete Trainerin Dajana …“, „Am Samstag standen zwei …
  Trainingseinheiten auf dem Programm“: weekdays told in the past by a verb in -te after a
  fronted run of weekdays (``when_weekday_preterite``) or by a strong verb's past
  (``when_grammar.PAST_TENSE``) are the ones before the page's day.
- „am vorletzten Wochenende“: the weekend before the last one (``when_relative``); a
  „Halloween-Party“ beside it is a party's name, not 31 October (``when_feasts``).
- „am Himmelfahrtswochenende“, „über das Pfingstwochenende“: a feast's long weekend named alone:
  ``when_feast_weekends``.
- „Am 01.12.43 waren die Alliierten bis hierher vorgedrungen“ read in 2013: a two-digit year told
  in the past lies in the last century, not decades ahead (``when_mentions``).
- „… von den zahlreichen Aktivitäten seit der letzten Hauptversammlung am 28.03.15.“: a past
  meeting named as the mark the report counts from, told in the past before „seit“
  (``when_history``).
- „verlas das Gründungsprotokoll vom 14.11.1987“: a founding's minutes are dated by their writing
  (``when_roles``).
- „Am Samstag, den 28.August besuchten wir …“ posted in January 2018: a report's weekday that fits
  no year within five back is the writer's slip, not a report of 2010 (``when_value``).
- „SVS Aktuell Ausgabe # 08/2025“: an issue's number, not August (``when_periods``).
- „In den Jahren 1947 – 1960 veranstaltete der Verein Theateraufführungen an Weihnachten und
  Neujahr“: feasts of a span of years gone by name no coming day (``when_former_customs``).
- „… diente er im Fernmeldezug … und schied zum 31.12.1986 aus“: the day one leaves a service is
  no event's (``when_roles``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read
from tests.normalize.when_reading import wall_clock_when

# --- weekdays with their own hours ---------------------------------------------------------------


def test_weekdays_each_with_own_hours_give_the_next_of_them() -> None:
    text = "Trainingszeiten: Montags, 17:00-19:30 und Freitags, 18:00-20:00"
    found = parse_when(text, today=date(2026, 1, 20))  # a Tuesday: Friday comes first
    assert (found.start[:16], found.end[:16]) == ("2026-01-23T18:00", "2026-01-23T20:00")
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=MO,FR"
    on_sunday = parse_when(text, today=date(2026, 1, 25))
    assert (on_sunday.start[:16], on_sunday.end[:16]) == ("2026-01-26T17:00", "2026-01-26T19:30")


def test_classes_named_between_weekday_and_hours_still_count() -> None:
    text = (
        'Dienstags "Bodyfit" (19-20Uhr) mit Julia und Donnerstags "Full-Body-workout" (18-19Uhr).'
    )
    found = parse_when(text, today=date(2023, 6, 28))  # a Wednesday: Thursday's class
    assert (found.start[:16], found.end[:16]) == ("2023-06-29T18:00", "2023-06-29T19:00")
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=TU,TH"


def test_weekdays_sharing_one_range_are_not_this_rule() -> None:
    # one clock range for both weekdays is the ordinary rule (its first weekday's next day)
    found = parse_when("Montags und Freitags 18-20 Uhr", today=date(2026, 1, 20))
    assert found.start is not None and found.start[:16] == "2026-01-23T18:00"
    assert found.recurrence == "FREQ=WEEKLY;BYDAY=MO,FR"


# --- weekdays told in the past ------------------------------------------------------------------


def test_a_run_of_weekdays_before_a_verb_in_te_has_passed() -> None:
    text = "Von Freitag bis Sonntag begleitete Trainerin Dajana die Mädchen nach Mayen."
    assert wall_clock_when(text, date(2025, 9, 29)) == ("2025-09-26", "2025-09-28")
    # in the present the coming run
    assert wall_clock_when("Von Freitag bis Sonntag findet das Camp statt.", date(2025, 9, 29)) == (
        "2025-10-03",
        "2025-10-05",
    )


def test_a_strong_verbs_past_after_the_weekday_has_passed() -> None:
    text = "Am Samstag standen zwei intensive Trainingseinheiten auf dem Programm."
    assert wall_clock_when(text, date(2025, 9, 29)) == ("2025-09-27", None)
    # in the present the coming Saturday
    present = "Am Samstag stehen zwei intensive Trainingseinheiten auf dem Programm."
    assert wall_clock_when(present, date(2025, 9, 29)) == ("2025-10-04", None)


# --- weekends -----------------------------------------------------------------------------------


def test_the_weekend_before_last() -> None:
    text = "Im Pfarrheim herrschte am vorletzten Wochenende gruselige Stimmung."
    assert wall_clock_when(text, date(2025, 11, 7)) == ("2025-10-25", "2025-10-26")
    assert wall_clock_when("Am übernächsten Wochenende feiern wir.", date(2025, 11, 7)) == (
        "2025-11-15",
        "2025-11-16",
    )


def test_a_party_named_after_a_feast_beside_its_weekend_is_held_that_weekend() -> None:
    text = "Am vorletzten Wochenende feierten die Dance Kids ihre Halloween-Party."
    assert wall_clock_when(text, date(2025, 11, 7)) == ("2025-10-25", "2025-10-26")
    # alone, a service named after the feast is the feast's (round 218)
    assert wall_clock_when(
        "Einladung zum Heilig-Abend-Gottesdienst in Warschau!", date(2019, 12, 10)
    ) == (
        "2019-12-24",
        None,
    )


def test_a_feasts_long_weekend_named_alone() -> None:
    ascension = "Am Himmelfahrtswochenende trafen sich mehr als 50000 Turnbegeisterte in Leipzig."
    assert wall_clock_when(ascension, date(2025, 6, 23)) == ("2025-05-29", "2025-06-01")
    whitsun = "Die Rollsporttage wurden über das Pfingstwochenende zu einem Highlight."
    assert wall_clock_when(whitsun, date(2025, 6, 16)) == ("2025-06-07", "2025-06-09")
    assert wall_clock_when("Am Osterwochenende ist geschlossen.", date(2026, 3, 1)) == (
        "2026-04-03",
        "2026-04-06",
    )
    # a weekday of it stays that one day (``when_feasts``)
    assert wall_clock_when("Sonntag am Pfingstwochenende", date(2025, 5, 1)) == ("2025-06-08", None)


# --- years ----------------------------------------------------------------------------------------


def test_a_two_digit_year_told_in_the_past_is_the_last_centurys() -> None:
    assert wall_clock_when(
        "Am 01.12.43 waren die Alliierten bis hierher vorgedrungen.", date(2013, 6, 10)
    ) == (
        "1943-12-01",
        None,
    )
    # a coming day keeps the nearest century
    assert wall_clock_when("Am 01.12.43 treffen wir uns.", date(2013, 6, 10)) == (
        "2043-12-01",
        None,
    )


def test_a_reports_weekday_reaches_back_five_years_at_most() -> None:
    slip = "Am Samstag, den 28.August besuchten wir mit 13 Kameraden Hürtgenwald."
    assert wall_clock_when(slip, date(2018, 1, 8)) == ("2017-08-28", None)
    # a report two years old keeps the year its weekday fits
    old = "Die Jugendfeuerwehr besuchte am Montag, den 14. Februar eine Kletterhalle."
    assert wall_clock_when(old, date(2013, 3, 1)) == ("2011-02-14", None)


def test_an_issue_number_is_no_month() -> None:
    assert wall_clock_when(
        "SVS Aktuell Ausgabe # 08/2025 FC Neckarzimmern", date(2025, 12, 11)
    ) == (
        None,
        None,
    )
    assert wall_clock_when("Termine 08/2026", date(2025, 12, 11)) == ("2026-08-01", "2026-08-31")


def test_feasts_of_a_span_of_years_gone_by_name_no_coming_day() -> None:
    text = "In den Jahren 1947 – 1960 veranstaltete der Verein Theateraufführungen an Weihnachten und Neujahr."
    assert wall_clock_when(text, date(2022, 11, 1)) == (None, None)
    # a span of years that runs on still names the coming feast
    running = "In den Jahren 2024 bis 2026 gibt es an Neujahr ein Konzert."
    assert wall_clock_when(running, date(2025, 11, 1)) == ("2026-01-01", None)


# --- days that are no event's ---------------------------------------------------------------------


def test_a_mark_since_a_past_meeting_told_before_it() -> None:
    text = (
        "Nachdem der Protokollführer das Protokoll verlesen hatte, berichtete der Vorstand von den "
        "Aktivitäten seit der letzten Hauptversammlung am 28.03.15."
    )
    assert wall_clock_when(text, date(2016, 4, 21)) == (None, None)
    # a present state since a meeting keeps the meeting's day (as before)
    present = (
        "Seit dem Anwendertreffen am 25. September 2015 tritt die Gruppe als Mitveranstalterin auf."
    )
    assert wall_clock_when(present, date(2016, 4, 21)) == ("2015-09-25", None)


def test_a_founding_documents_day_is_its_writing() -> None:
    found = parse_when(
        "Horst verlas das Gründungsprotokoll vom 14.11.1987.", today=date(2013, 7, 20)
    )
    assert (found.start, found.published) == (None, "1987-11-14")


def test_the_day_one_leaves_a_service_is_no_events() -> None:
    text = "Danach diente er im Fernmeldezug in Fritzlar und schied zum 31.12.1986 aus."
    assert wall_clock_when(text, date(2012, 5, 12)) == (None, None)


# --- the real strings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (233, "Trainingszeiten: Montags"),
        (233, "Trainingszeiten: montags"),
        (233, 'Dienstags "Bodyfit"'),
        (233, "Bereits zum dritten Mal"),
        (233, "Am Samstag standen"),
        (233, "Im Pfarrheim Weitersburg"),
        (233, "Unter dem Motto"),
        (233, "Garmisch-Partenkirchen"),
        (234, "Am 01.12.43"),
        (234, "Nachdem Protokollführer"),
        (234, "Horst erinnerte"),
        (234, "Am Samstag, den 28.August"),
        (234, "Nach der Grundausbildung"),
        (235, "SVS Aktuell Ausgabe"),
        (235, "In den Jahren 1947"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
