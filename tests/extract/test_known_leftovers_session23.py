"""Known leftovers of the real-page corpus (tests/realpages/README.md, held-out logs) fixed in
session 23, each pinned on its real page and on a small text of its own."""

from __future__ import annotations

from datetime import date

import pytest

from netdir.extract.title_text import is_junk_title
from netdir.normalize import parse_when
from tests.extract.realpage_inspect import inspect_page


def test_a_day_whose_leading_zero_is_the_letter_o_is_read() -> None:
    # A club's hand-typed date badges „FRIDAY<br>JULY<br>o5“: the letter o for the zero.
    assert parse_when("FRIDAY JULY o5", today=date(2024, 6, 28)).start == "2024-07-05"
    assert parse_when("JULY or 5", today=date(2024, 6, 28)).start is None
    # the badge names no event: the headliner below it titles the row
    assert is_junk_title("SATURDAY AUGUST o3")
    assert not is_junk_title("Turning Point o5")


def test_the_badges_typed_with_o_date_their_rows(capsys: pytest.CaptureFixture[str]) -> None:
    # before: six rows „FRIDAY JULY o5“ … dated by the row above and titled by their badge
    records = inspect_page(
        capsys,
        "static-garrison-listings.html",
        "http://www.garrisontoronto.com/listings.html",
        "2024-06-27",
    )
    found = {(r["start"][:16], r["title"]) for r in records}
    assert ("2024-07-05T20:00", "COLA") in found
    assert ("2024-12-01T19:00", "JOE P") in found
    assert not any(r["title"].endswith(("o5", "o1")) for r in records)
