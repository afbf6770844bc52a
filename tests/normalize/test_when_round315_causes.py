"""Causes found by held-out date rounds 315-316 (tests/normalize/date_strings_heldout_round315.yaml …).

- „Januar – Wanderung | Das neue Wanderjahr hat begonnen. Der Wanderplan ist auf der Homepage zu
  finden.“ written on 20 January: the perfect of „beginnen“ tells that the month under way has
  begun, as „begann“ does, so a report's heading names its month and no offering's period
  (``when``, ``_HAS_BEGUN``).
"""

from __future__ import annotations

from datetime import date

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read


def test_month_under_way_that_has_begun_is_a_report_heading() -> None:
    when = parse_when("Mai – Wanderung | Die Saison hat begonnen.", today=date(2025, 5, 12))
    assert when.start is None and when.end is None


def test_month_ahead_beside_a_begun_perfect_stays() -> None:
    # only the month under way: a later month is still read ahead
    when = parse_when("Juni – Wanderung | Die Saison hat begonnen.", today=date(2025, 5, 12))
    assert (when.start, when.end) == ("2025-06-01", "2025-06-30")


def test_month_under_way_without_a_past_stays() -> None:
    when = parse_when("Mai – Wanderung | Wir wandern im Hämeler Wald.", today=date(2025, 5, 12))
    assert (when.start, when.end) == ("2025-05-01", "2025-05-31")


def test_round316_month_heading_of_a_report() -> None:
    assert_heldout_read(316, "Januar – Wanderung")
