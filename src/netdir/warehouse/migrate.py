"""Apply numbered migrations in order, record them, and (re)create the mart views."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from netdir.warehouse.exceptions import SchemaTooNew, WarehouseError
from netdir.warehouse.failures import cause, rollback
from netdir.warehouse.sql_files import migrations, sql_dir, views

_VERSION_TABLE = "meta.schema_migrations"


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration, 0 for an empty file."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_schema = 'meta' AND table_name = 'schema_migrations'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute(f"SELECT coalesce(max(version), 0) FROM {_VERSION_TABLE}").fetchone()
    return int(row[0]) if row else 0


def check_not_too_new(con: duckdb.DuckDBPyConnection, db_path: str, directory: Path) -> int:
    known = len(migrations(directory))
    current = schema_version(con)
    if current > known:
        raise SchemaTooNew(
            f"warehouse {db_path} has schema version {current}, this netdir knows only up to "
            f"{known} (migrations in {directory / 'migrations'}); it was written by a newer "
            "netdir — update this checkout (git pull) instead of opening it with an older one"
        )
    return current


def migrate(con: duckdb.DuckDBPyConnection, db_path: str) -> int:
    """Bring the file to the newest schema; every migration is one transaction with its record."""
    directory = sql_dir()
    current = check_not_too_new(con, db_path, directory)
    con.execute("CREATE SCHEMA IF NOT EXISTS meta")
    con.execute(
        f"CREATE TABLE IF NOT EXISTS {_VERSION_TABLE} "
        "(version INTEGER NOT NULL, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    migrated = False
    for migration in migrations(directory):
        if migration.version <= current:
            continue
        migrated = True
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute(
                f"INSERT INTO {_VERSION_TABLE} VALUES (?, ?, current_timestamp)",
                [migration.version, migration.name],
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            rollback(con)
            raise WarehouseError(
                f"migration {migration.name} failed on {db_path}: {cause(exc)}; the file stays at "
                f"schema version {current} — fix the migration and run again"
            ) from exc
        current = migration.version
    view_files = views(directory)
    stamp = _views_stamp(view_files)
    if migrated or not _views_are(con, stamp):
        _create_views(con, db_path, directory, view_files, stamp)
    return current


def _views_stamp(view_files: list[tuple[str, str]]) -> str:
    digest = hashlib.sha256()
    for name, sql in view_files:
        digest.update(f"{name}\0{sql}\0".encode())
    return f"netdir views {digest.hexdigest()[:16]}"


def _views_are(con: duckdb.DuckDBPyConnection, stamp: str) -> bool:
    """The mart views are those _create_views made from the view files as they are now: each
    carries the stamp, which also says how many there were.

    Recreating them on every open costs a catalog write and a checkpoint at close, which an
    unchanged re-run would otherwise pay twice."""
    rows = con.execute(
        "SELECT comment, count(*) FROM duckdb_views() "
        "WHERE schema_name = 'mart' AND NOT internal GROUP BY comment"
    ).fetchall()
    return len(rows) == 1 and rows[0][0] == f"{stamp} ({rows[0][1]} views)"


def _create_views(
    con: duckdb.DuckDBPyConnection,
    db_path: str,
    directory: Path,
    view_files: list[tuple[str, str]],
    stamp: str,
) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        for name, sql in view_files:
            try:
                con.execute(sql)
            except duckdb.Error as exc:
                raise WarehouseError(
                    f"view file {directory / 'views' / name} does not apply to {db_path}: {exc}"
                ) from exc
        # Each view remembers the files it came from: the next open skips all this.
        mart_views = con.execute(
            "SELECT view_name FROM duckdb_views() WHERE schema_name = 'mart' AND NOT internal"
        ).fetchall()
        for (view,) in mart_views:
            con.execute(f"COMMENT ON VIEW mart.\"{view}\" IS '{stamp} ({len(mart_views)} views)'")
        con.execute("COMMIT")
    except duckdb.Error as exc:
        rollback(con)
        raise WarehouseError(f"updating the views of {db_path} failed: {cause(exc)}") from exc
    except BaseException:
        rollback(con)
        raise
