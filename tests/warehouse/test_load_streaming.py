"""A run's pages, records and offerings reach DuckDB as a stream of batches, under a memory
limit: every row arrives, in order, whatever the batch size, and the limit never fails a load."""

from __future__ import annotations

import logging

import pytest

from netdir.warehouse import RunInput, RunSummary, Warehouse, WarehouseError, arrow_tables
from netdir.warehouse import warehouse as warehouse_module
from tests.warehouse.conftest import count
from tests.warehouse.factories import RUN1_AT, offering, page, record, result, run_input, source

SOURCES = [source("alpha"), source("beta")]


def _run(pages_per_source: int = 5, records_per_page: int = 3):  # type: ignore[no-untyped-def]
    results, offerings = [], []
    for src in SOURCES:
        pages, records = [], []
        for number in range(pages_per_source):
            url = f"https://{src.id}.example.org/termine/?seite={number}"
            pages.append(page(src.id, url, f"<html>Seite {number} von {src.id}</html>", RUN1_AT))
            for item in range(records_per_page):
                title = f"Fachtag {src.id} {number}-{item}"
                records.append(record(src.id, url, title, url=f"{url}#e{item}"))
                offerings.append(offering(f"o-{src.id}-{number}-{item}", title, [src.id]))
        results.append(result(src.id, pages=pages, records=records))
    return run_input("run-1", RUN1_AT, SOURCES, results, offerings)


def test_rows_split_over_many_batches_all_arrive_in_order(
    migrated_warehouse: Warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(arrow_tables, "BATCH_ROWS", 4)
    monkeypatch.setattr(arrow_tables, "PAGE_BATCH_ROWS", 3)
    run = _run()
    summary = migrated_warehouse.load_run(run)

    assert summary.added == len(run.offerings) == 30
    assert count(migrated_warehouse, "SELECT count(*) FROM raw.pages") == 10
    _, bodies = migrated_warehouse.query(
        "SELECT url, decode(body) FROM raw.pages WHERE source_id = 'beta' ORDER BY url"
    )
    assert bodies[0] == (
        "https://beta.example.org/termine/?seite=0",
        "<html>Seite 0 von beta</html>",
    )
    _, records = migrated_warehouse.query(
        "SELECT source_id, position, title FROM raw.records ORDER BY source_id, position"
    )
    expected = [
        (src.id, position, f"Fachtag {src.id} {position // 3}-{position % 3}")
        for src in SOURCES
        for position in range(15)
    ]
    assert records == expected
    assert count(migrated_warehouse, "SELECT count(*) FROM core.offering_history") == 30


def test_streamed_batches_hold_what_the_whole_tables_hold() -> None:
    run = _run(pages_per_source=3)
    for whole, streamed in (
        (
            arrow_tables.records_table(run.run_id, run.results),
            arrow_tables.records_batches(run.run_id, run.results),
        ),
        (
            arrow_tables.pages_table(run.run_id, run.results),
            arrow_tables.pages_batches(run.run_id, run.results),
        ),
        (
            arrow_tables.offerings_table(run.offerings),
            arrow_tables.offerings_batches(run.offerings),
        ),
    ):
        table = streamed.read_all()
        assert table.select(whole.column_names).equals(whole)


def test_the_load_memory_limit_is_lifted_afterwards(migrated_warehouse: Warehouse) -> None:
    _, before = migrated_warehouse.query("SELECT current_setting('memory_limit')")
    migrated_warehouse.load_run(_run())
    _, after = migrated_warehouse.query("SELECT current_setting('memory_limit')")
    assert after == before


def _retry_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "netdir.warehouse" and r.levelno == logging.WARNING
    ]


def _tries(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """DuckDB's memory limit at each ``_load_once``, as DuckDB shows it."""
    tries: list[str] = []
    load_once = Warehouse._load_once

    def counted(self: Warehouse, run: RunInput) -> RunSummary:
        _, limit = self.query("SELECT current_setting('memory_limit')")
        tries.append(limit[0][0])
        return load_once(self, run)

    monkeypatch.setattr(Warehouse, "_load_once", counted)
    return tries


def test_a_load_that_does_not_fit_under_the_limit_runs_again_under_a_raised_one(
    migrated_warehouse: Warehouse,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(warehouse_module, "LOAD_MEMORY_LIMIT", "256KB")
    tries = _tries(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="netdir.warehouse"):
        summary = migrated_warehouse.load_run(_run())
    # Out of memory under it, then under the raised limit, not without one.
    assert tries == ["250.0 KiB", "488.2 MiB"]
    # Said, not silent: which limit was too small, the next one, and what to set.
    [warning] = _retry_warnings(caplog)
    assert "run-1" in warning
    assert "memory limit of 256KB" in warning
    assert "again under 512MB" in warning
    assert "set NETDIR_LOAD_MEMORY_LIMIT" in warning
    # Nothing lost: every record and offering of the run is in.
    assert summary.added == 30
    assert count(migrated_warehouse, "SELECT count(*) FROM raw.records") == 30
    assert count(migrated_warehouse, "SELECT count(*) FROM raw.pages") == 10
    assert count(migrated_warehouse, "SELECT count(*) FROM core.offerings") == 30


def test_the_first_limit_can_be_set_for_warehouses_whose_loads_keep_running_out(
    migrated_warehouse: Warehouse,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(warehouse_module, "LOAD_MEMORY_LIMIT", "256KB")
    monkeypatch.setenv("NETDIR_LOAD_MEMORY_LIMIT", "64MB")
    tries = _tries(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="netdir.warehouse"):
        summary = migrated_warehouse.load_run(_run())
    assert tries == ["61.0 MiB"]  # the set size, once: it fits
    assert _retry_warnings(caplog) == []
    assert summary.added == 30


def test_a_first_limit_that_is_no_size_is_refused_before_loading(
    migrated_warehouse: Warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETDIR_LOAD_MEMORY_LIMIT", "64MB'; DROP TABLE core.runs; --")
    with pytest.raises(WarehouseError, match=r"NETDIR_LOAD_MEMORY_LIMIT=.* is no memory size"):
        migrated_warehouse.load_run(_run())
    assert count(migrated_warehouse, "SELECT count(*) FROM core.runs") == 0


def test_a_load_that_does_not_fit_under_the_raised_limit_runs_without_one(
    migrated_warehouse: Warehouse,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(warehouse_module, "LOAD_MEMORY_LIMIT", "256KB")
    monkeypatch.setattr(warehouse_module, "RETRY_MEMORY_LIMIT", "300KB")
    _, default = migrated_warehouse.query("SELECT current_setting('memory_limit')")
    tries = _tries(monkeypatch)
    with caplog.at_level(logging.WARNING, logger="netdir.warehouse"):
        summary = migrated_warehouse.load_run(_run())
    assert tries == ["250.0 KiB", "292.9 KiB", default[0][0]]
    first, second = _retry_warnings(caplog)
    assert "memory limit of 256KB" in first and "again under 300KB" in first
    assert "memory limit of 300KB" in second and "again without a limit" in second
    assert summary.added == 30
    assert count(migrated_warehouse, "SELECT count(*) FROM raw.records") == 30


def test_an_error_inside_a_registered_view_is_the_one_raised() -> None:
    """A statement that fails aborts DuckDB's transaction, and unregistering the Arrow view
    then fails too; the load must still see the first error (an out-of-memory error makes it
    load again without its limit, any other error would fail the run)."""
    import duckdb
    import pyarrow as pa

    from netdir.warehouse.load import _registered

    con = duckdb.connect()
    con.execute("BEGIN TRANSACTION")
    with (
        pytest.raises(duckdb.OutOfMemoryException, match="stand-in"),
        _registered(con, "arrow_rows", pa.table({"n": [1, 2]})),
    ):
        with pytest.raises(duckdb.Error):
            con.execute("SELECT CAST('not a number' AS INTEGER)")
        raise duckdb.OutOfMemoryException("stand-in for the statement's own error")
    con.execute("ROLLBACK")
    with _registered(con, "arrow_rows", pa.table({"n": [1, 2]})):
        assert con.execute("SELECT sum(n) FROM arrow_rows").fetchall() == [(3,)]
    assert "arrow_rows" not in {row[0] for row in con.execute("SHOW TABLES").fetchall()}
