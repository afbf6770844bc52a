"""Structured events without any day give way to the visible list that dates them
(dateless_structured)."""

from __future__ import annotations

from netdir.extract.dateless_structured import listing_dates_the_dateless
from netdir.records import RawRecord


def _record(title: str, date_text: str | None = None, start: str | None = None) -> RawRecord:
    return RawRecord(
        source_id="t", page_url="https://example.org/", extractor="x", title=title,
        date_text=date_text, start=start,
    )  # fmt: skip


_EVENTS = [_record("Gottesdienst"), _record("Probe: Kirchenchor"), _record("Probe: Chormäuse")]
_ROWS = [
    _record("Gottesdienst", "Sonntag, 6.01., 10.00 Uhr"),
    _record("Probe: Kirchenchor", "Montag, 7.01., 20.00 bis 21.30 Uhr"),
    _record("Probe: Chormäuse", "Donnerstag, 10.01., 15.15 Uhr"),
]


def test_dated_rows_naming_the_dateless_events_replace_them() -> None:
    assert listing_dates_the_dateless(_EVENTS, _ROWS)


def test_a_structured_event_with_a_day_keeps_the_structured_data() -> None:
    events = [*_EVENTS[:2], _record("Probe: Chormäuse", start="2019-01-10T15:15")]
    assert not listing_dates_the_dateless(events, _ROWS)


def test_rows_about_other_things_do_not_replace_them() -> None:
    rows = [_record("Sommerfest", "12.07."), _record("Flohmarkt", "13.07.")]
    assert not listing_dates_the_dateless(_EVENTS, rows)


def test_a_mostly_undated_list_does_not_replace_them() -> None:
    rows = [*_ROWS[:1], _record("Probe: Kirchenchor"), _record("Probe: Chormäuse")]
    assert not listing_dates_the_dateless(_EVENTS, rows)
