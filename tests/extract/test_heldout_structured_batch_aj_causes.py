"""Held-out structured batch AJ: each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_a_manual_utc_offset_is_the_events_zone(capsys: pytest.CaptureFixture[str]) -> None:
    # xGem's REST answer of The Events Calendar names its zone "UTC-3" (a WordPress manual
    # offset, no IANA name). Before: the local 17:00 was read as Berlin's, 17:00+02:00.
    rows = inspect_corpus_page(capsys, "tec-rest-xgem-events-2017-04")
    assert [(r["start"], r["end"]) for r in rows] == [
        ("2017-04-22T17:00:00-03:00", "2017-04-22T23:30:00-03:00"),
        ("2017-06-10T17:00:00-03:00", "2017-06-11T00:00:00-03:00"),
    ]


def test_zoneless_utc_json_ld_takes_the_offset_of_the_range_the_page_shows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The same meeting's event page: JSON-LD "2017-04-22 20:00:00" – "2017-04-23 02:30:00" (UTC
    # without a mark) beside "April 22 @ 5:00 pm - 11:30 pm". Before: 20:00+02:00 – 02:30.
    rows = inspect_corpus_page(capsys, "tec-event-xgem-grill-2017-04")
    assert [(r["start"], r["end"]) for r in rows] == [
        ("2017-04-22T17:00:00-03:00", "2017-04-22T23:30:00-03:00")
    ]
