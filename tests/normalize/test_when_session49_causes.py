"""Date causes of session 49's corpus leftovers: each with its real phrase and a guard."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when

# Cause: a report posted days after the day it tells of names that day with a weekday that does
# not fit it („Am Samstag den 29.09. vertrat …“ posted on 4 October 2006: 29 September 2006 was
# a Friday). The weekday alone fits 29 September 2007, a year after the post; the report's day
# is the one just past.

OCTOBER_2006 = date(2006, 10, 4)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Am Samstag den 29.09. vertrat nur der 7jährige Moritz Putz mit seinem MONTY – "
            "Fahrrad, die Trialtruppe des MSC.",
            "2006-09-29",
        ),
        ("Am Sonntag, 30.09. fand das Sommerfest statt.", "2006-09-30"),
        ("Am Dienstag, 2.10. gewann unser Team das Turnier.", "2006-10-02"),
    ],
)
def test_a_reports_day_just_past_keeps_its_year(text: str, start: str) -> None:
    found = parse_when(text, today=OCTOBER_2006)
    assert found is not None
    assert found.start == start


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # not told in the past: the weekday names the year (29 September 2007 is a Saturday)
        ("Am Samstag den 29.09.", "2007-09-29"),
        # told in the past, but months back: the weekday still decides
        ("Am Samstag, 14.06. fand das Sommerfest statt.", "2003-06-14"),
    ],
)
def test_otherwise_the_weekday_still_names_the_year(text: str, start: str) -> None:
    found = parse_when(text, today=OCTOBER_2006)
    assert found is not None
    assert found.start == start
