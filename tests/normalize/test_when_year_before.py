"""A yearless day whose year the text named before it, as the time of the year."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_year_before import with_year_before

_CONGRESS = (
    "At the end of 2023, the Chaos Communication Congress took place for the first time since "
    "2019. From December 27 to 30, we participated with Bits & Bäume at the Congress Center."
)


def test_the_year_of_the_sentence_before_dates_an_english_day_range() -> None:
    assert "From December 27 to 30, 2023, we" in with_year_before(_CONGRESS)
    found = parse_when(_CONGRESS, today=date(2025, 3, 25))
    assert (found.start, found.end, found.all_day) == ("2023-12-27", "2023-12-30", True)


@pytest.mark.parametrize(
    "text",
    [
        # two years the text is about: which one is the day's is not said
        "At the end of 2023 and in 2024 we met. On December 27, we talked.",
        # the day carries its own year
        "At the end of 2023, we moved. On December 27, 2024 we met again.",
        # no year named as the time of the year
        "The congress took place for the first time since 2019. From December 27 to 30, we met.",
    ],
)
def test_no_year_is_given_when_the_text_does_not_say_which(text: str) -> None:
    assert with_year_before(text) == text


def test_a_year_a_span_counts_from_leaves_the_named_year_alone() -> None:
    text = "Ende 2023 war es seit 2019 wieder so weit. Am 27. Dezember trafen wir uns."
    assert with_year_before(text) == (
        "Ende 2023 war es seit 2019 wieder so weit. Am 27. Dezember 2023 trafen wir uns."
    )
