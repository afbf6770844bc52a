"""Held-out batch O (structured data): each general cause it showed, on its real page."""

from __future__ import annotations

import pytest

from netdir.extract.schema_org import iter_things
from tests.extract.realpage_inspect import inspect_page as _inspect

_SERIES = "https://www.eventim-light.com/de/a/65488918b266253e892eaec1/s/692425419d93a5650a708f21"


def test_a_series_of_dated_tours_gives_the_tours_not_a_seventh_record(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # EVENTIM.Light: an EventSeries (9.–17. Oktober) whose six subEvents are the tours. The
    # series gave its own record on its first day beside the tours (one extra, one tour's
    # time and place taken by it).
    rows = _inspect(capsys, "eventim-light-bvg-cabriotour-serie.html", _SERIES, "2026-09-01")
    assert [(r["start"][:16], r["title"]) for r in rows] == [
        ("2026-10-09T19:00", "U-Bahn-Cabriotour 2026 - in Englisch -"),
        ("2026-10-09T22:30", "U-Bahn-Cabriotour 2026"),
        ("2026-10-16T19:00", "U-Bahn-Cabriotour 2026"),
        ("2026-10-16T22:30", "U-Bahn-Cabriotour 2026"),
        ("2026-10-17T19:00", "U-Bahn-Cabriotour SONDERFAHRT Samstag"),
        ("2026-10-17T22:30", "U-Bahn-Cabriotour SONDERFAHRT Samstag"),
    ]
    # A series stated without dated parts, or without a day of its own (a catalog's programme
    # beside its talks), still is an offering.
    bare = {"@type": "EventSeries", "name": "Reihe", "startDate": "2026-10-09"}
    assert [node["name"] for node, _ in iter_things(bare)] == ["Reihe"]
    undated = {**bare, "subEvent": [{"@type": "Event", "name": "Teil"}]}
    assert [node["name"] for node, _ in iter_things(undated)] == ["Reihe", "Teil"]
    dated_part = {"@type": "Event", "name": "Teil", "startDate": "2026-10-09"}
    programme = {"@type": "EventSeries", "name": "Reihe", "subEvent": [dated_part]}
    assert [node["name"] for node, _ in iter_things(programme)] == ["Reihe", "Teil"]


def test_a_widgets_events_named_without_a_day_take_it_from_the_widgets_script_data(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Wix Events: a JSON-LD ItemList of seven Events without startDate; the schedule of each is
    # in the Wix warm-up data ("scheduling": {"config": {"startDate": "…T17:30:00.000Z",
    # "timeZoneId": "America/Los_Angeles"}}), matched by the slug that ends the event's url
    # (two "Small Dog Meet Up" on two days). All seven were dateless records.
    rows = _inspect(
        capsys, "wix-dogwoodplaypark-calendar.html", "https://www.dogwoodplaypark.com/calendar",
        "2025-04-07",
    )  # fmt: skip
    assert [(r["start"], r["title"]) for r in rows][:2] == [
        ("2025-04-12T10:30:00-07:00", "Small Dog Meet Up"),
        ("2025-04-12T14:00:00-07:00", "Pet Pros (Free sample meet and greet)"),
    ]
    small_dogs = [r for r in rows if r["title"] == "Small Dog Meet Up"]
    assert [r["start"][:10] for r in small_dogs] == ["2025-04-12", "2025-05-10"]
    assert all(r["end"][11:16] == "12:00" for r in small_dogs)
    assert all(r["location"].startswith("Dogwood Play Park") for r in rows)
    assert len(rows) == 7
