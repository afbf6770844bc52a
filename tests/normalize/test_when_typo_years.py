"""A year typed with a figure too many, set right by the weekday before its day."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from netdir.normalize.when_typo_years import with_mistyped_years_mended
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("Mittwoch, 1.2.167, von 18.30-21.30 Uhr", "Mittwoch, 1.2.17, von 18.30-21.30 Uhr"),
        ("Mo 1.2.167", "Mo 1.2.16"),  # 1 February 2016 was a Monday
        ("1.2.167", "1.2.167"),  # no weekday: nothing tells the year
        ("Donnerstag, 1.2.167", "Donnerstag, 1.2.167"),  # no year left fits a Thursday
        ("Mittwoch, 1.2.2017", "Mittwoch, 1.2.2017"),
    ],
)
def test_the_weekday_picks_the_year(text: str, mended: str) -> None:
    assert with_mistyped_years_mended(text) == mended


def test_parse_when_reads_the_mended_day() -> None:
    found = parse_when("Mittwoch, 1.2.167, von 18.30-21.30 Uhr", today=date(2017, 1, 15))
    assert (found.start, found.end) == ("2017-02-01T18:30:00+01:00", "2017-02-01T21:30:00+01:00")


def test_the_watercolour_course_starts_on_wednesday(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "wfx-kulturhaus-suederelbe-kursprogramm-2017")
    starts = [r["start"] for r in records if r["title"] == "Aquarellmalerei"]
    assert "2017-02-01T18:30:00+01:00" in starts
