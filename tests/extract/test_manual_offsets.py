"""Zones named by a manual UTC offset, and the offset a local clock and its UTC clock show."""

from __future__ import annotations

from datetime import UTC, timedelta

from netdir.extract.manual_offsets import manual_offset_zone, offset_between


def _hours(zone: object) -> float:
    assert zone is not None
    offset = zone.utcoffset(None)  # type: ignore[attr-defined]
    return offset / timedelta(hours=1)


def test_manual_offsets_are_fixed_zones() -> None:
    assert _hours(manual_offset_zone("UTC-3")) == -3
    assert _hours(manual_offset_zone("UTC+5.5")) == 5.5
    assert _hours(manual_offset_zone("UTC+5.75")) == 5.75
    assert _hours(manual_offset_zone("UTC+05:45")) == 5.75
    assert manual_offset_zone("UTC+0") is UTC
    assert manual_offset_zone("UTC") is UTC


def test_other_names_are_no_manual_offset() -> None:
    for name in ("Europe/Berlin", "CET", "UTC+15", "UTC-3 Buenos Aires", "", None):
        assert manual_offset_zone(name) is None


def test_the_offset_between_a_local_clock_and_its_utc_clock() -> None:
    assert _hours(offset_between("2017-04-22 17:00:00", "2017-04-22 20:00:00")) == -3
    assert _hours(offset_between("2022-09-22 03:00:00", "2022-09-22 10:00:00")) == -7
    assert offset_between("2018-06-25 18:30:00", "2018-06-25 18:30:00") is UTC
    # Not a zone: more than 14 hours apart, or not a whole quarter hour.
    assert offset_between("2017-04-22 17:00:00", "2017-04-21 17:00:00") is None
    assert offset_between("2017-04-22 17:00:00", "2017-04-22 17:07:00") is None
    assert offset_between("2017-04-22 17:00:00", None) is None
