"""A zone name a site writes is read once, the same way, by every reader of named zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from netdir.extract import discourse_event, embedded_json, tec
from netdir.extract.api_event_times import zoned_local
from netdir.normalize.when_zone import in_zone
from netdir.zone_names import named_zone, stated_zone, wall_clock_in


def test_a_zone_of_the_database_is_that_zone() -> None:
    assert named_zone("Europe/Berlin") == ZoneInfo("Europe/Berlin")
    assert named_zone("America/New_York") == ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    "name",
    [
        "Europe",  # a directory of the zone database: IsADirectoryError
        "Foo/Bar",
        "Europe/Berlin ",
        "../etc/passwd",
        "",
    ],
)
def test_a_name_that_is_no_zone_is_none(name: str) -> None:
    assert named_zone(name) is None


def test_every_reader_of_a_named_zone_takes_a_directory_name_for_no_zone() -> None:
    # „Europe“ raised IsADirectoryError in the readers that caught only the zone database's
    # „not found“ and ValueError: the page's records were lost to it.
    assert tec._zone("Europe") is None
    assert tec._zone("UTC-3") is not None  # a manual offset still names its fixed zone
    assert tec._zone("UTC-3").utcoffset(None) == timedelta(hours=-3)  # type: ignore[union-attr]
    assert stated_zone("Europe") is None  # frab's and discourse_event's zones
    markup = (
        '<div class="discourse-post-event" data-start="2026-05-01 19:30" data-timezone="Europe">'
    )
    assert discourse_event.discourse_event(markup) == ("2026-05-01T19:30:00", None)
    assert embedded_json._zone({"timezone": "Europe/"}) is None
    assert zoned_local({"local": "2026-05-01T19:30:00", "timezone": "Europe"}) == "2026-05-01T19:30"
    stamp = "2026-05-01T17:30:00+00:00"
    assert in_zone(stamp, "", "Europe") == stamp
    assert in_zone(stamp, "", "America/New_York") == "2026-05-01T17:30:00-04:00"


def test_a_stated_zone_is_its_stripped_text_and_nothing_else() -> None:
    assert stated_zone(" Europe/Berlin ") == ZoneInfo("Europe/Berlin")
    assert stated_zone("") is None
    assert stated_zone("  ") is None
    assert stated_zone(None) is None
    assert stated_zone(3) is None


def test_a_clock_without_offset_is_the_zones_wall_clock_one_with_an_offset_stays() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    local = datetime(2026, 5, 1, 19, 30)
    assert wall_clock_in(local, berlin).isoformat() == "2026-05-01T19:30:00+02:00"
    assert wall_clock_in(local, None) == local
    stamped = datetime(2026, 5, 1, 17, 30, tzinfo=UTC)
    assert wall_clock_in(stamped, berlin) is stamped
