"""Nightly refreshes against the chaos web: every fault becomes an issue, nothing is lost,
nothing is falsely removed, and carried offerings say they are stale."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from netdir.catalog.loader import parse_catalog
from netdir.crawl import safety
from netdir.pipeline import RefreshOptions, RefreshReport, refresh
from netdir.warehouse import Warehouse
from tests.reliability.chaos_server import SOURCES, ChaosWeb, event_titles
from tests.reliability.tally import TALLY

DAY1 = date(2026, 11, 27)
#: Night 1 all is well, then the faults; NETDIR_CHAOS_NIGHTS=5 for a longer run.
NIGHTS = max(2, int(os.environ.get("NETDIR_CHAOS_NIGHTS", "2")))


@pytest.fixture
def chaos(monkeypatch: pytest.MonkeyPatch) -> Iterator[ChaosWeb]:
    with ChaosWeb() as web:
        # The real guard runs (no --allow-private-hosts): it resolves through the chaos DNS and
        # takes the chaos web's 127.0.0.1 for a public address.
        monkeypatch.setattr(safety, "resolve_with_event_loop", web.resolve)
        monkeypatch.setattr(safety, "is_public_address", lambda address: address == "127.0.0.1")
        yield web


def _night(web: ChaosWeb, tmp_path: Path, day: int) -> RefreshReport:
    web.day = day
    return refresh(
        RefreshOptions(
            catalog=parse_catalog(web.catalog_data()),
            db_path=tmp_path / "w.duckdb",
            out=tmp_path / "publish",
            today=date.fromordinal(DAY1.toordinal() + day - 1),
            include_curated=False,
        )
    )


def test_nights_of_chaos_lose_nothing(chaos: ChaosWeb, tmp_path: Path) -> None:
    expected = {title for source in SOURCES for title in event_titles(source)}
    for day in range(1, NIGHTS + 1):
        report = _night(chaos, tmp_path, day)
        TALLY.runs_survived += 1
        overview = json.loads((tmp_path / "publish" / "overview.json").read_text("utf-8"))
        titles = {offering["title"] for offering in overview["offerings"]}
        lost = expected - titles
        with Warehouse.open(tmp_path / "w.duckdb", read_only=True) as warehouse:
            _, removed = warehouse.query(
                "SELECT title FROM core.offerings WHERE status IN ('removed', 'retired')"
            )
        TALLY.offerings_lost += len(lost)
        TALLY.false_removals += len(removed)
        assert lost == set(), f"night {day}"
        assert removed == [], f"night {day}"
        by_source = {result.source_id: result for result in report.results}
        assert by_source["ausfall"].status == "unreachable"
        assert any("could not be resolved" in str(i) for i in by_source["ausfall"].issues)
        if day > 1:
            _assert_faults_named_and_stale(report, overview)
    TALLY.faults_injected += chaos.faults


def _assert_faults_named_and_stale(report: RefreshReport, overview: dict[str, Any]) -> None:
    by_source = {result.source_id: result for result in report.results}
    expected_words = {
        "abgeschnitten": "middle of the body",
        "bombe": "encoded 2 times over",
        "abbruch": "middle of the body",
        "umbau": "no records found",
    }
    for source_id, words in expected_words.items():
        messages = " | ".join(str(issue) for issue in by_source[source_id].issues)
        assert words in messages, (source_id, messages)
        assert not by_source[source_id].healthy
    stale = {
        offering["title"].split()[0].lower()
        for offering in overview["offerings"]
        if offering["stale_since"] is not None
    }
    assert {"abgeschnitten", "bombe", "abbruch", "umbau"} <= stale
    assert "stabil" not in stale
