"""Causes found by held-out date rounds 269-271 (tests/normalize/date_strings_heldout_round269.yaml …271).

- „Aktuell – Stand Januar 2020 – sind weitere Nadelholzstämme … bestellt worden.“, „Die Preise (Stand:
  März 2024) gelten …“: a status stamp set into a sentence is the text's record, no event's month,
  when nothing else in the sentence names a day: ``when_record_days``.
- „Vom 13.-14.09.2025 gibt es am Samstag von 10 bis 23:30 Uhr bzw. am Sonntag von 10 bis 19 Uhr …“,
  „On August 8th and 9th … Saturday from 10 am to 11:30 pm and Sunday from 10 am to 7 pm“: two days,
  each with its hours in prose, end at the last day's own end: ``when_weekday_hour_list``.
- „Diesen Monat wird am Sonntag den 16ten das Monatstreffen … stattfinden“: a spoken ordinal after its
  weekday and „den“ is a day without a month: ``when_spoken_ordinal_days``.
- „Wir treffen uns am nächsten 16. zum Quatschen“: the coming 16th: ``when_next_month_day``.
- „Im Porträt: Georg Schumann (WDR 3 TonArt vom 15.11.2011)“: a broadcaster's or paper's day alone in
  brackets; „Erscheinungstermin: 20.2.2025“: a record's release day: ``when_citations``.
- „Februar und Juli 2001 | Universitätskirche, Marburg“: two months apart joined by „und“ are a list,
  the first month's: ``when_periods``.
- „Author: Franca - Published 2019-02-28 11:56 - (0 Reads) | … am 02.03.2019 ab 15 Uhr …“: a post's
  ISO stamp and its clock give way to the dotted day after them: ``when_iso``.
- „… am Rosenmontag (16.02.) … Somit findet es einmal stattdessen am 19.02 statt.“: a later
  „stattdessen am …“ gives up the day before it: ``when_roles``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_citations import cited_not_held
from netdir.normalize.when_iso import iso_stamp_blanked
from netdir.normalize.when_next_month_day import next_month_day_plain
from netdir.normalize.when_record_days import is_record_day
from netdir.normalize.when_spoken_ordinal_days import spoken_ordinal_days_dotted
from tests.normalize.test_heldout_dates import assert_heldout_read

# --- a status stamp inside a sentence ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aktuell – Stand Januar 2020 – sind weitere Stämme bestellt worden.",
        "Die Liste der Mitglieder (Stand: März 2024) finden Sie hier.",
    ],
)
def test_a_status_stamp_in_a_sentence_is_no_event(text: str) -> None:
    assert is_record_day(text)
    assert parse_when(text, today=date(2024, 3, 1)).start is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a day besides the stamp stays
        (
            "Stand Januar 2020 | Treffen am Montag, 13.01.2020 um 19 Uhr",
            "2020-01-13T19:00:00+01:00",
        ),
    ],
)
def test_a_stamp_beside_another_day_keeps_that_day(text: str, start: str) -> None:
    assert parse_when(text, today=date(2020, 1, 1)).start == start


def test_the_verb_stand_is_no_stamp() -> None:
    assert not is_record_day("Die Ausstellung stand im Januar 2020 im Rathaus.")


# --- two days, each with its hours in prose ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        (
            "Vom 13.-14.09.2025 gibt es am Samstag von 10 bis 23:30 Uhr bzw. am Sonntag von 10 bis 19 Uhr",
            date(2025, 7, 27),
            "2025-09-13T10:00:00+02:00",
            "2025-09-14T19:00:00+02:00",
        ),
        (
            "On August 8th and 9th, 2026: Saturday from 10 am to 11:30 pm and Sunday from 10 am to 7 pm",
            date(2026, 6, 25),
            "2026-08-08T10:00:00+02:00",
            "2026-08-09T19:00:00+02:00",
        ),
    ],
)
def test_two_days_end_at_the_last_days_own_hours(
    text: str, today: date, start: str, end: str
) -> None:
    found = parse_when(text, today=today)
    assert (found.start, found.end) == (start, end)


def test_a_german_am_after_a_clock_is_no_meridiem() -> None:
    # „bis 12 am Markt“: „am“ is the German article, the end stays 12:00
    found = parse_when(
        "Vom 13.-14.09.2025: Samstag von 10 bis 18 Uhr, Sonntag von 10 bis 12 am Markt",
        today=date(2025, 7, 27),
    )
    assert found.end == "2025-09-14T12:00:00+02:00"


# --- a spoken ordinal after its weekday; the next day of the month ----------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("am Sonntag den 16ten das Treffen", "am Sonntag den 16. das Treffen"),
        ("am Mittwoch, dem 3ten um 19 Uhr", "am Mittwoch, dem 3. um 19 Uhr"),
        ("Sie belegte den 3ten Platz.", "Sie belegte den 3ten Platz."),  # no weekday: a rank
    ],
)
def test_a_spoken_ordinal_after_its_weekday_is_a_day(text: str, read: str) -> None:
    assert spoken_ordinal_days_dotted(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Wir treffen uns am nächsten 16. zum Quatschen.", "Wir treffen uns am 16. zum Quatschen."),
        ("Die nächsten 3 Tage regnet es.", "Die nächsten 3 Tage regnet es."),
        ("am nächsten 16.05. um 19 Uhr", "am nächsten 16.05. um 19 Uhr"),
    ],
)
def test_the_next_day_of_the_month_is_the_coming_one(text: str, read: str) -> None:
    assert next_month_day_plain(text) == read


def test_the_next_sixteenth_after_the_pages_day() -> None:
    found = parse_when("Wir treffen uns am nächsten 16. zum Quatschen.", today=date(2026, 1, 6))
    assert found.start == "2026-01-16"


# --- a cited source's day in brackets, a release day --------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "cited"),
    [
        ("Im Porträt: Georg Schumann (WDR 3 TonArt vom ", ")", True),
        ("Konzert am 3. Mai (Bericht in der Lokalzeitung vom ", ")", True),
        ("Erscheinungstermin: ", "", True),
        ("Treffen (Neuer Termin vom ", ")", False),  # no source named: the meeting's new day
        ("(Ferien vom ", ")", False),
    ],
)
def test_a_cited_source_or_a_release_day_is_no_event(before: str, after: str, cited: bool) -> None:
    assert cited_not_held(before, after) is cited


# --- two months apart joined by „und“ -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Februar und Juli 2001 | Universitätskirche", "2001-02-01", "2001-02-28"),
        ("Juni und Juli 2001", "2001-06-01", "2001-07-31"),  # following months run on
        ("Januar, Februar und März 2026", "2026-01-01", "2026-03-31"),
    ],
)
def test_two_months_apart_are_a_list(text: str, start: str, end: str) -> None:
    found = parse_when(text, today=date(2025, 3, 5))
    assert (found.start, found.end) == (start, end)


# --- a post's ISO stamp; a day given up for another ----------------------------------------------------


def test_an_iso_stamp_gives_way_to_the_dotted_day_after_it() -> None:
    text = "Published 2019-02-28 11:56 | Die Versammlung findet am 02.03.2019 ab 15 Uhr statt."
    assert "2019-02-28" not in iso_stamp_blanked(text)
    assert parse_when(text, today=date(2019, 2, 28)).start == "2019-03-02T15:00:00+01:00"
    # a stamp alone, or an ISO day without a publishing word, stays
    assert iso_stamp_blanked("Published 2019-02-28 11:56") == "Published 2019-02-28 11:56"
    assert iso_stamp_blanked("2019-02-28 | am 02.03.2019") == "2019-02-28 | am 02.03.2019"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Wegen des Rosenmontags (16.02.) legen wir das Treffen um. "
            "Somit findet es einmal stattdessen am 19.02 statt.",
            "2026-02-19",
        ),
        (
            "Probe am 16.02. fällt aus, stattdessen am Donnerstag, 19.02. um 19 Uhr",
            "2026-02-19T19:00:00+01:00",
        ),
        ("Am 16.02. Ausflug, stattdessen am Abend Kino", "2026-02-16"),  # no day after it
    ],
)
def test_a_day_given_up_for_a_later_instead(text: str, start: str) -> None:
    assert parse_when(text, today=date(2026, 1, 25)).start == start


# --- the held-out strings themselves ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (269, "Aktuell – Stand Januar 2020"),
        (271, "Vom 13.-14.09.2025"),
        (271, "Vom 8.-9.8.2026"),
        (271, "On August 8th and 9th"),
        (271, "Diesen Monat wird am Sonntag den 16ten"),
        (271, "Diesen Monat wird am Mittwoch den 16ten"),
        (271, "Wir treffen uns am nächsten 16."),
        (270, "Im Porträt: Georg Schumann"),
        (270, "Erscheinungstermin"),
        (270, "Februar und Juli 2001"),
        (271, "Mitgliederversammlung 2019 | Author"),
        (271, "Aufgrund der angespannten Raumsituation"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
