"""Held-out structured batch CA: the general causes it showed, minimal snippets and the real pages.

Batch CA: The Events Calendar's JSON-LD on two bird clubs' pages that a student project saved into
its JSP templates — the Brooklyn Bird Club's 4.x month grid of May 2023 and one of its all-day
trips, and the Cornell Lab of Ornithology's 6.x month grid of May 2023.
"""

from __future__ import annotations

import pytest

from netdir.extract.day_view_cells import is_day_view_cell
from netdir.extract.notices import is_closure_notice
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page

BROOKLYN = "tec-month-brooklynbirdclub-2023-05"
CORNELL = "tec-month-cornell-birds-events-2023-05"


# --- 1. A month grid's day number beside the structured events is no event -------------------


def _row(title: str, url: str, title_source: str) -> RawRecord:
    return RawRecord(
        source_id="club",
        page_url="https://club.example/events/2023-05/",
        extractor="listing",
        title=title,
        url=url,
        field_sources={"title": title_source},
    )


def test_a_day_number_linking_to_its_day_view_is_no_event() -> None:
    row = RawRecord(
        source_id="club",
        page_url="https://club.example/events/2023-05/",
        extractor="listing",
        title="Tuesday Walk",
        url="https://club.example/events/2023-05-03/",
        field_sources={"title": "listing:td>div heading-before", "url": "listing:td>div a@href"},
    )
    assert is_day_view_cell(row, "2023-05-03")


def test_a_row_with_its_own_name_or_an_event_link_stays() -> None:
    named = _row("Wednesday Walk", "https://club.example/events/2023-05-03/", "listing:td>div h3")
    occurrence = _row(
        "Wednesday Walk", "https://club.example/event/wednesday-walk/", "listing:heading-before"
    )
    other_day = _row("Tuesday Walk", "https://club.example/events/2023-05-02/", "heading-before")
    assert not is_day_view_cell(named, "2023-05-03")
    assert not is_day_view_cell(occurrence, "2023-05-03")
    assert not is_day_view_cell(other_day, "2023-05-03")
    assert not is_day_view_cell(named, None)


def test_real_brooklyn_month_grid_gives_its_28_events_once(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before: 42 records — beside the 28 JSON-LD events, 14 day numbers of the grid (their cells'
    # tooltip quotes broken, each titled by the walk of the cell before) and „Calendar of Events“.
    records = inspect_corpus_page(capsys, BROOKLYN)
    assert len(records) == 28
    assert all(r["extractor"] == "jsonld" for r in records)
    walks = {(r["title"], r["start"]) for r in records if r["start"][:10] == "2023-05-03"}
    assert walks == {
        ("Wednesday Migration Mornings at Brooklyn Bridge Park", "2023-05-03T07:00:00-04:00")
    }


# --- 2. „Closing Early“ is a notice, not a programme -----------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Closing Early",
        "Visitor Center Closing Early",
        "Early Closure: 4 pm",
        "Library closing early at 5 pm",
        "Closes early today",
    ],
)
def test_an_early_closing_is_a_closure_notice(title: str) -> None:
    assert is_closure_notice(title)


@pytest.mark.parametrize(
    "title", ["Early Closing Party", "Closing Early Bird Registration", "Closing Ceremony"]
)
def test_a_title_that_only_uses_the_words_stays(title: str) -> None:
    assert not is_closure_notice(title)


def test_real_cornell_month_grid_leaves_out_its_closing_early(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Before: 18 records, „Closing Early“ (June 2, 4-5 pm: the Visitor Center closes an hour
    # early) among the Cornell Lab's walks, tours and webinars.
    records = inspect_corpus_page(capsys, CORNELL)
    assert len(records) == 17
    assert "Closing Early" not in {r["title"] for r in records}
    assert ("Beginner Bird Walk", "2023-04-30T08:30:00-04:00") in {
        (r["title"], r["start"]) for r in records
    }
