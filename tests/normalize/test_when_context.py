"""``parse_when(…, year=…)`` / ``netdir parse when --year``: the year a page's context states.

The held-out strings below were misses because their year is on the page, not in the text (a
yearly preview read in January, a 2024 list of closing days, a programme's typo'd weekday): given
the year the page states, they read right. Without it, nothing changes.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from netdir.cli.main import main
from netdir.normalize import parse_when
from netdir.normalize.when_context import heading_span
from tests.normalize.test_heldout_dates import load_heldout

HERE = Path(__file__).parent

#: (held-out file, the string's opening words, the year its page states)
PAGE_YEARS = [
    # (round 9's „Die Kerwe steigt vom 13. bis 17. September“ reads right without its page's year
    # since an event announced in the present lies ahead: when_preview_year.announced_year)
    ("date_strings_heldout_round9.yaml", "Die Gemeinde wird am 31. Dezember 50 Jahre", 2024),
    ("date_strings_heldout_round10.yaml", "Do.\n06. Januar |", 2023),
    ("date_strings_heldout_round12.yaml", "Im August folgt ein Grillfest", 2020),
    ("date_strings_heldout_round14.yaml", "Die Einrichtung ist Heilig Abend und Sylvester", 2024),
]


@pytest.mark.parametrize(("file", "opening", "year"), PAGE_YEARS)
def test_a_held_out_string_reads_right_with_its_page_year(
    file: str, opening: str, year: int
) -> None:
    case = next(c for c in load_heldout(HERE / file) if c.text.startswith(opening))
    without = parse_when(case.text, today=case.today)
    found = parse_when(case.text, today=case.today, year=year)
    assert (without.start or "")[:10] != case.start  # a miss without the page's year
    assert (found.start or "")[:16] == case.start
    assert (found.end or "")[:16] == (case.end or "")


def test_the_stated_year_fills_every_missing_year_but_not_a_written_one() -> None:
    today = date(2026, 11, 27)
    assert parse_when("28.12. bis 2.1.", today=today, year=2024).as_dict()["start"] == "2024-12-28"
    assert parse_when("28.12. bis 2.1.", today=today, year=2024).end == "2025-01-02"
    assert parse_when("KW 2", today=today, year=2024).start == "2024-01-08"
    assert parse_when("2. Halbjahr", today=today, year=2028).start == "2028-07-01"
    assert parse_when("am Pfingstmontag", today=today, year=2030).start == "2030-06-10"
    assert parse_when("Im März", today=today, year=2031).start == "2031-03-01"
    assert parse_when("12. März 2027", today=today, year=2024).start == "2027-03-12"
    # relative words still count from the page's day
    assert parse_when("morgen, 14 Uhr", today=today, year=2024).start == "2026-11-28T14:00:00+01:00"


def test_parse_when_cli_takes_the_page_year(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Heilig Abend und Sylvester geschlossen"
    assert main(["parse", "when", text, "--today", "2025-03-01", "--year", "2025"]) == 0
    assert json.loads(capsys.readouterr().out)["start"] == "2025-12-24"
    with pytest.raises(SystemExit) as stopped:
        main(["parse", "when", text, "--year", "25"])
    assert stopped.value.code == 2
    assert "not a year" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Termine zum Schuljahr 2024/2025 | 27.06. | Zeugnisse", (2024, 2025)),
        ("Saison 2025/26 | 12. April | Heimspiel", (2025, 2026)),
        ("Programm 2024 | 12. April", None),  # one year: ``heading_year``
        ("Chronik 2019/2021 | 3. Mai", None),  # no two following years
        ("2024/2025 und 2025/2026 | 3. Mai", None),  # two spans name none
        ("Am 27.06. | 2024/2025", None),  # no heading before the bar
    ],
)
def test_a_heading_names_one_span_of_two_following_years(
    text: str, span: tuple[int, int] | None
) -> None:
    assert heading_span(text) == span


def test_a_school_year_heading_puts_its_yearless_days_ahead_of_the_page_day() -> None:
    today = date(2024, 8, 20)
    later = parse_when("Termine zum Schuljahr 2024/2025 | 13.03. | Sprechtag", today=today)
    soon = parse_when("Termine zum Schuljahr 2024/2025 | 28.08. | Elternrat", today=today)
    # (without the heading, the nearest day; a programme's row „13.03. | Sprechtag“ would be the
    # coming one: when_told_past)
    alone = parse_when("Sprechtag am 13.03.", today=today)
    assert (later.start, soon.start, alone.start) == ("2025-03-13", "2024-08-28", "2024-03-13")
