"""A German day written as a spoken ordinal in digits (held-out batch 77: a hunting ground's page
„Revierübergreifende Treibjagd am Sonntag den 11ten Januar 2026“, read as January 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.date_cues import DATE_LIKE
from netdir.normalize.when import parse_when
from netdir.normalize.when_spoken_ordinal_days import spoken_ordinal_days_dotted

_TODAY = date(2025, 10, 24)


def test_the_ordinal_ending_before_a_month_is_the_days_dot() -> None:
    assert spoken_ordinal_days_dotted("am Sonntag den 11ten Januar 2026") == (
        "am Sonntag den 11. Januar 2026"
    )
    assert spoken_ordinal_days_dotted("der 1te Mai") == "der 1. Mai"
    assert spoken_ordinal_days_dotted("zum 21sten Juni") == "zum 21. Juni"
    assert spoken_ordinal_days_dotted("ab dem 3ter Oktober") == "ab dem 3. Oktober"


@pytest.mark.parametrize(
    "text",
    [
        "zum 2ten Mal am 3. Mai",  # no month after the ordinal: a count
        "die 3te Klasse",
        "11th January 2026",  # English keeps its suffix
        "Raum 1.11ten Januar",  # glued to another number
    ],
)
def test_other_texts_stay(text: str) -> None:
    assert spoken_ordinal_days_dotted(text) == text


def test_parse_when_reads_the_day_not_the_month() -> None:
    # Before: 2026-01-01 to 2026-01-31, the month (the day hidden by its ending).
    when = parse_when(
        "Revierübergreifende Treibjagd am Sonntag den 11ten Januar 2026", today=_TODAY
    )
    assert (when.start, when.end, when.precision) == ("2026-01-11", None, "day")
    assert parse_when("am 3ter Oktober 2026 um 20 Uhr", today=_TODAY).start == (
        "2026-10-03T20:00:00+02:00"
    )


def test_a_page_finds_the_day_written_so() -> None:
    found = DATE_LIKE.search("Treibjagd am Sonntag den 11ten Januar 2026")
    assert found is not None and found.group(0) == "11ten Januar 2026"
    assert DATE_LIKE.search("zum 2ten Mal") is None
