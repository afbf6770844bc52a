"""``netdir query`` (read-only SQL over the warehouse) and ``netdir prune`` (drop old bodies)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from netdir.cli.common import default_db, fail, output_console
from netdir.paths import DEFAULT_DB

DEFAULT_KEEP_RUNS = 10


def register(subcommands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    query = subcommands.add_parser(
        "query",
        help="run SQL against the warehouse (read-only)",
        description=(
            "Run one SQL statement against the warehouse, opened read-only and sandboxed (no "
            "file or network access from SQL: no COPY TO, read_csv, ATTACH or extensions). "
            "Several statements are refused, not half-run: run them one by one. It works "
            "while no refresh holds the file (else open the published snapshot netdir.duckdb "
            "with --db). Tables and views: warehouse/README.md."
        ),
    )
    query.add_argument("sql", help='e.g. "SELECT kind, count(*) FROM mart.overview GROUP BY ALL"')
    query.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"DuckDB file (default: $NETDIR_DB, else {DEFAULT_DB}; the published snapshot "
        "is <publish dir>/netdir.duckdb)",
    )
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.set_defaults(handler=run_query)

    prune = subcommands.add_parser(
        "prune",
        help="drop raw page bodies of old runs (history stays)",
        description=(
            "Drop the raw page bodies of all but the last N runs. Page metadata, validators, "
            "extracted records and the whole offering history stay."
        ),
    )
    prune.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"DuckDB file (default: $NETDIR_DB, else {DEFAULT_DB})",
    )
    prune.add_argument(
        "--keep-runs",
        type=int,
        default=DEFAULT_KEEP_RUNS,
        metavar="N",
        help=f"keep bodies of the last N runs (default {DEFAULT_KEEP_RUNS})",
    )
    prune.set_defaults(handler=run_prune)


def run_query(args: argparse.Namespace) -> int:
    import duckdb

    from netdir.warehouse import Warehouse, WarehouseError

    db = args.db or default_db()
    try:
        statements = len(duckdb.extract_statements(args.sql))
        if statements != 1:
            # DuckDB would run them all and return only the last result: refuse instead.
            return fail(
                f"netdir query runs exactly one SQL statement, got {statements}: "
                "run them one by one"
            )
        with Warehouse.open(db, sandboxed=True) as warehouse:
            columns, rows = warehouse.query(args.sql)
    except WarehouseError as exc:
        return fail(str(exc))
    except duckdb.PermissionException as exc:
        return fail(
            f"refused on {db}: {str(exc).splitlines()[0]} (netdir query reads the warehouse "
            "only; to export, use `netdir export`)"
        )
    except duckdb.Error as exc:
        return fail(f"query failed on {db}: {exc}; tables and views: warehouse/README.md")
    _print_rows(columns, rows, args.format)
    return 0


def run_prune(args: argparse.Namespace) -> int:
    from netdir.warehouse import Warehouse, WarehouseError

    db = args.db or default_db()
    if args.keep_runs < 1:
        return fail(f"--keep-runs must be at least 1, got {args.keep_runs}")
    if not Path(db).exists():
        return fail(f"no warehouse at {db}: run `netdir refresh` first, or pass --db")
    try:
        with Warehouse.open(db) as warehouse:
            warehouse.migrate()
            pruned = warehouse.prune(args.keep_runs)
    except WarehouseError as exc:
        return fail(str(exc))
    print(f"pruned {pruned} page bodies older than the last {args.keep_runs} runs in {db}")
    return 0


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=_json_value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _print_rows(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], fmt: str) -> None:
    if fmt == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2, default=_json_value)
        sys.stdout.write("\n")
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(value) for value in row] for row in rows)
    else:
        from rich.table import Table

        table = Table(*columns, caption=f"{len(rows)} rows")
        for row in rows:
            table.add_row(*(_cell(value) for value in row))
        output_console().print(table)
