"""Causes found by held-out date rounds 272-274 (tests/normalize/date_strings_heldout_round272.yaml …274).

- „TL;DR: get Firefox, sign up at the link you will be getting via email on the 27th August.“: the
  day a link, an invitation or access data come by e-mail is no offering's day:
  ``when_mailing_days``.
- „Zuletzt aktualisiert: Mai 2017“ under a course table: a revision stamp's words before a month,
  as „Stand: Januar 2016“, make the month no offering's: ``when_record_days``.
- „… die das Schwabenalter noch nicht erreicht haben! Trainiert wird wieder freitags in der
  Lindachhalle um 20:00 Uhr.“: in a long text, weekdays with the hall they are held in and then
  a clock state a weekly rule: ``when_recurrence``.
- „Die Spielpläne stehen seit dem 22.07.2019 fest.“: the day since which something is settled or
  to hand is no event's: ``when_roles``.
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_mailing_days import mailed_on
from netdir.normalize.when_record_days import is_record_day
from netdir.normalize.when_recurrence import find_recurrence
from tests.normalize.test_heldout_dates import assert_heldout_read

# --- the day a link or access data are mailed --------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("sign up at the link you will be getting via email on the ", " August."),
        ("Your invitation will reach you by e-mail on ", "."),
        ("Die Zugangsdaten werden am ", " per E-Mail verschickt."),
        ("Den Einwahllink erhaltet ihr per E-Mail am ", "."),
    ],
)
def test_a_mailing_day_is_told(before: str, after: str) -> None:
    assert mailed_on(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Wir treffen uns am ", ", Infos per E-Mail."),  # the meeting's day, the mail undated
        ("Register by email on ", "."),  # a sign-up's day: the deadline rules' (no link named)
        ("The party is on ", "; invitations will come by email."),  # the mail after the day
        ("Die Tagung beginnt am ", " um 9 Uhr."),
    ],
)
def test_other_days_stay(before: str, after: str) -> None:
    assert not mailed_on(before, after)


def test_the_mailing_day_is_no_event_and_the_event_stays() -> None:
    today = date(2021, 4, 12)
    text = "Die Zugangsdaten werden am 3. Mai per E-Mail verschickt, die Tagung beginnt am 5. Mai um 9 Uhr."
    assert parse_when(text, today=today).start == "2021-05-05T09:00:00+02:00"
    mailed = "Your invitation will reach you by e-mail on May 3."
    assert parse_when(mailed, today=today, day_first=False).start is None


# --- a revision stamp with a month -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zuletzt aktualisiert: Mai 2017",
        "Zuletzt aktualisiert: November 2022",
        "Letzte Änderung: März 2020",
        "aktualisiert im Mai 2017",
        "Stand: Januar 2016",
    ],
)
def test_a_revision_stamp_with_a_month_is_a_record(text: str) -> None:
    assert is_record_day(text)
    assert parse_when(text, today=date(2017, 7, 6)).start is None


@pytest.mark.parametrize(
    "text",
    [
        "Ausstellung im Mai 2017",  # an exhibition's month
        "Der Kurs wird im Mai 2017 überarbeitet und startet im Juni 2017.",  # more than the stamp
        "Zuletzt aktualisiert: Mai 2017 | Kurs im Juni 2017",  # a row with more than the stamp
    ],
)
def test_other_months_are_no_stamp(text: str) -> None:
    assert not is_record_day(text)


# --- a weekday, its hall, then its clock in a long text ---------------------------------------------

_CALL = (
    "Daher freuen wir uns auch weiterhin über jeden Neuzugang, der unsere Truppe verstärken möchte"
    " – gerne auch solche, die das Schwabenalter noch nicht erreicht haben! "
)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (_CALL + "Trainiert wird wieder freitags in der Lindachhalle um 20:00 Uhr.", "BYDAY=FR"),
        (_CALL + "Wir turnen montags im Gymnastikraum ab 18 Uhr.", "BYDAY=MO"),
    ],
)
def test_a_weekday_with_its_hall_then_a_clock_is_a_weekly_rule(text: str, rule: str) -> None:
    found = find_recurrence(text)
    assert found is not None and found.rule.endswith(rule)
    assert parse_when(text, today=date(2018, 8, 25)).start is not None


@pytest.mark.parametrize(
    "text",
    [
        _CALL + "Wir trainieren sonntags im Juni um 10 Uhr.",  # a month's Sundays: no such rule
        # the clock in another sentence
        _CALL + "Wir trainieren freitags in der Halle. Das Spiel ist um 20 Uhr.",
    ],
)
def test_other_long_texts_state_no_rule_this_way(text: str) -> None:
    assert find_recurrence(text) is None


# --- a day since which something is settled -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Spielpläne stehen seit dem 22.07.2019 fest.",
        "Die Ergebnisse liegen seit dem 3. Mai vor.",
        "Der Termin ist seit dem 1. Juni bekannt.",
    ],
)
def test_a_day_something_is_settled_since_is_no_event(text: str) -> None:
    assert parse_when(text, today=date(2019, 10, 4)).start is None


# --- the real held-out strings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (272, "TL;DR: get Firefox"),
        (273, "Zuletzt aktualisiert"),
        (274, "Daher freuen wir uns"),
        (274, "Die Saisonvorbereitungen der einzelnen Teams"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    assert_heldout_read(round_number, opening)
