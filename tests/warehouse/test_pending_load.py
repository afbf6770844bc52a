"""A load begun before the merge ends (``begin_load``): the same warehouse as ``load_run``, one
transaction all the same, and nothing of it left when it is abandoned or fails."""

from __future__ import annotations

import logging
import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from netdir.warehouse import Warehouse, WarehouseError
from netdir.warehouse import warehouse as warehouse_module
from tests.warehouse.conftest import count
from tests.warehouse.factories import RUN2_AT, page, result, run_input, source
from tests.warehouse.scenario import KONGRESS, Scenario

TABLES = (
    "raw.pages",
    "raw.records",
    "core.source_health",
    "core.sources",
    "core.offerings",
    "core.offering_history",
    "core.runs",
)


def _contents(warehouse: Warehouse) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, without the columns that hold the moment of loading."""
    contents = {}
    for table in TABLES:
        columns, _ = warehouse.query(f"SELECT * FROM {table} LIMIT 0")
        kept = [c for c in columns if c not in {"loaded_at", "updated_at"}]
        _, rows = warehouse.query(f"SELECT {', '.join(kept)} FROM {table} ORDER BY ALL")
        contents[table] = rows
    return contents


def test_a_begun_load_ends_as_the_same_warehouse_as_load_run(
    migrated_template: Path, tmp_path: Path, scenario: Scenario
) -> None:
    shutil.copyfile(migrated_template, tmp_path / "plain.duckdb")
    shutil.copyfile(migrated_template, tmp_path / "begun.duckdb")
    with Warehouse.open(tmp_path / "plain.duckdb") as plain:
        plain_summaries = [plain.load_run(scenario.run1), plain.load_run(scenario.run2)]
        expected = _contents(plain)
    with Warehouse.open(tmp_path / "begun.duckdb") as begun:
        summaries = []
        for run in (scenario.run1, scenario.run2):
            pending = begun.begin_load(replace(run, offerings=[]))
            summaries.append(pending.finish(run))
        assert summaries == plain_summaries
        assert _contents(begun) == expected
        assert count(begun, "SELECT count(*) FROM core.offerings") > 0


def test_an_abandoned_load_leaves_the_previous_state(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    before = _contents(warehouse_after_two_runs)
    third = replace(scenario.run2, run_id="run-3", started_at=RUN2_AT + timedelta(days=1))

    pending = warehouse_after_two_runs.begin_load(replace(third, offerings=[]))
    pending.abandon()  # as when the merge fails

    assert _contents(warehouse_after_two_runs) == before
    # The connection is usable again, for a load of the same run.
    assert warehouse_after_two_runs.load_run(third).unchanged > 0


def test_a_failure_of_the_begun_part_is_raised_by_finish_and_keeps_nothing(
    warehouse_after_two_runs: Warehouse,
) -> None:
    before = _contents(warehouse_after_two_runs)
    naive = page("neue-quelle", "https://neu.example.org/", "<html/>", RUN2_AT.replace(tzinfo=None))
    broken = run_input(
        "run-naive",
        RUN2_AT + timedelta(days=1),
        [source("neue-quelle")],
        [result("neue-quelle", pages=[naive])],
        [],
    )
    pending = warehouse_after_two_runs.begin_load(broken)
    with pytest.raises(WarehouseError, match="time zone"):
        pending.finish(broken)
    assert _contents(warehouse_after_two_runs) == before


def test_duplicate_offerings_at_finish_roll_back_the_begun_rows(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    before = _contents(warehouse_after_two_runs)
    doubled = replace(
        scenario.run2, run_id="run-doubled", offerings=[*scenario.run2.offerings, KONGRESS]
    )
    pending = warehouse_after_two_runs.begin_load(replace(doubled, offerings=[]))
    with pytest.raises(WarehouseError, match=KONGRESS.id):
        pending.finish(doubled)
    assert _contents(warehouse_after_two_runs) == before


@pytest.mark.parametrize("too_small", ["raw rows", "offerings"])
def test_a_begun_load_that_does_not_fit_under_its_limit_loads_again_under_a_raised_one(
    migrated_template: Path,
    tmp_path: Path,
    scenario: Scenario,
    monkeypatch: pytest.MonkeyPatch,
    too_small: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """DuckDB's out-of-memory error under the load's limits (raw rows, then offerings) makes
    the whole load run again under a raised limit; it must not surface as a failed load, and
    it is logged: which limit, the next one, and what to set."""
    shutil.copyfile(migrated_template, tmp_path / "plain.duckdb")
    shutil.copyfile(migrated_template, tmp_path / "begun.duckdb")
    with Warehouse.open(tmp_path / "plain.duckdb") as plain:
        plain.load_run(scenario.run1)
        expected = _contents(plain)
    name = "RAW_ROWS_MEMORY_LIMIT" if too_small == "raw rows" else "LOAD_MEMORY_LIMIT"
    monkeypatch.setattr(warehouse_module, name, "256KB")
    with Warehouse.open(tmp_path / "begun.duckdb") as begun:
        pending = begun.begin_load(replace(scenario.run1, offerings=[]))
        with caplog.at_level(logging.WARNING, logger="netdir.warehouse"):
            pending.finish(scenario.run1)
        assert _contents(begun) == expected  # nothing lost
        [warning] = [
            r.getMessage()
            for r in caplog.records
            if r.name == "netdir.warehouse" and r.levelno == logging.WARNING
        ]
        assert f"run {scenario.run1.run_id} did not fit" in warning
        assert "memory limit of 256KB" in warning and "again under 512MB" in warning
        assert "NETDIR_LOAD_MEMORY_LIMIT" in warning
        _, limit = begun.query("SELECT current_setting('memory_limit')")
        _, default = begun.query("RESET memory_limit; SELECT current_setting('memory_limit')")
        assert limit == default  # no limit is left behind


def test_a_checkpoint_writes_the_loaded_run_into_the_file(
    migrated_template: Path, tmp_path: Path, scenario: Scenario
) -> None:
    """``checkpoint()`` (publish's snapshot thread, see the pipeline) writes the WAL into the
    file: closing has nothing left to write, and the file alone holds the run."""
    path = tmp_path / "w.duckdb"
    shutil.copyfile(migrated_template, path)
    wal = path.with_name(path.name + ".wal")
    with Warehouse.open(path) as warehouse:
        warehouse.load_run(scenario.run1)
        assert wal.exists() and wal.stat().st_size > 0
        assert warehouse.checkpoint()
        assert not wal.exists() or wal.stat().st_size == 0
        expected = _contents(warehouse)
        copy = tmp_path / "copy.duckdb"
        shutil.copyfile(path, copy)  # the file as it is now, without the WAL
    with Warehouse.open(copy, read_only=True) as reopened:
        assert _contents(reopened) == expected
    with Warehouse.open(path, read_only=True) as reader:
        assert not reader.checkpoint()  # nothing a read-only warehouse could write
