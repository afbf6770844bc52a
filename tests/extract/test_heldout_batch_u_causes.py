"""Held-out batch U (structured data): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_page as _inspect

_ZINGERMANS = "https://www.zingermansdeli.com/"


def _zingermans(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, str]]:
    rows = _inspect(
        capsys, "tec-listwidget-zingermansdeli-home-2018-03.html", _ZINGERMANS, "2018-03-17"
    )
    return {row["title"]: row for row in rows}


def test_events_of_one_page_share_the_zone_the_others_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Zingerman's Deli (Ann Arbor): a TEC widget "Friday, March 23, 2018 @ 6:30 pm - 8:00 pm"
    # and a JSON-LD array of true UTC stamps ("2018-03-23T22:30:00+00:00"). The Places of three
    # events name the state (MI: New York's zone), two do not; those two were read in Berlin
    # (23:30+01:00, and 22:30+00:00 with an end at 02:30+02:00) instead of at 6:30 pm.
    rows = _zingermans(capsys)
    dandelion = rows["Dandelion Chocolate Tasting & Book Signing"]
    assert (dandelion["start"], dandelion["end"]) == (
        "2018-03-23T18:30:00-04:00",
        "2018-03-23T20:00:00-04:00",
    )
    ari = rows["The Best of 36 Years with Ari"]
    assert (ari["start"], ari["end"]) == ("2018-03-28T18:30:00-04:00", "2018-03-28T20:30:00-04:00")
    assert all(row["start"].endswith("-04:00") for row in rows.values())
