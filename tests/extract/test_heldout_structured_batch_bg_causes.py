"""Held-out structured batch BG: each general cause it showed, a minimal answer and the real page."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from netdir.extract import extract_page
from netdir.extract.json_withdrawn import withdrawn_key
from netdir.records import RawRecord
from tests.extract.conftest import page_from_text
from tests.extract.realpage_inspect import inspect_corpus_page


def _records(answer: object, today: str) -> list[RawRecord]:
    page = page_from_text(json.dumps(answer), "https://example.org/events.json", "application/json")
    page.fetched_at = datetime.fromisoformat(f"{today}T08:00:00+00:00")
    return extract_page(page).records


def test_the_marks_of_an_object_withdrawn_from_its_site() -> None:
    assert withdrawn_key({"status": "deleted"}) == "status"
    assert withdrawn_key({"post_status": "trash"}) == "post_status"
    assert withdrawn_key({"status": "Draft"}) == "status"
    assert withdrawn_key({"deletedAt": "2026-06-18T23:58:03.001Z"}) == "deletedAt"
    assert withdrawn_key({"isDeleted": True}) == "isDeleted"
    # Listed events: approved, called off (marked, not dropped), archived or past ones.
    for state in ("approved", "cancelled", "archived", "past", "completed", "publish"):
        assert withdrawn_key({"status": state}) is None
    assert withdrawn_key({"deletedAt": None, "deleted": False, "isDeleted": "false"}) is None


def test_a_deleted_entry_of_a_club_sites_events_file_gives_no_record() -> None:
    answer = [
        {
            "title": "Schleiferlturnier",
            "startDate": "2026-04-26",
            "location": "Tennisanlage",
            "status": "approved",
        },
        {
            "title": "Turnier in Furth",
            "startDate": "2026-05-01",
            "location": "Tennisanlage Furth",
            "status": "deleted",
            "deletedAt": "2026-06-18T23:58:03.001Z",
        },
        {
            "title": "Generalversammlung",
            "startDate": "2026-02-27",
            "startTime": "19:00",
            "endTime": "22:00",
            "location": "Sportheim",
            "status": "approved",
        },
    ]
    records = _records(answer, "2026-06-30")
    assert sorted(record.title for record in records) == ["Generalversammlung", "Schleiferlturnier"]


def test_a_sports_clubs_dashboard_events_without_its_deleted_entries(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # SV Neuhausen 1947's events file (June 2026): the site lists only the approved entries;
    # two tennis dates were deleted in the dashboard („"status": "deleted"“, "deletedAt").
    # Before: both became records (28 of 28 found, 2 extra).
    rows = inspect_corpus_page(capsys, "json-svneuhausen-weihmichl-termine-2026-06")
    titles = [row["title"] for row in rows]
    assert len(rows) == 28
    assert "Turnier in Furth" not in titles
    assert "Damen Einzelmeisterschaft" not in titles
    found = {(row["title"], row["start"][:16]) for row in rows}
    assert ("Generalversammlung", "2026-02-27T19:00") in found
    assert ("Endspiele Meisterschaft Herren", "2026-07-18") in found
