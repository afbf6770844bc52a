"""Causes found by held-out date rounds 301-303 (tests/normalize/date_strings_heldout_round301.yaml …).

- „Es gibt (Stand März 2024) etwa 10 Millionen OpenStreetMap-Accounts.“: a count's number beside a
  status stamp names no day, so the stamp alone is the sentence's date and no event's
  (``when_record_days``; round 269's stamp set into a sentence).
"""

from __future__ import annotations

from datetime import date

import pytest

from netdir.normalize.when import parse_when
from tests.normalize.test_heldout_dates import assert_heldout_read


def _start_end(text: str, today: date) -> tuple[str | None, str | None]:
    found = parse_when(text, today=today)
    return found.start, found.end


@pytest.mark.parametrize(
    "text",
    [
        "Es gibt (Stand März 2024) etwa 10 Millionen Accounts.",
        "Aktuell – Stand Mai 2024 – sind 250 Stämme bestellt.",
        "Es gibt (Stand März 2024) etwa 2,3 Millionen Accounts.",
    ],
)
def test_a_count_beside_a_status_stamp_names_no_day(text: str) -> None:
    assert _start_end(text, date(2024, 6, 25)) == (None, None)


def test_a_day_beside_a_status_stamp_still_counts() -> None:
    start, _ = _start_end(
        "Aktuell – Stand Januar 2024 – treffen wir uns am 5. Juli um 18 Uhr.", date(2024, 6, 25)
    )
    assert start == "2024-07-05T18:00:00+02:00"


def test_round303_account_count_stamp() -> None:
    assert_heldout_read(303, "Es gibt (Stand März 2024)")
