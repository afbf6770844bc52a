"""One writer per file: a second one fails at once; a kill -9 mid-load loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdir.warehouse import Warehouse, WarehouseError, WarehouseLocked
from tests.warehouse.conftest import count
from tests.warehouse.scenario import Scenario

REPO = Path(__file__).resolve().parents[2]


def _spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.warehouse.subprocess_loads", *args],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(process: subprocess.Popen[str], line: str) -> None:
    assert process.stdout is not None
    for said in process.stdout:
        if said.strip() == line:
            return
    raise AssertionError(f"subprocess ended without saying {line!r}: {process.stderr.read()}")  # type: ignore[union-attr]


@pytest.fixture
def writer_in_another_process(warehouse_file: Path) -> Iterator[subprocess.Popen[str]]:
    holder = _spawn("hold", str(warehouse_file))
    _wait_for(holder, "holding")
    yield holder
    holder.communicate(input="", timeout=30)


def test_a_second_writer_fails_at_once_naming_the_holder(
    warehouse_file: Path, writer_in_another_process: subprocess.Popen[str]
) -> None:
    started = time.monotonic()
    with pytest.raises(WarehouseLocked) as locked:
        Warehouse.open(warehouse_file)
    assert time.monotonic() - started < 2
    message = str(locked.value)
    assert str(warehouse_file) in message and "in use by another netdir process" in message
    assert f"PID {writer_in_another_process.pid}" in message
    assert "published snapshot" in message


def test_a_reader_is_also_refused_while_a_writer_holds_the_file(
    warehouse_file: Path, writer_in_another_process: subprocess.Popen[str]
) -> None:
    with pytest.raises(WarehouseLocked):
        Warehouse.open(warehouse_file, read_only=True)


def test_read_only_opens_work_while_no_writer_holds_the_file(warehouse_file: Path) -> None:
    with (
        Warehouse.open(warehouse_file, read_only=True) as first,
        Warehouse.open(warehouse_file, read_only=True) as second,
    ):
        assert count(first, "SELECT count(*) FROM mart.overview") == 8
        assert len(second.overview_rows()) == 8
        with pytest.raises(WarehouseError, match="read-only"):
            first.prune(1)


def test_opening_a_missing_file_read_only_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "nirgends.duckdb"
    with pytest.raises(WarehouseError, match=r"nirgends\.duckdb"):
        Warehouse.open(missing, read_only=True)
    assert not missing.exists()


def test_kill_9_during_a_big_load_keeps_the_previous_state_and_a_clean_load_follows(
    warehouse_file: Path, scenario: Scenario
) -> None:
    with Warehouse.open(warehouse_file, read_only=True) as before:
        _, overview_before = before.query("SELECT * FROM mart.overview ORDER BY id")
        history_before = count(before, "SELECT count(*) FROM core.offering_history")

    loader = _spawn("big-load", str(warehouse_file), "30000")
    _wait_for(loader, "loading")
    _wait_for(loader, "inside-transaction")
    os.kill(loader.pid, signal.SIGKILL)
    loader.communicate(timeout=30)
    assert loader.returncode == -signal.SIGKILL

    # Analysts can read the file at once, without a writer replaying anything first.
    with Warehouse.open(warehouse_file, read_only=True) as reader:
        _, overview_read = reader.query("SELECT * FROM mart.overview ORDER BY id")
        assert overview_read == overview_before

    with Warehouse.open(warehouse_file) as after:
        _, overview_after = after.query("SELECT * FROM mart.overview ORDER BY id")
        assert overview_after == overview_before
        assert count(after, "SELECT count(*) FROM core.offering_history") == history_before
        assert count(after, "SELECT count(*) FROM core.runs WHERE run_id = 'run-killed'") == 0
        after.migrate()
        summary = after.load_run(scenario.run2)
        assert (summary.added, summary.changed, summary.removed) == (0, 0, 0)
        assert summary.offerings_current == len(overview_before)
