"""framing_series: an undated EventSeries its dated sessions name as superEvent is no offering;
whole_days: a start at a run's first day's 23:59 is that day."""

from __future__ import annotations

from typing import Any

from netdir.extract.framing_series import framing_series
from netdir.extract.schema_org import iter_things, whole_days

_SERIES = {"@type": "EventSeries", "@id": "https://example.org/#series", "name": "Weekly Sessions"}
_SESSION = {
    "@type": "Event",
    "name": "Thursday Mastermind",
    "startDate": "2026-03-19T12:00:00-04:00",
    "superEvent": {"@id": "https://example.org/#series"},
}


def _framed_names(document: Any) -> list[str]:
    things = list(iter_things(document))
    skipped = framing_series(things)
    return [node["name"] for node, _ in things if id(node) in skipped]


def test_an_undated_series_its_dated_sessions_point_to_is_their_frame() -> None:
    assert _framed_names([_SERIES, _SESSION]) == ["Weekly Sessions"]
    assert _framed_names({"@graph": [_SESSION, _SERIES]}) == ["Weekly Sessions"]


def test_a_dated_listed_or_unreferenced_series_stays_an_offering() -> None:
    assert _framed_names([{**_SERIES, "startDate": "2026-03-17"}, _SESSION]) == []
    assert _framed_names([_SERIES, {**_SESSION, "superEvent": {"@id": "#other"}}]) == []
    assert _framed_names([_SERIES, {k: v for k, v in _SESSION.items() if k != "startDate"}]) == []
    catalog = {"@type": "ItemList", "itemListElement": [_SERIES]}
    assert _framed_names([catalog, _SESSION]) == []  # a catalog lists the programme


def test_a_start_at_the_first_days_last_minute_before_a_last_day_is_a_run_of_days() -> None:
    assert whole_days("2025-06-13T23:59:00", "2025-06-15") == ("2025-06-13", "2025-06-15")
    assert whole_days("2025-06-13T23:59:00+01:00", "2025-06-14") == ("2025-06-13", "2025-06-14")
    # A start at 23:59 with an end clock, or on its end day, is a real minute: kept.
    assert whole_days("2025-12-31T23:59:00", "2026-01-01T03:00:00") == (
        "2025-12-31T23:59:00",
        "2026-01-01T03:00:00",
    )
    assert whole_days("2025-06-13T23:59:00", "2025-06-13") == ("2025-06-13T23:59:00", "2025-06-13")
