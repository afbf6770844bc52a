"""Runs where nothing changed: what the last run depended on, and recording an unchanged run.

An unchanged run (every page answered 304 or the same bytes; catalog, curated entries and day
as before) adds only its run row, its page-validator rows and its source health rows, and
moves ``last_seen`` of the listed offerings: no records or offerings are copied again, so the
warehouse does not grow by the size of the catalog every night.
"""

from __future__ import annotations

import duckdb

from netdir.gc_pause import gc_paused
from netdir.warehouse.load import record_run_row
from netdir.warehouse.model import LastRun, RunInput, RunSummary


def last_run(con: duckdb.DuckDBPyConnection) -> LastRun | None:
    row = con.execute(
        "SELECT run_id, inputs_fingerprint FROM core.runs "
        "ORDER BY started_at DESC, run_id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    run_id, fingerprint = row
    health = con.execute(
        "SELECT source_id, status, healthy, coalesce(records_run_id, run_id), records "
        "FROM core.source_health WHERE run_id = ?",
        [run_id],
    ).fetchall()
    return LastRun(
        run_id=run_id,
        inputs_fingerprint=fingerprint,
        health={
            source_id: (status, healthy, records_run)
            for source_id, status, healthy, records_run, _ in health
        },
        record_counts={row[0]: int(row[4] or 0) for row in health},
    )


def record_unchanged_run(
    con: duckdb.DuckDBPyConnection, run: RunInput, last: LastRun
) -> RunSummary:
    """Record ``run`` as unchanged since ``last`` (the caller checked that it is)."""
    from netdir.warehouse.arrow_tables import health_table, pages_table  # pyarrow: see load.py

    with gc_paused():
        pages = pages_table(run.run_id, run.results)
        health = health_table(run.run_id, run.results)
    con.register("arrow_pages", pages)
    con.register("arrow_health", health)
    try:
        con.execute("DELETE FROM raw.pages WHERE run_id = ?", [run.run_id])
        con.execute("INSERT INTO raw.pages BY NAME SELECT * FROM arrow_pages")
        con.execute("DELETE FROM core.source_health WHERE run_id = ?", [run.run_id])
        con.execute("INSERT INTO core.source_health BY NAME SELECT * FROM arrow_health")
    finally:
        con.unregister("arrow_pages")
        con.unregister("arrow_health")
    for source_id, (_, _, records_run_id) in last.health.items():
        con.execute(
            "UPDATE core.source_health SET records_run_id = ? WHERE run_id = ? AND source_id = ?",
            [records_run_id, run.run_id, source_id],
        )
    # Seen again: the offerings every source of which answered in this run.
    con.execute(
        """
        UPDATE core.offerings SET last_seen = ?, last_run_id = ?, stale_since = NULL
        WHERE status NOT IN ('removed', 'retired')
          AND list_has_all(?::VARCHAR[], list_transform(sources, lambda ref: ref.source_id))
        """,
        [run.started_at, run.run_id, sorted({result.source_id for result in run.results})],
    )
    con.execute(
        "UPDATE core.sources SET last_run_id = ? WHERE source_id IN "
        "(SELECT source_id FROM core.source_health WHERE run_id = ?)",
        [run.run_id, run.run_id],
    )
    row = con.execute(
        "SELECT count(*) FROM core.offerings WHERE status NOT IN ('removed', 'retired')"
    ).fetchone()
    current = int(row[0]) if row else 0
    summary = RunSummary(
        run_id=run.run_id, added=0, changed=0, removed=0, unchanged=current,
        offerings_current=current,
    )  # fmt: skip
    record_run_row(con, run, summary, outcome="unchanged", offerings_loaded=0)
    return summary
