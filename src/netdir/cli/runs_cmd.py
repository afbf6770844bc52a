"""``netdir runs``: the recent refreshes with their counts and the sources that failed."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from netdir.cli.common import default_db, fail, output_console

RUNS_SQL = """
SELECT r.run_id, r.started_at, r.finished_at, r.sources_total, r.sources_healthy,
       r.offerings_current, r.added, r.changed, r.removed,
       coalesce(list(h.source_id || ' (' || h.status || ')' ORDER BY h.source_id)
                FILTER (WHERE NOT h.healthy), []) AS failing
FROM core.runs r
LEFT JOIN core.source_health h USING (run_id)
GROUP BY ALL
ORDER BY r.started_at DESC
LIMIT ?
"""
COLUMNS = (
    "run_id", "started_at", "finished_at", "sources_total", "sources_healthy",
    "offerings_current", "added", "changed", "removed", "failing",
)  # fmt: skip


def register(subcommands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subcommands.add_parser(
        "runs",
        help="list recent refresh runs: counts, changes and failing sources",
        description=(
            "The most recent refresh runs of the warehouse, newest first: when, how long, "
            "healthy sources out of all, offerings published, what changed, and which sources "
            'failed (details: netdir query "SELECT * FROM mart.source_health").'
        ),
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="warehouse file (default $NETDIR_DB or warehouse/netdir.duckdb)",
    )
    parser.add_argument("--limit", type=int, default=10, metavar="N", help="runs to show (10)")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from netdir.warehouse import Warehouse, WarehouseError

    db = args.db or default_db()
    if args.limit < 1:
        return fail(f"--limit must be at least 1, got {args.limit}")
    try:
        with Warehouse.open(db, read_only=True) as warehouse:
            _, rows = warehouse.query(RUNS_SQL, [args.limit])
    except WarehouseError as exc:
        return fail(str(exc))
    runs = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
    if args.format == "json":
        json.dump(runs, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return 0
    if not runs:
        print(f"no runs in {db} yet: run `netdir refresh`")
        return 0
    _print_table(runs, db)
    return 0


def _print_table(runs: list[dict[str, Any]], db: Path) -> None:
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"recent runs in {db}")
    for column in ("run", "started (UTC)", "took", "sources ok", "offerings", "changes", "failing"):
        table.add_column(column)
    for run in runs:
        started, finished = run["started_at"], run["finished_at"]
        took = f"{(finished - started).total_seconds():.0f} s" if started and finished else "-"
        healthy, total = run["sources_healthy"], run["sources_total"]
        table.add_row(
            run["run_id"],
            started.astimezone().strftime("%Y-%m-%d %H:%M") if started else "-",
            took,
            f"{healthy}/{total}",
            str(run["offerings_current"]),
            f"+{run['added'] or 0} ~{run['changed'] or 0} -{run['removed'] or 0}",
            escape(", ".join(run["failing"])) or "-",
        )
    output_console().print(table)
