"""An ISO stamp of a data source as a moment: „Z“ as UTC, no stamp as None."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from netdir.extract.iso_moments import iso_moment


def test_a_stamp_with_z_its_offset_or_none() -> None:
    assert iso_moment("2017-12-02T18:00:00Z") == datetime(2017, 12, 2, 18, tzinfo=UTC)
    plus_one = timezone(timedelta(hours=1))
    assert iso_moment("2025-01-06T11:00:00.000+01:00") == datetime(2025, 1, 6, 11, tzinfo=plus_one)
    assert iso_moment("2012-03-09T20:30:00") == datetime(2012, 3, 9, 20, 30)


def test_no_stamp_is_no_moment() -> None:
    assert iso_moment("Tue, 08 Nov 2022 18:00:00 +0000") is None
    assert iso_moment("") is None
