"""Corpus leftovers of session 51 in the date grammar.

- „Vom 08.10-10.10 kannst du deine neuen Kommiliton:innen kennenlernen …“ (a freshers' page's
  lead over its programme): a run of two days whose closing dots are left out, behind „vom“, is
  that run — hours run „von … bis“, so „vom“ makes them days, as a weekday before them does
  („So. 01.12 - 24.12“): ``when_clean`` (``_UNDOTTED_WEEKDAY_RUN``).
"""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when

SEPTEMBER_2025 = date(2025, 9, 28)


def test_a_run_of_undotted_days_behind_vom_is_that_run() -> None:
    found = parse_when(
        "Vom 08.10-10.10 kannst du deine neuen Kommiliton:innen kennenlernen", today=SEPTEMBER_2025
    )
    assert (found.start, found.end, found.all_day) == ("2025-10-08", "2025-10-10", True)


def test_the_same_figures_behind_von_or_before_uhr_stay_no_run_of_days() -> None:
    assert parse_when("von 08.10-10.10", today=SEPTEMBER_2025).start is None
    assert parse_when("vom 08.10-10.10 Uhr", today=SEPTEMBER_2025).start is None
