"""One run into the warehouse: raw pages and records, health, offerings with SCD2 history.

Everything here runs inside the caller's transaction and writes set-wise from Arrow tables:
DuckDB's executemany manages ~1.5k rows/s, an Arrow scan several 100k rows/s (stack notes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import duckdb

from netdir.gc_pause import gc_paused
from netdir.warehouse.exceptions import WarehouseError
from netdir.warehouse.model import RunInput, RunSummary
from netdir.warehouse.offerings_file import OfferingsFile, repeated_ids

#: Offering columns whose every change makes a new history version, with the name analysts see
#: in ``changed_fields`` (the published names: ``start``/``end``, not ``start_iso``/``end_iso``).
VERSIONED_FIELDS: dict[str, str] = {
    "title": "title",
    "kind": "kind",
    "url": "url",
    "start_iso": "start",
    "end_iso": "end",
    "all_day": "all_day",
    "date_precision": "date_precision",
    "date_text": "date_text",
    "recurrence": "recurrence",
    "format": "format",
    "venue": "venue",
    "city": "city",
    "state": "state",
    "organizer": "organizer",
    "audience": "audience",
    "topics": "topics",
    "cost": "cost",
    "free": "free",
    "status": "status",
    "description": "description",
    "confidence": "confidence",
    "sources": "sources",
    "field_provenance": "field_provenance",
}
_TYPED_DATES = ("start_date", "start_ts", "end_date", "end_ts")
#: Columns an offering row and a history version share.
CONTENT_COLUMNS = (*VERSIONED_FIELDS, *_TYPED_DATES)


def load_run(con: duckdb.DuckDBPyConnection, run: RunInput) -> RunSummary:
    load_run_rows(con, run)
    return load_offerings(con, run)


def load_run_rows(con: duckdb.DuckDBPyConnection, run: RunInput) -> None:
    """The part of a load that needs no offerings (``run.offerings`` is not read): the run's
    context, the catalog's sources, raw pages, raw records and source health. A pipeline
    loads these while it still merges (``Warehouse.begin_load``); ``load_offerings`` follows
    in the same transaction."""
    with gc_paused():
        _check_started_at(run)
        _create_load_context(con, run)
        _load_sources(con, run)
        _replace_run_rows(con, run)


def load_offerings(con: duckdb.DuckDBPyConnection, run: RunInput) -> RunSummary:
    """The rest of a load after ``load_run_rows`` of the same run: offerings, their history,
    retirements and the run's record."""
    with gc_paused():
        return _load_offerings(con, run)


def _create_load_context(con: duckdb.DuckDBPyConnection, run: RunInput) -> None:
    con.execute(
        "CREATE OR REPLACE TEMP TABLE load_context AS "
        "SELECT ?::VARCHAR AS run_id, ?::TIMESTAMPTZ AS seen_at, ?::DATE AS today, "
        "?::VARCHAR[] AS seeing_sources, ?::VARCHAR[] AS tried_sources, "
        "?::INTEGER AS retire_after_days, ?::VARCHAR[] AS carried_refs",
        [
            run.run_id,
            run.started_at,
            run.today,
            _seeing_sources(run),
            sorted({r.source_id for r in run.results if r.status != "skipped"}),
            run.retire_after_days,
            _carried_refs(run),
        ],
    )


def _load_offerings(con: duckdb.DuckDBPyConnection, run: RunInput) -> RunSummary:
    _check_unique_offerings(run)
    _stage_offerings(con, run)
    _set_aside_expired_stale(con)
    counts = _diff_against_current(con)
    removed = _select_retirements(con, run)
    _write_history(con)
    _write_current(con)
    current_row = con.execute(
        "SELECT count(*) FROM core.offerings WHERE status NOT IN ('removed', 'retired')"
    ).fetchone()
    summary = RunSummary(
        run_id=run.run_id,
        added=counts["added"] + counts["reappeared"],
        changed=counts["changed"],
        removed=removed,
        unchanged=counts["unchanged"],
        offerings_current=int(current_row[0]) if current_row else 0,
    )
    _record_run(con, run, summary)
    for table in ("load_context", "stage", "diff", "retire", "retire_stale"):
        con.execute(f"DROP TABLE IF EXISTS temp.{table}")
    return summary


def _seeing_sources(run: RunInput) -> list[str]:
    """Sources that answered this run: only their offerings count as seen now. A failed or
    unreachable source's records are carried, and a source not in this run saw nothing."""
    return sorted(
        {r.source_id for r in run.results if r.status in ("ok", "partial") and not r.carried}
    )


def _carried_refs(run: RunInput) -> list[str]:
    """``source_id<US>url`` of the references a partial source only carried (pages that failed
    this run): an offering found only through them was not seen."""
    return sorted(
        f"{r.source_id}{_REF_SEPARATOR}{url}"
        for r in run.results
        if not r.carried
        for url in r.carried_urls
    )


_REF_SEPARATOR = "\x1f"  # ASCII unit separator: in neither source ids nor URLs


def _check_started_at(run: RunInput) -> None:
    if run.started_at.tzinfo is None:
        raise WarehouseError(
            f"run {run.run_id}: started_at {run.started_at.isoformat()} has no time zone; "
            "pass datetime.now(UTC)"
        )


def _check_unique_offerings(run: RunInput) -> None:
    offerings = run.offerings
    duplicates = (
        offerings.duplicate_ids  # counted by the process that wrote it
        if isinstance(offerings, OfferingsFile)
        else repeated_ids(offerings)
    )
    if duplicates:
        raise WarehouseError(
            f"run {run.run_id}: offering ids must be unique per run, found {len(duplicates)} "
            f"duplicated (e.g. {duplicates[0]!r}); normalization should have merged them"
        )


def _load_sources(con: duckdb.DuckDBPyConnection, run: RunInput) -> None:
    # pyarrow (~0.1 s to import) only once a run is loaded, not before a run's first request.
    from netdir.warehouse.arrow_tables import sources_table

    catalog = sources_table(run.sources)
    with _registered(con, "arrow_sources", catalog):
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE source_rows AS
            SELECT a.*, coalesce(old.first_run_id, ctx.run_id) AS first_run_id,
                   ctx.run_id AS last_run_id, current_timestamp AS updated_at
            FROM arrow_sources AS a
            CROSS JOIN load_context AS ctx
            LEFT JOIN core.sources AS old USING (source_id)
            """
        )
        con.execute(
            "DELETE FROM core.sources WHERE source_id IN (SELECT source_id FROM source_rows)"
        )
        con.execute("INSERT INTO core.sources BY NAME SELECT * FROM source_rows")
        con.execute("DROP TABLE temp.source_rows")


def _replace_run_rows(con: duckdb.DuckDBPyConnection, run: RunInput) -> None:
    """Raw pages, raw records and health of this run; a re-load replaces them, never doubles."""
    from netdir.warehouse.arrow_tables import health_table, pages_batches, records_batches

    for table, arrow in (
        ("raw.pages", pages_batches(run.run_id, run.results)),
        ("raw.records", records_batches(run.run_id, run.results)),
        ("core.source_health", health_table(run.run_id, run.results)),
    ):
        con.execute(f"DELETE FROM {table} WHERE run_id = ?", [run.run_id])
        with _registered(con, "arrow_rows", arrow):
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM arrow_rows")


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, name: str, data: Any) -> Iterator[None]:
    """``data`` registered as view ``name`` meanwhile. When the block fails, DuckDB has aborted
    the transaction and unregistering fails too: that second error must not replace the first
    (an out-of-memory error is what makes the load run again without its memory limit)."""
    con.register(name, data)
    try:
        yield
    except BaseException:
        with suppress(duckdb.Error):
            con.unregister(name)
        raise
    con.unregister(name)


def _stage_offerings(con: duckdb.DuckDBPyConnection, run: RunInput) -> None:
    """This run's offerings with typed dates; a scheduled offering whose dates lie before
    ``today`` becomes ``past`` (a fact computed from dates, not something a page says)."""
    from netdir.warehouse.arrow_tables import offerings_batches

    offerings = run.offerings
    batches = (
        offerings.batches()
        if isinstance(offerings, OfferingsFile)
        else offerings_batches(offerings)
    )
    with _registered(con, "arrow_offerings", batches):
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE stage AS
            WITH typed AS (
                SELECT
                    a.* REPLACE (
                        CAST(a.field_provenance AS JSON) AS field_provenance,
                        -- sorted: a source list that only changed order is no change
                        list_sort(a.sources) AS sources
                    ),
                    TRY_CAST(left(a.start_iso, 10) AS DATE) AS start_date,
                    CASE WHEN length(a.start_iso) > 10 THEN TRY_CAST(a.start_iso AS TIMESTAMPTZ)
                    END AS start_ts,
                    TRY_CAST(left(a.end_iso, 10) AS DATE) AS end_date,
                    CASE WHEN length(a.end_iso) > 10 THEN TRY_CAST(a.end_iso AS TIMESTAMPTZ)
                    END AS end_ts
                FROM arrow_offerings AS a
            )
            , judged AS (
                SELECT t.* REPLACE (
                    CASE
                        WHEN t.status = 'scheduled' AND coalesce(
                            t.end_date,
                            -- "März 2027" is stored as 2027-03-01: not past before April
                            CASE WHEN coalesce(t.date_precision, 'day') IN ('day', 'minute')
                                 THEN t.start_date END
                        ) < ctx.today THEN 'past'
                        ELSE t.status
                    END AS status
                ),
                len(list_filter(t.sources, lambda ref:
                    list_contains(ctx.seeing_sources, ref.source_id)
                    AND NOT list_contains(ctx.carried_refs, ref.source_id || chr(31) || ref.url)
                )) > 0 AS seen,
                list_has_any(
                    ctx.tried_sources, list_transform(t.sources, lambda ref: ref.source_id)
                ) AS tried
                FROM typed AS t CROSS JOIN load_context AS ctx
            )
            -- Seen: last_seen moves, stale_since clears. Only carried from a source that failed
            -- now: last_seen stays, stale_since starts (or keeps its start). Carried from sources
            -- not refreshed in this run (refresh --source): both stay as they were.
            SELECT j.*,
                   CASE WHEN j.seen THEN ctx.seen_at ELSE coalesce(c.last_seen, ctx.seen_at)
                   END AS seen_last,
                   CASE WHEN j.seen THEN NULL
                        WHEN j.tried THEN coalesce(c.stale_since, ctx.seen_at)
                        ELSE c.stale_since
                   END AS stale_since
            FROM judged AS j
            CROSS JOIN load_context AS ctx
            LEFT JOIN core.offerings AS c ON c.id = j.id
            """
        )


def _set_aside_expired_stale(con: duckdb.DuckDBPyConnection) -> None:
    """Offerings only carried for ``retire_after_days`` leave the stage; those still listed
    are retired (status 'retired', a history version), those retired already stay so."""
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE retire_stale AS
        SELECT s.id, s.stale_since
        FROM stage AS s CROSS JOIN load_context AS ctx
        WHERE NOT s.seen AND s.tried
          AND s.stale_since <= ctx.seen_at - to_days(ctx.retire_after_days)
        """
    )
    con.execute("DELETE FROM stage WHERE id IN (SELECT id FROM retire_stale)")
    con.execute(
        "DELETE FROM retire_stale WHERE id IN "
        "(SELECT id FROM core.offerings WHERE status IN ('removed', 'retired'))"
    )


def _diff_against_current(con: duckdb.DuckDBPyConnection) -> Counter[str]:
    field_checks = ", ".join(
        f"CASE WHEN s.{column} IS DISTINCT FROM c.{column} THEN '{name}' END"
        for column, name in VERSIONED_FIELDS.items()
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE diff AS
        WITH compared AS (
            SELECT
                s.id,
                c.id IS NOT NULL AS known,
                c.status AS old_status,
                list_filter([{field_checks}], lambda name: name IS NOT NULL) AS changed_fields,
                coalesce(c.version, 0) AS old_version,
                c.first_seen,
                c.first_run_id
            FROM stage AS s
            LEFT JOIN core.offerings AS c ON c.id = s.id
        )
        SELECT
            id,
            CASE
                WHEN NOT known THEN 'added'
                WHEN old_status IN ('removed', 'retired') THEN 'reappeared'
                WHEN len(changed_fields) > 0 THEN 'changed'
                ELSE 'unchanged'
            END AS change_kind,
            CASE WHEN known THEN changed_fields END AS changed_fields,
            old_version,
            first_seen,
            first_run_id
        FROM compared
        """
    )
    rows = con.execute("SELECT change_kind, count(*) FROM diff GROUP BY ALL").fetchall()
    counts: Counter[str] = Counter({kind: int(n) for kind, n in rows})
    return counts


def _select_retirements(con: duckdb.DuckDBPyConnection, run: RunInput) -> int:
    """Offerings no source lists any more — retired only if every source that listed them was
    crawled completely and healthily in this run. A failed, blocked or partial source, or one
    not part of this run at all, vouches for nothing, so its offerings stay."""
    healthy = sorted({result.source_id for result in run.results if result.healthy})
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE retire AS
        SELECT c.id
        FROM core.offerings AS c
        WHERE c.status NOT IN ('removed', 'retired')
          AND c.id NOT IN (SELECT id FROM stage)
          AND c.id NOT IN (SELECT id FROM retire_stale)
          AND len(c.sources) > 0
          AND list_has_all(?::VARCHAR[], list_transform(c.sources, lambda ref: ref.source_id))
        """,
        [healthy],
    )
    row = con.execute("SELECT count(*) FROM retire").fetchone()
    return int(row[0]) if row else 0


def _write_history(con: duckdb.DuckDBPyConnection) -> None:
    content = ", ".join(CONTENT_COLUMNS)
    staged = ", ".join(f"s.{column}" for column in CONTENT_COLUMNS)
    con.execute(
        """
        UPDATE core.offering_history AS h
        SET valid_to = ctx.seen_at, valid_to_run_id = ctx.run_id
        FROM load_context AS ctx
        WHERE h.valid_to IS NULL
          AND h.offering_id IN (
              SELECT id FROM diff WHERE change_kind IN ('changed', 'reappeared')
              UNION ALL
              SELECT id FROM retire
              UNION ALL
              SELECT id FROM retire_stale
          )
        """
    )
    con.execute(
        f"""
        INSERT INTO core.offering_history (
            offering_id, version, valid_from, valid_to, valid_from_run_id, valid_to_run_id,
            {content}, change_kind, changed_fields
        )
        SELECT s.id, d.old_version + 1, ctx.seen_at, NULL, ctx.run_id, NULL,
               {staged}, d.change_kind, d.changed_fields
        FROM stage AS s
        JOIN diff AS d USING (id)
        CROSS JOIN load_context AS ctx
        WHERE d.change_kind <> 'unchanged'
        """
    )
    _write_status_version(con, ids_from="retire", status="removed")
    _write_status_version(con, ids_from="retire_stale", status="retired")


def _write_current(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite only offerings whose content changed; unchanged ones (most, most nights) just get
    their last_seen moved — an UPDATE of two scalar columns instead of rewriting list columns."""
    content = ", ".join(CONTENT_COLUMNS)
    staged = ", ".join(f"s.{column}" for column in CONTENT_COLUMNS)
    con.execute(
        """
        UPDATE core.offerings AS c
        SET last_seen = s.seen_last, stale_since = s.stale_since, last_run_id = ctx.run_id
        FROM load_context AS ctx, stage AS s
        WHERE c.id = s.id AND c.id IN (SELECT id FROM diff WHERE change_kind = 'unchanged')
        """
    )
    con.execute(
        "DELETE FROM core.offerings WHERE id IN "
        "(SELECT id FROM diff WHERE change_kind IN ('changed', 'reappeared'))"
    )
    con.execute(
        f"""
        INSERT INTO core.offerings (
            id, {content}, version, first_seen, last_seen, first_run_id, last_run_id,
            removed_at, removed_run_id, stale_since
        )
        SELECT s.id, {staged}, d.old_version + 1,
               coalesce(d.first_seen, ctx.seen_at), s.seen_last,
               coalesce(d.first_run_id, ctx.run_id), ctx.run_id, NULL, NULL, s.stale_since
        FROM stage AS s
        JOIN diff AS d USING (id)
        CROSS JOIN load_context AS ctx
        WHERE d.change_kind <> 'unchanged'
        """
    )
    _set_status(con, ids_from="retire", status="removed")
    _set_status(con, ids_from="retire_stale", status="retired")


def _record_run(con: duckdb.DuckDBPyConnection, run: RunInput, summary: RunSummary) -> None:
    """The first load of a run is its record; loading it again leaves that record as it was."""
    record_run_row(con, run, summary, outcome="refreshed", offerings_loaded=len(run.offerings))


def record_run_row(
    con: duckdb.DuckDBPyConnection,
    run: RunInput,
    summary: RunSummary,
    *,
    outcome: str,
    offerings_loaded: int,
) -> None:
    con.execute(
        """
        INSERT INTO core.runs (
            run_id, started_at, finished_at, today, sources_total, sources_healthy,
            offerings_loaded, added, changed, removed, unchanged, offerings_current, loaded_at,
            outcome, inputs_fingerprint, requests
        )
        SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM core.runs WHERE run_id = ?)
        """,
        [
            run.run_id,
            run.started_at,
            run.finished_at,
            run.today,
            len(run.results),
            sum(1 for result in run.results if result.healthy),
            offerings_loaded,
            summary.added,
            summary.changed,
            summary.removed,
            summary.unchanged,
            summary.offerings_current,
            outcome,
            run.inputs_fingerprint,
            run.requests,
            run.run_id,
        ],
    )


def _set_status(con: duckdb.DuckDBPyConnection, *, ids_from: str, status: str) -> None:
    """The current row of the offerings listed in table ``ids_from`` takes ``status`` and the
    version that _write_status_version gave its history."""
    con.execute(
        f"""
        UPDATE core.offerings AS c
        SET status = '{status}', version = c.version + 1,
            removed_at = ctx.seen_at, removed_run_id = ctx.run_id
        FROM load_context AS ctx
        WHERE c.id IN (SELECT id FROM {ids_from})
        """
    )


def _write_status_version(con: duckdb.DuckDBPyConnection, *, ids_from: str, status: str) -> None:
    """A new history version for the offerings listed in table ``ids_from``: the current content
    with only ``status`` changed; ``status`` is also the version's change kind."""
    content = ", ".join(CONTENT_COLUMNS)
    values = ", ".join(
        f"'{status}' AS status" if column == "status" else f"c.{column}"
        for column in CONTENT_COLUMNS
    )
    con.execute(
        f"""
        INSERT INTO core.offering_history (
            offering_id, version, valid_from, valid_to, valid_from_run_id, valid_to_run_id,
            {content}, change_kind, changed_fields
        )
        SELECT c.id, c.version + 1, ctx.seen_at, NULL, ctx.run_id, NULL,
               {values}, '{status}', ['status']
        FROM core.offerings AS c
        CROSS JOIN load_context AS ctx
        WHERE c.id IN (SELECT id FROM {ids_from})
        """
    )
