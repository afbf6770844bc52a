"""An unchanged re-run: every page 304, catalog and curated entries as before.

Nothing is re-extracted, re-normalized or re-published; the warehouse records the run, its
page validators and source health, moves last_seen, and grows by nothing else. Runs on a small
generated web (tests/bench/genweb.py), whose distinct events must all survive the merge.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

import netdir.pipeline
from netdir.catalog.curated import default_curated_path
from netdir.pipeline import RefreshOptions, RefreshReport, refresh
from netdir.warehouse import Warehouse
from tests.bench.genweb import GeneratedWeb, catalog_yaml, generate_events, serving

WEB = GeneratedWeb(hosts=4, pages_per_host=3, per_page=10)
TODAY = date(2026, 11, 30)
TABLES = (
    "raw.pages", "raw.records", "core.offerings", "core.offering_history", "core.runs",
    "core.source_health", "core.sources",
)  # fmt: skip


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    with serving(WEB) as port:
        yield port


@pytest.fixture
def options(tmp_path: Path, port: int) -> RefreshOptions:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(catalog_yaml(WEB, port), encoding="utf-8")
    return RefreshOptions(
        catalog=catalog,
        db_path=tmp_path / "netdir.duckdb",
        out=tmp_path / "publish",
        allow_private_hosts=True,
        today=TODAY,
        include_curated=False,
    )


def _counts(db: Path) -> dict[str, int]:
    with Warehouse.open(db, read_only=True) as warehouse:
        return {
            table: warehouse.query(f"SELECT count(*) FROM {table}")[1][0][0] for table in TABLES
        }


def _pages(report: RefreshReport) -> int:
    return sum(len(result.pages) for result in report.results)


def test_an_unchanged_rerun_records_only_the_run_and_its_304s(options: RefreshOptions) -> None:
    first = refresh(options)
    overview = Path(options.out) / "overview.json"
    published = overview.read_bytes()
    before = _counts(options.db_path)

    second = refresh(options)

    assert second.unchanged
    assert second.offerings_published == first.offerings_published == WEB.events
    pages = _pages(second)
    assert pages == WEB.pages
    assert all(page.status == 304 and page.body is None for r in second.results for page in r.pages)
    assert overview.read_bytes() == published  # not re-published
    # The records were left in the warehouse, yet the run reports how many each source lists.
    assert sum(result.record_count for result in second.results) == WEB.events
    after = _counts(options.db_path)
    grown = {table: after[table] - before[table] for table in TABLES}
    assert grown == {
        "raw.pages": pages,  # one validator row per page answer
        "raw.records": 0,
        "core.offerings": 0,
        "core.offering_history": 0,
        "core.runs": 1,
        "core.source_health": WEB.hosts,
        "core.sources": 0,
    }
    with Warehouse.open(options.db_path, read_only=True) as warehouse:
        _, runs = warehouse.query(
            "SELECT outcome, requests FROM core.runs ORDER BY started_at DESC LIMIT 1"
        )
        _, seen = warehouse.query(
            "SELECT count(*) FROM core.offerings WHERE last_run_id = ?", [second.run_id]
        )
    assert runs[0] == ("unchanged", pages + WEB.hosts)  # the pages and one robots.txt per host
    assert seen[0][0] == WEB.events  # last_seen moved

    # The next run still has the records the unchanged run listed: a third run is unchanged too.
    assert refresh(options).unchanged


def test_every_distinct_event_is_published_and_another_day_is_a_full_run(
    options: RefreshOptions,
) -> None:
    first = refresh(options)
    assert not first.unchanged
    assert first.offerings_published == first.summary.added == WEB.events
    assert len(generate_events(WEB)) == WEB.events
    later = refresh(replace(options, today=date(2026, 12, 1)))
    assert not later.unchanged
    assert later.offerings_published == WEB.events
    assert (later.summary.added, later.summary.removed) == (0, 0)
    # Every page answered 304: the records they list were read back for normalization and
    # stored with the run like any other run's.
    with Warehouse.open(options.db_path, read_only=True) as warehouse:
        _, stored = warehouse.query(
            "SELECT count(*) FROM raw.records WHERE run_id = ?", [later.run_id]
        )
        _, counted = warehouse.query(
            "SELECT sum(records) FROM core.source_health WHERE run_id = ?", [later.run_id]
        )
    assert stored[0][0] == counted[0][0] == WEB.events


def test_curated_entries_count_as_before_until_their_file_changes(
    options: RefreshOptions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    curated = tmp_path / "curated.yaml"
    curated.write_bytes(default_curated_path().read_bytes())
    monkeypatch.setattr(netdir.pipeline, "default_curated_path", lambda: curated)
    options = replace(options, include_curated=True)
    first = refresh(options)
    assert first.curated_records > 0

    second = refresh(options)
    assert second.unchanged
    assert second.curated_records == first.curated_records
    with Warehouse.open(options.db_path, read_only=True) as warehouse:
        _, health = warehouse.query(
            "SELECT records FROM core.source_health WHERE run_id = ? AND source_id = 'curated'",
            [second.run_id],
        )
    assert health == [(first.curated_records,)]

    curated.write_text(curated.read_text(encoding="utf-8") + "\n# checked again\n", "utf-8")
    third = refresh(options)
    assert not third.unchanged
    assert third.curated_records == first.curated_records


def test_when_one_source_changed_the_unchanged_ones_still_list_all_their_records(
    options: RefreshOptions,
) -> None:
    refresh(options)
    # gen-01's validators forgotten: its pages come back in full, the others answer 304.
    with duckdb.connect(str(options.db_path)) as con:
        con.execute("DELETE FROM raw.pages WHERE source_id = 'gen-01'")

    again = refresh(options)

    assert not again.unchanged
    assert [r.pages_unchanged for r in again.results if r.source_id == "gen-01"] == [0]
    assert again.offerings_published == WEB.events
    assert (again.summary.added, again.summary.removed) == (0, 0)
    with Warehouse.open(options.db_path, read_only=True) as warehouse:
        _, stored = warehouse.query(
            "SELECT count(*) FROM raw.records WHERE run_id = ?", [again.run_id]
        )
    assert stored[0][0] == WEB.events
