"""A compact standalone copy of the marts, for analysts to open while the pipeline writes."""

from __future__ import annotations

from pathlib import Path

import duckdb

#: The mart views materialized into the snapshot, under the same names (``mart.overview``, …),
#: so an analyst's query runs unchanged against the warehouse and the snapshot.
MART_VIEWS = ("overview", "upcoming", "changes", "source_health", "topics")


def export_marts(con: duckdb.DuckDBPyConnection, target: Path) -> None:
    """Write the marts as tables into a fresh DuckDB file at ``target`` (replaced if present).

    The caller (publish) writes to a temporary name and renames it into place, so readers never
    see a half-written snapshot.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in (target, target.with_name(target.name + ".wal")):
        stale.unlink(missing_ok=True)
    quoted = str(target).replace("'", "''")
    # READ_WRITE: an attach inherits read-only from a read-only warehouse (netdir export) else.
    con.execute(f"ATTACH '{quoted}' AS netdir_snapshot (READ_WRITE)")
    try:
        con.execute("CREATE SCHEMA netdir_snapshot.mart")
        for view in MART_VIEWS:
            con.execute(f"CREATE TABLE netdir_snapshot.mart.{view} AS SELECT * FROM mart.{view}")
        con.execute(
            "CREATE TABLE netdir_snapshot.main.snapshot_info AS "
            "SELECT current_timestamp AS exported_at, "
            "(SELECT max(version) FROM meta.schema_migrations) AS schema_version, "
            "(SELECT arg_max(run_id, started_at) FROM core.runs) AS last_run_id"
        )
    finally:
        con.execute("DETACH netdir_snapshot")
