"""An ordinal day whose suffix stands apart (English listing batch AN: a user group's Jekyll
archive writes „January 18<sup>th</sup>, 2018“, read „January 18 th , 2018“)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_detached_ordinals import ordinals_rejoined


def test_the_suffix_next_to_a_month_joins_its_day() -> None:
    assert ordinals_rejoined("January 18 th , 2018") == "January 18th , 2018"
    assert ordinals_rejoined("March 22 nd, 2018") == "March 22nd, 2018"
    assert ordinals_rejoined("Sept. 3 rd 2019") == "Sept. 3rd 2019"
    assert ordinals_rejoined("the 2 nd of May 2018") == "the 2nd of May 2018"
    assert ordinals_rejoined("21 st May") == "21st May"


@pytest.mark.parametrize(
    "text",
    [
        "150 W 21 st Street",  # no month beside it: a street
        "May 4 st",  # no ordinal of 4
        "May 11 st",  # 11th, not 11st
        "January 18th, 2018",  # nothing apart
    ],
)
def test_other_texts_stay(text: str) -> None:
    assert ordinals_rejoined(text) == text


def test_parse_when_keeps_the_year_after_the_detached_suffix() -> None:
    # Before: 2025-01-18, the 18 January nearest the day the page was read; 2018 was lost.
    assert parse_when("January 18 th , 2018", today=date(2025, 1, 12)).start == "2018-01-18"
    assert parse_when("March 22 nd , 2018", today=date(2025, 1, 12)).start == "2018-03-22"


def test_a_long_text_is_read_in_time() -> None:
    text = "January 1 " * 5000 + "st"
    assert ordinals_rejoined(text).endswith("January 1st")
