"""A time line whose only words say what the clock is (block_dates._no_name_beside_the_clock)."""

from __future__ import annotations

import pytest

from netdir.extract.block_dates import _no_name_beside_the_clock
from tests.extract.realpage_inspect import inspect_corpus_page


@pytest.mark.parametrize(
    ("line", "clock_only"),
    [
        ("Show starts 8:00 PM", True),
        ("Doors open 7:00 PM", True),
        ("Beginn 20 Uhr", True),
        ("Start: 19:00", True),
        ("19:30 Uhr", True),
        ("Konzert 20 Uhr", False),  # a name beside the clock: a line of its own event
        ("Lesung mit Anna Muster 19 Uhr", False),
    ],
)
def test_words_that_only_label_the_clock(line: str, clock_only: bool) -> None:
    assert _no_name_beside_the_clock(line) is clock_only


def test_a_card_opens_its_doors_before_the_show(capsys: pytest.CaptureFixture[str]) -> None:
    """MoPOP's event cards: „February 21, 2026“ over „Doors open 7:00 PM“ / „Show starts 8:00
    PM“ — the show starts at 8, the doors' hour is not the start."""
    records = inspect_corpus_page(capsys, "webflow-mopop-events")
    starts = {r["title"]: r["start"][:16] for r in records if r["title"].startswith("Sound Off")}
    assert starts == {
        "Sound Off! - Showcase #2": "2026-02-21T20:00",
        "Sound Off! - Showcase #3": "2026-02-28T20:00",
    }
