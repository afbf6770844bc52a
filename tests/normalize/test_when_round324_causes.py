"""Causes found by held-out date round 324 (tests/normalize/date_strings_heldout_round324.yaml).

- „Jedes Jahr am 1. Adventswochenende verkaufen wir … unsere Werke.“ read in February: a yearly
  custom told in the present names its coming weekend, not the one just gone; the nearest Advent
  weekend (last December's) was taken (``when_feast_days``, ``when_former_customs``,
  ``is_standing_custom``).
- „Rundbrief Januar 2025“: a periodical's issue named by its month and year alone is the
  issue's stamp, no event; the whole month was read (``when_record_days``, ``_ISSUE``).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read

_FEBRUARY = date(2024, 2, 3)


def _read(text: str, today: date = _FEBRUARY) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return (found.start or "")[:16] or None, (found.end or "")[:16] or None


@pytest.mark.parametrize(
    "text",
    [
        "Jedes Jahr am 1. Adventswochenende sind wir mit einem Stand auf dem Markt.",
        "Alljährlich am zweiten Adventswochenende findet unser Basar statt.",
    ],
)
def test_a_yearly_advent_weekend_in_the_present_is_the_coming_one(text: str) -> None:
    assert _read(text)[0] is not None
    assert _read(text)[0] >= "2024-11-30"


def test_a_reported_advent_weekend_keeps_the_one_gone() -> None:
    text = "Am 1. Adventswochenende waren wir mit einem Stand auf dem Markt."
    assert _read(text) == ("2023-12-02", "2023-12-03")


def test_a_yearly_advent_weekend_told_in_the_past_is_not_the_coming_one() -> None:
    text = "Wie jedes Jahr waren wir am 1. Adventswochenende mit einem Stand auf dem Markt."
    assert _read(text)[0] != "2024-11-30"


def test_a_yearly_advent_weekend_before_it_is_this_years() -> None:
    text = "Jedes Jahr am 1. Adventswochenende sind wir mit einem Stand auf dem Markt."
    assert _read(text, date(2019, 10, 6)) == ("2019-11-30", "2019-12-01")


@pytest.mark.parametrize(
    "text", ["Rundbrief Januar 2025", "Gemeindebrief März 2024", "Newsletter: Mai 2023"]
)
def test_an_issues_month_alone_is_its_stamp(text: str) -> None:
    assert _read(text)[0] is None


def test_a_newsletters_event_day_stays() -> None:
    text = "Rundbrief Januar 2025: Unser Basar findet am 8. Februar 2025 statt."
    assert _read(text)[0] == "2025-02-08"


@pytest.mark.parametrize(
    "opening",
    [
        "Jedes Jahr am 1. Adventswochenende",
        "Hobby- und Kunstausstellung | Bürgerzentrum Bruchsal",
        "Wie jedes Jahr werden wir auch in 2016",
        "Rundbrief Januar 2025",
    ],
)
def test_round_324_strings(opening: str) -> None:
    assert_heldout_read(324, opening)
