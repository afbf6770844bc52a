"""Held-out structured batch AE: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_an_undated_series_its_sessions_name_as_superevent_is_no_offering_of_its_own(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Sober Founders: an EventSeries without a day ("Sober Founders Weekly Mastermind
    # Sessions", named nowhere on the page) and two weekly Events whose superEvent is its @id.
    # The series gave a third, dateless record beside the two sessions.
    rows = inspect_corpus_page(capsys, "jsonld-eventseries-soberfounders-mastermind-2026-03")
    assert [(r["start"], r["recurrence"]) for r in rows] == [
        ("2026-03-19T12:00:00-04:00", "FREQ=WEEKLY;BYDAY=TH"),
        ("2026-03-17T12:00:00-04:00", "FREQ=WEEKLY;BYDAY=TU"),
    ]


def test_a_festival_start_at_its_first_days_last_minute_is_that_day(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Songkick: the Download Festival's MusicEvent starts "2025-06-13T23:59:00" and ends
    # "2025-06-15"; its row says "Jun 13". It began at 23:59 (+01:00 from the UK address).
    rows = inspect_corpus_page(capsys, "jsonld-songkick-anaal-nathrakh-2025-10")
    download = next(r for r in rows if "Donington" in r["title"])
    assert (download["start"], download["end"]) == ("2025-06-13", "2025-06-15")
    # The concert shown twice (two rows, a JSON-LD block in each) is one record.
    assert sum(r["start"] == "2026-08-06" for r in rows) == 1


def test_a_music_group_block_beside_the_events_is_no_offering(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Bandsintown: a MusicEvent array and a MusicGroup block (the band: hometown, members, no
    # event property) — four shows, the band no fifth record.
    rows = inspect_corpus_page(capsys, "jsonld-bandsintown-vulvodynia-2025-10")
    assert [r["start"] for r in rows] == [
        "2025-11-25T18:00:00+00:00",
        "2025-11-28T17:30:00+00:00",
        "2025-12-03T20:00:00+01:00",
        "2025-12-07T19:00:00+01:00",
    ]
