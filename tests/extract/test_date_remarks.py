"""A date line that ends in a short remark after a dash still dates its row."""

from __future__ import annotations

import pytest

from netdir.extract.date_remarks import is_dashed_remark
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    "rest", [" - Ausnahme! (Sommerferien)", " – fällt aus", " — mit Anmeldung"]
)
def test_short_remarks_after_a_dash(rest: str) -> None:
    assert is_dashed_remark(rest)


@pytest.mark.parametrize(
    "rest",
    [
        " Wie Kommunen den Klimawandel in ihre Planung aufnehmen",  # no dash: a sentence
        " - Der Verein hat auf seiner Versammlung einen neuen Vorstand gewählt",  # too long
        " -",
    ],
)
def test_sentences_and_bare_dashes_are_no_remarks(rest: str) -> None:
    assert not is_dashed_remark(rest)


def test_the_coding_clubs_exceptional_sessions_stay(capsys: pytest.CaptureFixture[str]) -> None:
    """CoderDojo Heidelberg's sessions: „Am Sonntag - 22.07.2018 von 10:00 bis 13:00 Uhr -
    Ausnahme! (Sommerferien)“ dates its session as the lines without the remark do; the
    „Adresse“ section's sentence „Die Veranstaltungen finden bei der FUU Privatschule Heidelberg
    statt.“ places them all."""
    records = inspect_corpus_page(capsys, "static-coderdojo-hd-termine-2018-03")
    assert [r["title"] for r in records] == [f"CoderDojo HD 18#0{n}" for n in range(7, 0, -1)]
    assert records[0]["start"].startswith("2018-07-22T10:00")
    assert {r["location"] for r in records} == {"FUU Privatschule Heidelberg"}
