"""A run shown as an opening and a closing calendar entry is one event (``ical_run_ends``)."""

from __future__ import annotations

from netdir.extract.ical_run_ends import with_run_ends_joined
from netdir.records import RawRecord
from tests.extract.raw_records import raw_record


def _record(title: str, start: str, end: str | None = None) -> RawRecord:
    return raw_record(
        title, extractor="ical", page_url="https://example.org/k.ics", start=start, end=end
    )


def test_the_closing_entry_gives_the_opening_entry_its_end() -> None:
    records = [
        _record("▼ —>🎨34. Kunsttage Dreieich (16.o4. - o3.5.2o26)", "2026-04-16", "2026-04-18"),
        _record("🎈Countryfest Langen", "2026-04-20"),
        _record("▼ <—🎨34. Kunsttage Dreieich (16.o4. - o3.5.2o26)", "2026-05-01", "2026-05-03"),
    ]
    joined = with_run_ends_joined(records)
    assert [r.title for r in joined] == [records[0].title, "🎈Countryfest Langen"]
    assert joined[0].start == "2026-04-16" and joined[0].end == "2026-05-03"
    assert joined[0].field_sources["end"] == "ical:DTEND of the run's closing entry"


def test_opening_and_end_words_beside_the_arrows_name_the_same_run() -> None:
    records = [
        _record("→ Burgfestspiele Eröffnung", "2026-06-24", "2026-06-26"),
        _record("← Burgfestspiele Ende", "2026-08-07", "2026-08-09"),
    ]
    joined = with_run_ends_joined(records)
    assert len(joined) == 1 and joined[0].end == "2026-08-09"


def test_a_back_arrow_without_an_opening_entry_and_arrows_inside_titles_stay() -> None:
    records = [
        _record("<- Sommerfest", "2026-07-01"),
        _record("Workshop: HTML -> PDF", "2026-07-02"),
        _record("Workshop: HTML <- PDF", "2026-07-03"),
        _record("-> Herbstmarkt", "2026-09-01"),
        _record("<- Weihnachtsmarkt", "2026-12-01"),
    ]
    assert with_run_ends_joined(records) == records
