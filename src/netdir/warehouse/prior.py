"""What the last runs left for a source: page validators and the last good records per page.

Read for every source of a run at once (a handful of queries, not a handful per source), and
the records only as rows: a ``RawRecord`` is built when a page's records are first asked for,
which an unchanged re-run (every page 304) never does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import duckdb

from netdir.records import PageValidators, RawRecord
from netdir.warehouse.model import PriorState

_RECORD_COLUMNS = (
    "page_url, source_id, extractor, title, url, description, date_text, start_iso, end_iso, "
    "all_day, location_text, venue, city, attendance_mode, organizer, kind, status_text, "
    "cost_text, audience_text, topics, published, confidence, field_sources, extra, recurrence"
)

#: How many of a source's last answering runs its "usual" record count is taken from.
RECENT_RUNS = 5


class PriorRecords(Mapping[str, list[RawRecord]]):
    """A source's last records by page URL, each page's built from its rows on first use."""

    __slots__ = ("_built", "_rows")

    def __init__(self, rows_by_page: dict[str, list[tuple[Any, ...]]] | None = None) -> None:
        self._rows = rows_by_page or {}
        self._built: dict[str, list[RawRecord]] = {}

    def __getitem__(self, page_url: str) -> list[RawRecord]:
        built = self._built.get(page_url)
        if built is None:
            built = self._built[page_url] = [_record(row) for row in self._rows[page_url]]
        return built

    def __contains__(self, page_url: object) -> bool:
        return page_url in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def count(self, page_url: str | None = None) -> int:
        """How many records there are (on ``page_url``), without building them."""
        if page_url is not None:
            return len(self._rows.get(page_url, ()))
        return sum(len(rows) for rows in self._rows.values())

    def __repr__(self) -> str:
        return f"PriorRecords({len(self._rows)} pages, {self.count()} records)"


def prior_state(con: duckdb.DuckDBPyConnection, source_id: str) -> PriorState:
    return prior_states(con, [source_id])[source_id]


def prior_states(
    con: duckdb.DuckDBPyConnection, source_ids: Sequence[str]
) -> dict[str, PriorState]:
    """Validators, last records and recent record counts of each of ``source_ids``."""
    ids = list(dict.fromkeys(source_ids))
    validators = _validators(con, ids)
    records, healthy = _last_records(con, ids)
    counts = _recent_record_counts(con, ids)
    return {
        source_id: PriorState(
            validators=validators.get(source_id, {}),
            records_by_page=PriorRecords(records.get(source_id)),
            recent_record_counts=counts.get(source_id, []),
            records_healthy=healthy.get(source_id, False),
        )
        for source_id in ids
    }


def _recent_record_counts(
    con: duckdb.DuckDBPyConnection, source_ids: list[str]
) -> dict[str, list[int]]:
    rows = con.execute(
        """
        SELECT h.source_id, h.records
        FROM core.source_health AS h JOIN core.runs AS r USING (run_id)
        WHERE list_contains(?::VARCHAR[], h.source_id) AND h.status IN ('ok', 'partial')
          AND h.records IS NOT NULL
        QUALIFY row_number() OVER (
            PARTITION BY h.source_id ORDER BY r.started_at DESC, r.run_id DESC) <= ?
        ORDER BY h.source_id, r.started_at DESC, r.run_id DESC
        """,
        [source_ids, RECENT_RUNS],
    ).fetchall()
    counts: dict[str, list[int]] = {}
    for source_id, count in rows:
        counts.setdefault(source_id, []).append(int(count))
    return counts


def _validators(
    con: duckdb.DuckDBPyConnection, source_ids: list[str]
) -> dict[str, dict[str, PageValidators]]:
    # arg_max skips NULLs: a 304 answer that carries no etag keeps the one seen before. The
    # next-page link comes from the last full answer only: a page that lost its "Weiter" link
    # must not keep the old one.
    rows = con.execute(
        """
        SELECT source_id, url,
               arg_max(etag, fetched_at),
               arg_max(last_modified, fetched_at),
               arg_max(content_hash, fetched_at),
               arg_max_null(next_url, fetched_at) FILTER (WHERE status < 300)
        FROM raw.pages
        WHERE list_contains(?::VARCHAR[], source_id) AND status < 400
        GROUP BY source_id, url
        """,
        [source_ids],
    ).fetchall()
    by_source: dict[str, dict[str, PageValidators]] = {}
    for source_id, url, etag, modified, content_hash, next_url in rows:
        by_source.setdefault(source_id, {})[url] = PageValidators(
            url=url, etag=etag, last_modified=modified, content_hash=content_hash, next_url=next_url
        )
    return by_source


def _last_records(
    con: duckdb.DuckDBPyConnection, source_ids: list[str]
) -> tuple[dict[str, dict[str, list[tuple[Any, ...]]]], dict[str, bool]]:
    """The record rows of each source's last run that answered (ok or partial), by page: every
    run stores what the source lists then, carried-over records included. A failed or
    unreachable run is passed over, so a source that broke keeps what it listed before. Sources
    that never answer (login-only: always skipped) fall back to their latest run.

    Also, per source, whether that run was ok and healthy: its records then passed every check
    (a healthy run carries nothing), so the same records need not be checked again."""
    latest = con.execute(
        """
        SELECT h.source_id, coalesce(h.records_run_id, h.run_id),
               h.status = 'ok' AND coalesce(h.healthy, false)
        FROM core.source_health AS h JOIN core.runs AS r USING (run_id)
        WHERE list_contains(?::VARCHAR[], h.source_id)
        -- an unchanged run lists the records of the run it points at
        QUALIFY row_number() OVER (
            PARTITION BY h.source_id
            ORDER BY h.status IN ('ok', 'partial') DESC, r.started_at DESC, r.run_id DESC) = 1
        """,
        [source_ids],
    ).fetchall()
    if not latest:
        return {}, {}
    healthy = {source_id: bool(ok) for source_id, _, ok in latest}
    columns = ", ".join(f"r.{name.strip()}" for name in _RECORD_COLUMNS.split(","))
    rows = con.execute(
        f"""
        SELECT {columns}
        FROM raw.records AS r
        JOIN (SELECT unnest(?::VARCHAR[]) AS source_id, unnest(?::VARCHAR[]) AS run_id) AS l
          ON r.source_id = l.source_id AND r.run_id = l.run_id
        ORDER BY r.source_id, r.position
        """,
        [[source_id for source_id, _, _ in latest], [run_id for _, run_id, _ in latest]],
    ).fetchall()
    by_source: dict[str, dict[str, list[tuple[Any, ...]]]] = {}
    for row in rows:
        by_source.setdefault(row[1], {}).setdefault(row[0], []).append(row)
    return by_source, healthy


def _record(row: tuple[Any, ...]) -> RawRecord:
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
