"""normalize/when_roles: the day a survey or a consultation closes is the last day to answer it, no
offering's day („Survey ends on September 29th, 2023“, „Die Bürgerbefragung endet am 29.09.2023“);
an event about a survey keeps its day."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize import parse_when

_TODAY = date(2023, 9, 16)


@pytest.mark.parametrize(
    ("text", "day_first"),
    [
        ("Fill out the survey and have your say! Survey ends on September 29th, 2023.", False),
        ("The survey is open until September 29th, 2023.", False),
        ("Die Umfrage läuft bis zum 29. September.", True),
        ("Die Bürgerbefragung endet am 29.09.2023.", True),
    ],
)
def test_a_surveys_closing_day_is_a_deadline(text: str, day_first: bool) -> None:
    found = parse_when(text, today=_TODAY, day_first=day_first)
    assert found.start is None and found.end is None
    assert str(found.deadline).startswith("2023-09-29")


@pytest.mark.parametrize(
    ("text", "day_first"),
    [
        ("Join the town hall about the survey on September 29 at 7 pm.", False),
        ("Ausstellung läuft bis zum 29. September.", True),
    ],
)
def test_an_event_keeps_its_day(text: str, day_first: bool) -> None:
    found = parse_when(text, today=_TODAY, day_first=day_first)
    assert "2023-09-29" in str(found.start) + str(found.end)
