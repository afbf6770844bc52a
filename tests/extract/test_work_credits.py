"""A heading made of a quoted work and its author names the rows by the work (extract.work_credits)."""

from __future__ import annotations

import time

import pytest

from netdir.extract.heading_item_name import item_name
from netdir.extract.work_credits import work_without_its_author


@pytest.mark.parametrize(
    ("heading", "work"),
    [
        (
            "„Leben im All – Eine rockige Reise durch die Galaxie“ von Gerhard A. Meyer",
            "Leben im All – Eine rockige Reise durch die Galaxie",
        ),
        ("„Die Dreigroschenoper“ von Bertolt Brecht und Kurt Weill", "Die Dreigroschenoper"),
        ('"Hamlet" by William Shakespeare', "Hamlet"),
        ("„Der Besuch der alten Dame“, von Friedrich Dürrenmatt", "Der Besuch der alten Dame"),
    ],
)
def test_a_quoted_work_and_its_author_is_the_work(heading: str, work: str) -> None:
    assert work_without_its_author(heading) == work
    assert item_name(heading) == work


@pytest.mark.parametrize(
    "heading",
    [
        "„Faust“ von Goethe im Stadttheater",  # says more than who wrote it
        "Konzert von Hans Meyer",  # no quoted work
        "„Faust“",
        "„Ja“ von Hans Meyer",  # too short a name to stand alone
        "Lesung: „Faust“ von Goethe",  # words before the quote
    ],
)
def test_any_other_heading_stays(heading: str) -> None:
    assert work_without_its_author(heading) == heading


def test_long_unmatched_headings_are_quick() -> None:
    started = time.perf_counter()
    for heading in ("„" + "a " * 20_000, "„abc“ von " + "Aa " * 20_000 + "!"):
        assert work_without_its_author(heading) == heading
    assert time.perf_counter() - started < 0.5
