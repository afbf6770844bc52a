"""Causes found by held-out date rounds 322-323 (tests/normalize/date_strings_heldout_round322.yaml …).

- „Im Januar 2015 erschien Band 12 der … Geschichtsblätter.“: when a volume came out, told in the
  past, is no event's month, as „erscheint im Mai“ already was (``when_releases``).
- „Die Gemeindechronik vom 1. September 2008 bis zum 30. September 2009 … runden die Publikation
  ab.“: the span a chronicle or a report covers is no offering's (``when_notices``).
- „… Leonhard Deininger, der am 11.11.2010 seinen 100. Geburtstag hätte feiern können“: a dead
  person's birthday is a life's day, as a birth is (``when_notices``).
- „Seit dem 6. September 2012 ist der Geopfad … um ein weiteres Schaustück reicher.“: a state
  since a day (``when_notices``).
- „Jeden zweiten Sonntag im Monat um 14.30 Uhr boten drei Mitglieder … eine Führung … an.“: a
  monthly habit told in a year's review, no coming rule; the clock's dot ends no sentence
  (``when_former_customs``).
- „Ab dem 4. Mai wird uns der Gesetzgeber wieder gestatten, … Gottesdienste zu feiern.“: what is
  allowed from a day on; the day's dot before its month ends no sentence (``when``'s rule from).
- „am 24|4|24“ and „Donnerstag, 31- Juli“: a day with bars and a dash typed for the day's dot,
  mended before reading (``when_day_slips``).
- „an der Ostermorgenfeier“: Easter morning is Easter Sunday (``when_feasts``); „in der Woche vom
  Palmsonntag bis Ostern damals in Jerusalem“: a story's feasts long ago are no year's days.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read

_TODAY = date(2015, 12, 1)


def test_volume_that_came_out_in_a_month_is_no_event() -> None:
    when = parse_when(
        "Im März 2014 erschien die neue Ausgabe unseres Gemeindebriefs.", today=_TODAY
    )
    assert when.start is None and when.end is None


def test_month_of_a_past_event_stays_when_nothing_was_published() -> None:
    when = parse_when("Am 12. März 2015 erschien der Bürgermeister zur Versammlung.", today=_TODAY)
    assert when.start == "2015-03-12"


def test_chronicle_span_is_no_offering() -> None:
    when = parse_when(
        "Die Ortschronik vom 1. Oktober 2013 bis zum 30. September 2014 ist beigelegt.",
        today=_TODAY,
    )
    assert when.start is None and when.end is None


def test_exhibition_span_stays() -> None:
    when = parse_when(
        "Die Ausstellung zur Ortschronik ist vom 1. Oktober bis zum 30. Oktober zu sehen.",
        today=date(2015, 9, 1),
    )
    assert (when.start, when.end) == ("2015-10-01", "2015-10-30")


def test_dead_persons_birthday_is_no_event() -> None:
    when = parse_when(
        "Wir erinnern an unseren Gründer, der am 3. Mai 2015 90 Jahre alt geworden wäre.",
        today=_TODAY,
    )
    assert when.start is None


def test_birthday_party_stays() -> None:
    when = parse_when(
        "Am 3. Mai feiert unser Gründer seinen 90. Geburtstag im Vereinsheim.",
        today=date(2015, 4, 1),
    )
    assert when.start == "2015-05-03"


def test_richer_since_a_day_is_a_state() -> None:
    when = parse_when("Seit dem 2. Juni ist unser Museum um ein Exponat reicher.", today=_TODAY)
    assert when.start is None


def test_monthly_habit_told_in_a_review_is_no_rule() -> None:
    when = parse_when(
        "Jeden ersten Montag im Monat um 19.30 Uhr trafen sich die Mitglieder im Vereinsheim.",
        today=_TODAY,
    )
    assert when.start is None and when.recurrence is None


def test_monthly_rule_in_the_present_stays() -> None:
    when = parse_when(
        "Jeden ersten Montag im Monat um 19.30 Uhr treffen sich die Mitglieder im Vereinsheim.",
        today=_TODAY,
    )
    assert when.recurrence is not None and (when.start or "")[:16] == "2015-12-07T19:30"


def test_allowed_from_a_named_month_day_is_a_rule() -> None:
    when = parse_when(
        "Ab dem 11. Mai wird uns die Verordnung wieder gestatten, Gottesdienste zu feiern.",
        today=date(2020, 5, 1),
    )
    assert when.start is None


@pytest.mark.parametrize(
    ("text", "today", "start"),
    [
        ("Ein schöner Abend am 3|5|24: Konzert im Gemeindesaal.", date(2024, 4, 1), "2024-05-03"),
        ("Das nächste Treffen ist am Freitag, 12- Juni.", date(2026, 5, 1), "2026-06-12"),
    ],
)
def test_slipped_days_are_read(text: str, today: date, start: str) -> None:
    assert parse_when(text, today=today).start == start


def test_table_cells_with_spaced_bars_stay_apart() -> None:
    # a table's row joined with spaced bars is no barred day
    when = parse_when("am 3 | 5 | 24 Teilnehmer", today=date(2024, 4, 1))
    assert when.start != "2024-05-03"


def test_easter_morning_is_easter_sunday() -> None:
    when = parse_when(
        "Zur Ostermorgenfeier um 6 Uhr laden wir herzlich ein.", today=date(2026, 3, 1)
    )
    assert (when.start or "")[:16] == "2026-04-05T06:00"


def test_feast_of_a_story_back_then_is_no_day() -> None:
    when = parse_when(
        "Die Kinder hörten, was die Jünger am Pfingstsonntag damals in Jerusalem erlebten.",
        today=date(2024, 6, 1),
    )
    assert when.start is None


@pytest.mark.parametrize(
    ("number", "opening"),
    [
        (322, "Im Januar 2015 erschien Band 12"),
        (322, "Die Gemeindechronik vom 1. September 2008"),
        (322, "Ein Artikel von Meinrad Hirschmann"),
        (322, "Seit dem 6. September 2012"),
        (322, "Jeden zweiten Sonntag im Monat um 14.30 Uhr"),
        (323, "Ab dem 4. Mai wird uns der Gesetzgeber"),
        (323, "Ein bewegender Nachmittag am 24|4|24"),
        (323, "Das nächste Abendlob+Abendbrot"),
        (323, "Etwa 60 Menschen sind dem Aufruf gefolgt"),
        (323, "Die Handpuppe Leni"),
    ],
)
def test_real_strings_are_read(number: int, opening: str) -> None:
    assert_heldout_read(number, opening)
