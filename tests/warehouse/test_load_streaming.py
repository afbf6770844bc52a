"""A run's pages, records and offerings reach DuckDB as a stream of batches, under a memory
limit: every row arrives, in order, whatever the batch size, and the limit never fails a load."""

from __future__ import annotations

import pytest

from netdir.warehouse import RunInput, RunSummary, Warehouse, arrow_tables
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


def test_a_load_that_does_not_fit_under_the_limit_runs_again_under_a_raised_one(
    migrated_warehouse: Warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warehouse_module, "LOAD_MEMORY_LIMIT", "256KB")
    tries: list[str] = []
    load_once = Warehouse._load_once

    def counted(self: Warehouse, run: RunInput) -> RunSummary:
        _, limit = self.query("SELECT current_setting('memory_limit')")
        tries.append(limit[0][0])
        return load_once(self, run)

    monkeypatch.setattr(Warehouse, "_load_once", counted)
    summary = migrated_warehouse.load_run(_run())
    # Out of memory under it, then under the raised limit, not without one.
    assert tries == ["250.0 KiB", "488.2 MiB"]
    assert summary.added == 30
    assert count(migrated_warehouse, "SELECT count(*) FROM raw.records") == 30


def test_a_load_that_does_not_fit_under_the_raised_limit_runs_without_one(
    migrated_warehouse: Warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(warehouse_module, "LOAD_MEMORY_LIMIT", "256KB")
    monkeypatch.setattr(warehouse_module, "RETRY_MEMORY_LIMIT", "300KB")
    _, default = migrated_warehouse.query("SELECT current_setting('memory_limit')")
    tries: list[str] = []
    load_once = Warehouse._load_once

    def counted(self: Warehouse, run: RunInput) -> RunSummary:
        _, limit = self.query("SELECT current_setting('memory_limit')")
        tries.append(limit[0][0])
        return load_once(self, run)

    monkeypatch.setattr(Warehouse, "_load_once", counted)
    summary = migrated_warehouse.load_run(_run())
    assert tries == ["250.0 KiB", "292.9 KiB", default[0][0]]
    assert summary.added == 30


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
