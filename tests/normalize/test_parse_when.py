"""parse_when against a table of real-looking date texts (tests/normalize/data/when_cases.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from netdir.normalize import When, parse_when

CASES_FILE = Path(__file__).parent / "data" / "when_cases.tsv"
DEFAULT_TODAY = date(2026, 11, 27)


@dataclass(frozen=True)
class WhenCase:
    text: str
    expected: When
    today: date
    page_date: date | None


def _value(cell: str) -> str | None:
    return None if cell == "-" else cell


def _date(cell: str) -> date | None:
    return None if cell == "-" else date.fromisoformat(cell)


def _flag(cell: str) -> bool | None:
    return {"true": True, "false": False, "-": None}[cell]


def read_cases() -> list[WhenCase]:
    cases: list[WhenCase] = []
    for line in CASES_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        text, start, end, all_day, precision = cells[:5]
        today = (
            date.fromisoformat(cells[5]) if len(cells) > 5 and cells[5] != "-" else DEFAULT_TODAY
        )
        page_date = _date(cells[6]) if len(cells) > 6 else None
        recurrence = _value(cells[7]) if len(cells) > 7 else None
        deadline = _value(cells[8]) if len(cells) > 8 else None
        published = _value(cells[9]) if len(cells) > 9 else None
        expected = When(
            _value(start), _value(end), _flag(all_day), _value(precision), recurrence,
            deadline, published,
        )  # fmt: skip
        cases.append(WhenCase(text, expected, today, page_date))
    return cases


CASES = read_cases()


def test_the_table_holds_at_least_150_cases() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}:{c.text[:40]}" for i, c in enumerate(CASES)])
def test_date_text_parses_to_the_expected_start_end_and_precision(case: WhenCase) -> None:
    found = parse_when(case.text, today=case.today, page_date=case.page_date)
    assert found == case.expected


@pytest.mark.parametrize("text", ["", "   ", None])
def test_empty_input_is_all_null(text: str | None) -> None:
    assert parse_when(text, today=DEFAULT_TODAY) == When(None, None, None, None)


def test_end_is_never_before_start_in_the_whole_table() -> None:
    for case in CASES:
        found = parse_when(case.text, today=case.today, page_date=case.page_date)
        if found.start and found.end:
            assert found.end[:10] >= found.start[:10], case.text


def test_year_is_inferred_from_the_page_date_before_today() -> None:
    on_page = parse_when("18. März", today=date(2026, 11, 27), page_date=date(2025, 12, 1))
    without_page = parse_when("18. März", today=date(2026, 11, 27))
    assert on_page.start == "2026-03-18"
    assert without_page.start == "2027-03-18"


def test_a_month_first_page_reads_a_bare_range_from_1_to_7_as_the_evening() -> None:
    # Date round 58: "September 18" leaves no English word once blanked out; the page's
    # month-first order says it is an American one, whose "6:30 - 7:30" is the evening's.
    text = "DANIEL TIGER'S MOVIE PREMIERE! September 18, 6:30 - 7:30, Auditorium"
    found = parse_when(text, today=date(2018, 9, 1), day_first=False)
    assert (found.start, found.end) == ("2018-09-18T18:30:00+02:00", "2018-09-18T19:30:00+02:00")
    german = parse_when("18.09., 6:30 - 7:30 Frühschwimmen", today=date(2018, 9, 1), day_first=True)
    assert german.start == "2018-09-18T06:30:00+02:00"


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        # rounds 72-76: radio amateurs' clocks, hours and minutes run together
        (
            "ARRL Straight Key Night (SKN) is January 1, 2023, from 0000 UTC through 2359 UTC.",
            date(2022, 12, 30),
            "2023-01-01T00:00",
            "2023-01-01T23:59",
        ),
        (
            "Breakfast on the farm June 2, 0800-1300. If you want to volunteer, come on out",
            date(2018, 5, 25),
            "2018-06-02T08:00",
            "2018-06-02T13:00",
        ),
        (
            "contact the Special Event Station W0I between July 3rd 1800Z and July 5th 2359Z!",
            date(2020, 6, 27),
            "2020-07-03T18:00",
            "2020-07-05T23:59",
        ),
        # a range of years is no clock range
        ("Fotos aus den Jahren 2010-2015 am 3. Mai", date(2026, 4, 1), "2026-05-03", None),
        # "18 Uhr ct." (the academic quarter without the dot after the c)
        (
            "Vortrag am 3. Mai um 18 Uhr ct. im Hörsaal 1",
            date(2026, 4, 1),
            "2026-05-03T18:15",
            None,
        ),
    ],
)
def test_run_together_and_academic_clocks_keep_their_wall_time(
    text: str, today: date, start: str, end: str | None
) -> None:
    found = parse_when(text, today=today)
    assert found.start is not None
    assert found.start[: len(start)] == start
    assert (found.end or "")[: len(end or "")] == (end or "")
    assert (found.end is None) == (end is None)
