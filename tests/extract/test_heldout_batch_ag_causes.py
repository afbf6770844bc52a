"""Held-out batch AG (English public-meeting and event listings): each general cause it showed,
on its real page."""

from __future__ import annotations

import pytest

from tests.extract.realpage_inspect import inspect_corpus_page


def test_rows_named_only_by_a_plural_heading_take_one_meeting_s_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # h1 „2026 Council Meetings“ over a table of date links and documents. Before: every row
    # titled „2026 Council Meetings“.
    rows = inspect_corpus_page(capsys, "static-nipissing-council-meetings-2026")
    assert [r["title"] for r in rows] == ["Council Meeting"] * 6
    assert rows[0]["start"].startswith("2026-01-06")


def test_a_lead_sentence_for_all_hikes_gives_each_row_its_meeting_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # „Meeting place for all hikes will be Prince George City Hall parking area, unless arranged
    # otherwise.“ above a Drupal view table nested five wrappers deep. Before: no place.
    rows = inspect_corpus_page(capsys, "drupal11-caledonia-ramblers-hiking-schedule-2026")
    assert len(rows) == 13
    assert {r["location"] for r in rows} == {"Prince George City Hall parking area"}
    assert rows[0]["start"].startswith("2026-07-01T08:45")


def test_a_cancelled_badge_beside_the_date_cancels_the_meeting(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # div.meeting-row: div.mdate „December 15, 2025“, span.badge „Cancelled“. Before: the four
    # cancelled meetings were „past“ like the held ones.
    rows = inspect_corpus_page(capsys, "static-nipissing-recreation-committee-2026")
    assert len(rows) == 32
    cancelled = [r["start"][:10] for r in rows if r["status"] == "cancelled"]
    assert cancelled == ["2025-12-15", "2025-08-11", "2025-07-14", "2025-04-07"]
    assert all(r["title"] == "Recreation Committee" for r in rows)


def test_an_event_finder_s_row_pairs_are_read_by_the_table_header(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Each event a desktop row under „Event Name | Date | Type | Location“ and a mobile row
    # repeating it. Before: no place (the pair was read without the header's labels).
    rows = inspect_corpus_page(capsys, "zuvvi-british-cycling-events-2017-09")
    assert len(rows) == 7
    assert rows[0]["start"].startswith("2017-08-19")
    assert rows[0]["end"].startswith("2017-09-10")
    assert rows[6]["location"] == "Yarborough Leisure Centre, Lincolnshire"
