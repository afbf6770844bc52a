"""Causes found by held-out date rounds 272-274 (tests/normalize/date_strings_heldout_round272.yaml …274).

- „TL;DR: get Firefox, sign up at the link you will be getting via email on the 27th August.“: the
  day a link, an invitation or access data come by e-mail is no offering's day:
  ``when_mailing_days``.
- „Zuletzt aktualisiert: Mai 2017“ under a course table: a revision stamp's words before a month,
  as „Stand: Januar 2016“, make the month no offering's: ``when_record_days``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_mailing_days import mailed_on
from netdir.normalize.when_record_days import is_record_day
from tests.normalize.test_heldout_dates import load_heldout, score

HERE = Path(__file__).parent


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


# --- the real held-out strings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (272, "TL;DR: get Firefox"),
        (273, "Zuletzt aktualisiert"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    path = HERE / f"date_strings_heldout_round{round_number}.yaml"
    cases = [case for case in load_heldout(path) if case.text.startswith(opening)]
    assert cases, opening
    for case in cases:
        assert score(case)[0], (case.text, score(case)[1])
