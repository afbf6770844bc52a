"""Fixtures named „vs …“ take the team the page writes before the „vs“ (home_team)."""

from __future__ import annotations

import pytest

from netdir.extract.home_team import name_the_home_team
from netdir.records import RawRecord
from tests.extract.realpage_inspect import inspect_corpus_page

_STRIP = (
    '<div class="strip"><b>Nächstes Spiel</b><span>Grizzlies <em>vs</em> HC Skulls</span></div>'
)


def _titles(titles: list[str], page: str) -> list[str]:
    records = [RawRecord("s", "https://example.org/", "listing", title) for title in titles]
    name_the_home_team(records, page)
    return [record.title for record in records]


def test_the_team_before_vs_opens_every_fixture() -> None:
    page = f"<html><body>{_STRIP}<p>vs HC Skulls</p></body></html>"
    assert _titles(["vs HC Skulls", "vs HC Tuifl", "Training"], page) == [
        "Grizzlies vs HC Skulls",
        "Grizzlies vs HC Tuifl",
        "Training",
    ]


def test_no_match_written_whole_or_two_teams_leave_the_titles() -> None:
    assert _titles(["vs HC Skulls"], "<p>Spielplan</p>") == ["vs HC Skulls"]
    two = f"{_STRIP}<span>Bears vs HC Skulls</span>"
    assert _titles(["vs HC Skulls"], two) == ["vs HC Skulls"]


def test_the_ice_hockey_clubs_fixtures(capsys: pytest.CaptureFixture[str]) -> None:
    records = inspect_corpus_page(capsys, "static-grizzlies-unterland-spielplan-2026")
    assert records[0]["title"] == "Grizzlies vs HC Skulls"
    assert all(record["title"].startswith("Grizzlies vs ") for record in records)
