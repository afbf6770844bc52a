"""Held-out batch S (structured data): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from netdir.normalize.when_zone import zone_of_stated_offsets
from tests.extract.realpage_inspect import inspect_page as _inspect

_CASTROS = "https://castroslounge.com/events/month/"


def test_a_grids_clocks_take_the_zone_its_structured_stamps_state(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Castro's Lounge (Toronto): The Events Calendar's month grid ("6:00 pm - 8:00 pm") and a
    # JSON-LD array of only the upcoming shows, each "2024-09-12T18:00:00-04:00"; the page
    # names no postal address. The grid's earlier shows were read at Berlin's offset
    # (18:00+02:00, six hours early); the JSON-LD says the site's clocks are -04:00.
    rows = _inspect(capsys, "tec-month-castroslounge-2024-09.html", _CASTROS, "2024-09-09")
    by_title = {(r["title"], r["start"][:10]): r for r in rows}
    first = by_title[("Mike Daley & Dave Murphy", "2024-08-29")]
    assert (first["start"], first["end"]) == (
        "2024-08-29T18:00:00-04:00",
        "2024-08-29T20:00:00-04:00",
    )
    night = by_title[("DJ Rob", "2024-09-06")]
    assert night["end"] == "2024-09-07T02:00:00-04:00"
    assert all(r["start"].endswith("-04:00") for r in rows)
    assert len(rows) == 23


def test_the_zone_of_stated_offsets_fits_every_stamp_or_none() -> None:
    summer, winter = "2024-09-12T18:00:00-04:00", "2024-11-20T19:00:00-05:00"
    assert zone_of_stated_offsets([summer, winter]) == "America/New_York"
    assert zone_of_stated_offsets(["2026-05-15T19:30:00-07:00"]) == "America/Los_Angeles"
    assert zone_of_stated_offsets(["2026-01-15T19:30:00-07:00"]) == "America/Denver"
    assert zone_of_stated_offsets(["2026-05-15T19:30:00+02:00"]) == "Europe/Berlin"
    # UTC stamps (a server's clock) and zone-less ones say nothing; a tour in two zones fits none.
    assert zone_of_stated_offsets(["2026-05-15T19:30:00Z", "2026-05-15T19:30:00"]) is None
    assert zone_of_stated_offsets([summer, "2024-09-13T19:00:00-07:00"]) is None
