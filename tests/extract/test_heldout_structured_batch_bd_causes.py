"""Held-out structured batch BD: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_church_calendars_series_that_ended_long_before_the_export_keep_their_last_night(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The Google calendar of the Jesus-Christus-Gemeinde Stadtoldendorf, exported 22 Nov 2019:
    # the fortnightly „arabische Kleingruppe“ ran until 16 Jul 2018, a Friday „Jugendtreff“
    # until 1 Nov 2018 (its last two Fridays before the UNTIL left out by the 2019 series,
    # 26 Oct is its last night). Before: no record for either, 25 of 27 items.
    rows = inspect_corpus_page(capsys, "ical-google-jcg-stadtoldendorf-2019-11")
    found = {(row["title"], row["start"][:16]) for row in rows}
    assert ("arabische Kleingruppe", "2018-07-03T18:00") in found
    assert ("Jugendtreff", "2018-10-26T18:30") in found
    assert ("Jugendtreff", "2019-10-18T19:00") in found  # the later series, EXDATEs skipped
    assert len(rows) == 27


def test_a_feeds_bracketed_day_and_clock_and_the_place_after_the_at_leave_the_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The bitcircus101 hackspace's RSS (June 2026): „[2026-06-05 20:00] Casual Linkup@bitcircus101
    # (1FR) @ Dorotheenstraße 101, 53111 Bonn“. Before: 15 of 15 days, but every title began
    # with „] “ and kept the address, no place.
    rows = inspect_corpus_page(capsys, "rss-bitcircus101-termine-2026-06")
    assert len(rows) == 15
    first = rows[0]
    assert (first["title"], first["start"]) == (
        "Casual Linkup@bitcircus101 (1FR)",
        "2026-06-05T20:00:00+02:00",
    )
    assert first["location"] == "Dorotheenstraße 101, 53111 Bonn"
    toys = [row["start"][:10] for row in rows if row["title"] == "Look at my toys!"]
    assert toys == [
        "2026-06-09",
        "2026-06-16",
        "2026-06-23",
        "2026-06-30",
        "2026-07-07",
        "2026-07-14",
    ]
