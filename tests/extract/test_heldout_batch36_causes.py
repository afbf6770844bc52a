"""Causes found on held-out batch 36, owners A–M (a slam poet's performance list, a community
garden's month grids, a conference's programme tabs, a queer centre's event cards), each pinned
on its real page of the corpus (tests/realpages/README.md)."""

from __future__ import annotations

import pytest

from netdir.extract.date_cues import DATE_LIKE
from tests.extract.realpage_inspect import inspect_page as _inspect

LOOSER = (
    "static-dominiclooser-auftritte-2019.html",
    "https://dominiclooser.ch/auftritte.html",
    "2019-10-08",
)


def test_a_stamp_written_as_text_dates_its_row(capsys: pytest.CaptureFixture[str]) -> None:
    # „<li> <time>2019-01-17T00:00:00.000Z</time><p>Gegeneinander Anti Slam, Winterthur </p>“:
    # the "T" after the day is no word boundary, so the row looked undated and the thirteen
    # newer performances were dropped; the UTC midnight is the day itself, not 01:00 in Berlin.
    rows = _inspect(capsys, *LOOSER)
    assert len(rows) == 27
    first = rows[0]
    assert (first["title"], first["start"], first["location"]) == (
        "Gegeneinander Anti Slam",
        "2019-01-17",
        "Winterthur",
    )
    assert DATE_LIKE.search("2019-01-17T00:00:00.000Z")
    assert not DATE_LIKE.search("Vorlage 2019-01-17x")
