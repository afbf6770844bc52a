"""Causes found by held-out date rounds 269-271 (tests/normalize/date_strings_heldout_round269.yaml …271).

- „Aktuell – Stand Januar 2020 – sind weitere Nadelholzstämme … bestellt worden.“, „Die Preise (Stand:
  März 2024) gelten …“: a status stamp set into a sentence is the text's record, no event's month,
  when nothing else in the sentence names a day: ``when_record_days``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_record_days import is_record_day
from tests.normalize.test_heldout_dates import load_heldout, score

HERE = Path(__file__).parent


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


# --- the held-out strings themselves ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("round_number", "opening"),
    [
        (269, "Aktuell – Stand Januar 2020"),
    ],
)
def test_the_held_out_strings_of_these_causes(round_number: int, opening: str) -> None:
    path = HERE / f"date_strings_heldout_round{round_number}.yaml"
    cases = [case for case in load_heldout(path) if case.text.startswith(opening)]
    assert cases, opening
    for case in cases:
        assert score(case)[0], (case.text, score(case)[1])
