"""The extractors' weekday patterns read the names of normalize.when_words, so a name the
date grammar knows ("Sonnabend", the north German Saturday) is known to them too."""

from __future__ import annotations

import pytest

from netdir.extract.calendar_days import weekday_days
from netdir.extract.date_cues import WEEKDAY_WORD
from netdir.extract.listing_score import _prose_states_its_rule


@pytest.mark.parametrize(
    "line", ["Sonnabend 14", "Sa 14 - So 15", "Wed 18 - Sun 22", "Do, 5. – Sa, 7."]
)
def test_a_row_named_by_weekday_and_number(line: str) -> None:
    assert weekday_days(line)


@pytest.mark.parametrize("word", ["Sonnabend", "Sa.", "Thurs", "Mittwoch,"])
def test_weekday_words(word: str) -> None:
    assert WEEKDAY_WORD.match(word)


def test_a_weekly_rule_in_prose_names_its_day_in_any_spelling_the_grammar_knows() -> None:
    assert _prose_states_its_rule("Jeden Sonnabend ab 15 Uhr treffen wir uns im Gemeindehaus.")
    assert _prose_states_its_rule("Jeden Mittwoch ab 19:30 Uhr findet der Minor Swing statt.")
    assert not _prose_states_its_rule("Noch Fragen? Jeden Dienstag ab 19:00 Uhr im Pfadfinderheim.")
