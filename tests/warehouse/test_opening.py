"""OpeningWarehouse: the warehouse opened in a thread; taken, it is the caller's; not taken, it is
closed (the file is free for another process); a held file fails the open at ``take()``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from netdir.warehouse import Warehouse, WarehouseLocked
from netdir.warehouse.opening import OpeningWarehouse

#: Opens the file for writing in another process: "ok", or the error's first line.
OPEN_ELSEWHERE = (
    "import sys, duckdb\n"
    "try:\n    duckdb.connect(sys.argv[1]).close(); print('ok')\n"
    "except Exception as exc:\n    print(str(exc).splitlines()[0])"
)


def _open_elsewhere(db: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_ELSEWHERE, str(db)], capture_output=True, text=True
    )
    return done.stdout.strip()


def test_a_taken_warehouse_is_open_for_the_caller(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with Warehouse.open(db) as warehouse:
        warehouse.migrate()
    opening = OpeningWarehouse(db)
    with opening.take() as warehouse:
        assert warehouse.last_run() is None
        assert _open_elsewhere(db) != "ok", "held while taken"
    opening.close()  # a no-op once taken
    assert _open_elsewhere(db) == "ok"


def test_a_warehouse_nobody_took_is_closed(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    opening = OpeningWarehouse(db)
    opening.close()
    assert _open_elsewhere(db) == "ok"
    with pytest.raises(RuntimeError):
        opening.take()


def test_a_held_file_fails_at_take(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, duckdb, time; c = duckdb.connect(sys.argv[1]); "
         "print('held', flush=True); time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        opening = OpeningWarehouse(db)
        with pytest.raises(WarehouseLocked):
            opening.take()
        opening.close()  # nothing to close
    finally:
        holder.kill()
        holder.wait()


def test_a_run_opens_the_warehouse_with_one_duckdb_thread(tmp_path: Path) -> None:
    """The refresh opens it (in a thread or not) with ``RUN_DUCKDB_THREADS``: DuckDB's default
    of one thread per core took the core from the run's other processes (netdir.pipeline)."""
    from netdir.pipeline import RUN_DUCKDB_THREADS, RefreshOptions, _open_warehouse

    db = tmp_path / "w.duckdb"
    with Warehouse.open(db) as warehouse:
        warehouse.migrate()
        default = warehouse.query("SELECT current_setting('threads')")[1][0][0]
    opening = OpeningWarehouse(db, threads=RUN_DUCKDB_THREADS)
    with opening.take() as warehouse:
        assert warehouse.query("SELECT current_setting('threads')")[1][0][0] == 1
    options = RefreshOptions(catalog=tmp_path / "catalog.yaml", db_path=db, out=tmp_path / "out")
    with _open_warehouse(options) as warehouse:
        assert warehouse.query("SELECT current_setting('threads')")[1][0][0] == 1
    with Warehouse.open(db) as warehouse:  # other commands keep DuckDB's default
        assert warehouse.query("SELECT current_setting('threads')")[1][0][0] == default
