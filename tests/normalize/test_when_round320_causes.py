"""Causes found by held-out date rounds 320-321 (tests/normalize/date_strings_heldout_round320.yaml …).

- „… oder telefonisch unter 0711-216-96400 bei Frau Woodnutt (von Montag bis Freitag zwischen 9 und
  13 Uhr).“: the hours a contact can be called, week by week, are no run of the coming week's days
  and no offering, as „telefonisch (Montag bis Freitag …)“ already was (``when_relative``'s weekday
  span asks ``when_weekday_ranges.staff_hours_before``).
- „Am kommenden Sonntag, 21. September beginnt der Run auf die Eintrittskarten“: the day ticket
  sales open, the verb right after the day and the rush for the tickets its subject, is no
  event's day (``when_sales``).
- „… Open-Air-Konzert etablieren – Ab Dezember Kartenvorverkauf für „Rock-am-Rathaus“-Premiere“:
  the month ticket sales open is no offering's month (``when_month_asides``).
"""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read

_TODAY = date(2016, 1, 15)


def test_contact_hours_over_a_weekday_span_are_no_run_of_days() -> None:
    when = parse_when(
        "Anmeldung telefonisch (von Montag bis Freitag zwischen 9 und 13 Uhr).", today=_TODAY
    )
    assert when.start is None and when.end is None


def test_office_hours_over_a_weekday_span_are_no_run_of_days() -> None:
    when = parse_when("Büro: von Montag bis Freitag zwischen 9 und 13 Uhr", today=_TODAY)
    assert when.start is None


def test_weekday_span_without_a_contact_stays_the_coming_run() -> None:
    when = parse_when(
        "Von Montag bis Freitag sind unsere 5. Klassen auf Kennenlernfahrt.", today=_TODAY
    )
    assert (when.start, when.end) == ("2016-01-18", "2016-01-22")


def test_day_then_the_rush_for_tickets_is_no_event_day() -> None:
    when = parse_when(
        "Am Sonntag, 21. September beginnt der Ansturm auf die Tickets.", today=date(2014, 9, 16)
    )
    assert when.start is None


def test_day_then_the_presale_is_no_event_day() -> None:
    when = parse_when(
        "Am 21. September startet der Kartenvorverkauf für das Konzert.", today=date(2014, 9, 16)
    )
    assert when.start is None


def test_day_then_the_concert_with_tickets_after_stays() -> None:
    when = parse_when(
        "Am 21. September beginnt das Konzert, Karten gibt es im Vorverkauf.",
        today=date(2014, 9, 16),
    )
    assert when.start == "2014-09-21"


def test_month_a_presale_opens_is_no_offering_month() -> None:
    for text in (
        "Wir wollen ein Konzert etablieren – Ab Dezember Kartenvorverkauf für die Premiere",
        "Der Vorverkauf beginnt im Dezember.",
    ):
        when = parse_when(text, today=date(2017, 11, 20))
        assert when.start is None, text


def test_month_a_course_starts_in_stays() -> None:
    # a course from a month on is its start (round 195's „Querflötenunterricht ab September“)
    when = parse_when("Querflötenunterricht ab Dezember 2017!", today=date(2017, 11, 20))
    assert when.start == "2017-12-01"


def test_round320_hours_to_call_a_museum() -> None:
    assert_heldout_read(320, "Eine Anmeldung zur Veranstaltung ist nicht zwingend nötig")


def test_round321_rush_for_tickets() -> None:
    assert_heldout_read(321, "Fünf Stunden lang Partystimmung")


def test_round321_month_a_presale_opens() -> None:
    assert_heldout_read(321, "Festival-Stimmung bei „Rock am Rathaus“")
