"""What the last runs left for a source: page validators and the last good records per page."""

from __future__ import annotations

import json

import duckdb

from netdir.records import PageValidators, RawRecord
from netdir.warehouse.model import PriorState

_RECORD_COLUMNS = (
    "page_url, source_id, extractor, title, url, description, date_text, start_iso, end_iso, "
    "all_day, location_text, venue, city, attendance_mode, organizer, kind, status_text, "
    "cost_text, audience_text, topics, published, confidence, field_sources, extra, recurrence"
)


def prior_state(con: duckdb.DuckDBPyConnection, source_id: str) -> PriorState:
    return PriorState(
        validators=_validators(con, source_id),
        records_by_page=_last_records(con, source_id),
        recent_record_counts=_recent_record_counts(con, source_id),
    )


#: How many of a source's last answering runs its "usual" record count is taken from.
RECENT_RUNS = 5


def _recent_record_counts(con: duckdb.DuckDBPyConnection, source_id: str) -> list[int]:
    rows = con.execute(
        """
        SELECT h.records
        FROM core.source_health AS h JOIN core.runs AS r USING (run_id)
        WHERE h.source_id = ? AND h.status IN ('ok', 'partial') AND h.records IS NOT NULL
        ORDER BY r.started_at DESC, r.run_id DESC
        LIMIT ?
        """,
        [source_id, RECENT_RUNS],
    ).fetchall()
    return [int(count) for (count,) in rows]


def _validators(con: duckdb.DuckDBPyConnection, source_id: str) -> dict[str, PageValidators]:
    # arg_max skips NULLs: a 304 answer that carries no etag keeps the one seen before. The
    # next-page link comes from the last full answer only: a page that lost its "Weiter" link
    # must not keep the old one.
    rows = con.execute(
        """
        SELECT url,
               arg_max(etag, fetched_at),
               arg_max(last_modified, fetched_at),
               arg_max(content_hash, fetched_at),
               arg_max_null(next_url, fetched_at) FILTER (WHERE status < 300)
        FROM raw.pages
        WHERE source_id = ? AND status < 400
        GROUP BY url
        """,
        [source_id],
    ).fetchall()
    return {
        url: PageValidators(
            url=url, etag=etag, last_modified=modified, content_hash=content_hash, next_url=next_url
        )
        for url, etag, modified, content_hash, next_url in rows
    }


def _last_records(con: duckdb.DuckDBPyConnection, source_id: str) -> dict[str, list[RawRecord]]:
    """The records of the source's last run that answered (ok or partial): every run stores
    what the source lists then, carried-over records included. A failed or unreachable run is
    passed over, so a source that broke keeps what it listed before. Sources that never answer
    (login-only: always skipped) fall back to their latest run."""
    rows = con.execute(
        f"""
        WITH latest AS (
            -- an unchanged run lists the records of the run it points at
            SELECT coalesce(h.records_run_id, h.run_id) AS run_id
            FROM core.source_health AS h JOIN core.runs AS r USING (run_id)
            WHERE h.source_id = ?
            ORDER BY h.status IN ('ok', 'partial') DESC, r.started_at DESC, r.run_id DESC
            LIMIT 1
        )
        SELECT {_RECORD_COLUMNS}
        FROM raw.records
        WHERE source_id = ? AND run_id IN (SELECT run_id FROM latest)
        ORDER BY position
        """,
        [source_id, source_id],
    ).fetchall()
    by_page: dict[str, list[RawRecord]] = {}
    for row in rows:
        by_page.setdefault(row[0], []).append(_record(row))
    return by_page


def _record(row: tuple) -> RawRecord:
    (
        page_url, source_id, extractor, title, url, description, date_text, start, end,
        all_day, location_text, venue, city, attendance_mode, organizer, kind, status_text,
        cost_text, audience_text, topics, published, confidence, field_sources, extra,
        recurrence,
    ) = row  # fmt: skip
    return RawRecord(
        source_id=source_id,
        page_url=page_url,
        extractor=extractor,
        title=title,
        url=url,
        description=description,
        date_text=date_text,
        start=start,
        end=end,
        all_day=all_day,
        recurrence=recurrence,
        location_text=location_text,
        venue=venue,
        city=city,
        attendance_mode=attendance_mode,
        organizer=organizer,
        kind=kind,
        status_text=status_text,
        cost_text=cost_text,
        audience_text=audience_text,
        topics=list(topics or []),
        published=published,
        confidence=confidence if confidence is not None else 1.0,
        field_sources=json.loads(field_sources) if field_sources else {},
        extra=json.loads(extra) if extra else {},
    )


#: Reads a record from ``RECORD_COLUMNS`` values; Parquet shards (netdir.shards) use it too.
record_from_row = _record
RECORD_COLUMNS = tuple(name.strip() for name in _RECORD_COLUMNS.split(","))
