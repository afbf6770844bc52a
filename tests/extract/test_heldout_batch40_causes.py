"""Causes found on held-out batch 40 (static exports of CMS sites: The Events Calendar's German
list of past events), each pinned on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect

PAST = (
    "tec-mpevents-vergangene-2024-05.html",
    "https://mp.events/events/liste/",
    "2024-05-10",
)


def test_a_day_badge_gives_way_to_the_same_days_datetime_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Each row: a badge „<time datetime="2023-11-11">Nov 11 2023</time>“, then the datetime line
    # „<time datetime="2023-11-11">11 November, 2023 20:00 - 22:30</time>“: the line names the
    # badge's day again with the hours, so it dates the row (the badge alone lost the clocks).
    rows = _inspect(capsys, *PAST)
    assert [(r["title"], r["start"], r["end"]) for r in rows] == [
        (
            "SALÒ – 120 Jahre Einsamkeit Tour 2023",
            "2023-11-11T20:00:00+01:00",
            "2023-11-11T22:30:00+01:00",
        ),
        (
            "Drei Meter Feldweg – mit Konfetti und Raketen Tour 2023",
            "2023-11-10T20:00:00+01:00",
            "2023-11-10T23:00:00+01:00",
        ),
        ("Zweite Jugend Konzert", "2023-10-27T20:00:00+02:00", "2023-10-27T23:00:00+02:00"),
    ]


def test_a_row_takes_the_venue_another_row_has_when_its_prose_puts_it_there(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The first row's venue block „Factory Magdeburg / Sandbreite 2, Magdeburg“; the third row has
    # none, but its excerpt says „… durch die Nacht in der Factory Magdeburg …“. The second row's
    # excerpt names no venue of the list and stays without a place.
    rows = _inspect(capsys, *PAST)
    assert [r["location"] for r in rows][1:] == [None, "Factory Magdeburg"]
