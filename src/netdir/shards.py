"""Scale-out: crawl and extract in shards anywhere, merge them into the warehouse in one place.

A shard is a few sources plus everything needed to crawl them (crawl settings, last validators
and records): plain, picklable data, so it runs in another process or on another machine.
Each shard writes its raw pages, records and per-source results as Parquet files to a shared
location (a folder, or an fsspec URL such as ``s3://bucket/netdir-shards``); the load step reads
them back and loads the run into DuckDB, the only writer::

    <location>/<run_id>/shard-0003/{results,pages,records}.parquet
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.parquet as pq

from netdir.catalog import CrawlSettings, Source
from netdir.crawl import Crawler
from netdir.records import Page, SourceIssue, SourceResult
from netdir.source_step import process_source
from netdir.warehouse import PriorState
from netdir.warehouse.arrow_tables import pages_table, records_table
from netdir.warehouse.prior import RECORD_COLUMNS, record_from_row

_PAGE_FIELDS = (
    "source_id", "url", "final_url", "status", "fetched_at", "etag", "last_modified",
    "content_hash", "content_type", "encoding", "changed", "truncated", "next_url", "elapsed_ms",
    "body",
)  # fmt: skip


class ShardError(Exception):
    """A shard could not be written or read back; the message names the shard and location."""


@dataclass(slots=True)
class ShardJob:
    """One shard's work: serialisable inputs only (no crawler, no warehouse connection)."""

    run_id: str
    index: int
    location: str
    settings: CrawlSettings
    sources: list[Source]
    priors: dict[str, PriorState] = field(default_factory=dict)
    allow_private_hosts: bool = False
    storage_options: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> str:
        return f"{self.location.rstrip('/')}/{self.run_id}/shard-{self.index:04d}"


def split_into_shards(sources: Sequence[Source], count: int) -> list[list[Source]]:
    """Up to ``count`` shards of about equal size; sources of one server stay in one shard, so
    per-host politeness (delay, concurrency) still holds across the whole run."""
    by_host: dict[str, list[Source]] = {}
    for source in sources:
        by_host.setdefault(_server_of(source), []).append(source)
    shards: list[list[Source]] = [[] for _ in range(max(count, 1))]
    for group in sorted(by_host.values(), key=len, reverse=True):
        min(shards, key=len).extend(group)
    return [shard for shard in shards if shard]


def _server_of(source: Source) -> str:
    """The crawler counts politeness per host name (http and https share a server); a port of
    its own (not 80/443) is another server."""
    if not source.start_urls:
        return source.id
    url = urlsplit(str(source.start_urls[0]))
    host = (url.hostname or source.id).lower()
    return f"{host}:{url.port}" if url.port not in (None, 80, 443) else host


def crawl_shard(job: ShardJob) -> str:
    """Crawl and extract one shard's sources, write the shard; returns its path."""

    async def crawl() -> list[SourceResult]:
        async with Crawler(job.settings, allow_private_hosts=job.allow_private_hosts) as crawler:
            return list(
                await asyncio.gather(
                    *(
                        process_source(crawler, source, job.priors.get(source.id, PriorState()))
                        for source in job.sources
                    )
                )
            )

    write_shard(job.path, job.run_id, asyncio.run(crawl()), job.storage_options)
    return job.path


def write_shard(
    path: str, run_id: str, results: Sequence[SourceResult], storage_options: dict[str, Any]
) -> None:
    tables = {
        "results": _results_table(results),
        "pages": pages_table(run_id, results),
        "records": records_table(run_id, results),
    }
    fs, root = _filesystem(path, storage_options)
    try:
        fs.makedirs(root, exist_ok=True)
        for name, table in tables.items():
            buffer = io.BytesIO()
            pq.write_table(table, buffer)
            fs.pipe_file(f"{root}/{name}.parquet", buffer.getvalue())
    except Exception as exc:
        raise ShardError(f"cannot write shard {path}: {type(exc).__name__}: {exc}") from exc


def read_shards(paths: Sequence[str], storage_options: dict[str, Any]) -> list[SourceResult]:
    """The results of all shards, in the order of ``paths`` and of the sources in each."""
    results: list[SourceResult] = []
    for path in paths:
        results.extend(_read_shard(path, storage_options))
    return results


def remove_run(location: str, run_id: str, storage_options: dict[str, Any]) -> None:
    """Delete a run's shards once they are loaded (the warehouse keeps pages and records)."""
    fs, root = _filesystem(f"{location.rstrip('/')}/{run_id}", storage_options)
    if fs.exists(root):
        fs.rm(root, recursive=True)


def _read_shard(path: str, storage_options: dict[str, Any]) -> list[SourceResult]:
    fs, root = _filesystem(path, storage_options)
    try:
        tables = {
            name: pq.read_table(io.BytesIO(fs.cat_file(f"{root}/{name}.parquet")))
            for name in ("results", "pages", "records")
        }
    except Exception as exc:
        raise ShardError(
            f"cannot read shard {path}: {type(exc).__name__}: {exc}; was it written by this run?"
        ) from exc
    pages: dict[str, list[Page]] = {}
    for row in tables["pages"].select(list(_PAGE_FIELDS)).to_pylist():
        pages.setdefault(row["source_id"], []).append(Page(**row))
    records: dict[str, list[Any]] = {}
    for values in zip(
        *(tables["records"].column(name).to_pylist() for name in RECORD_COLUMNS), strict=True
    ):
        records.setdefault(values[1], []).append(record_from_row(values))
    results = []
    for row in tables["results"].to_pylist():
        results.append(
            SourceResult(
                source_id=row["source_id"],
                status=row["status"],
                pages=pages.get(row["source_id"], []),
                records=records.get(row["source_id"], []),
                issues=[SourceIssue(**issue) for issue in json.loads(row["issues"])],
                robots_skipped=list(row["robots_skipped"]),
                healthy=row["healthy"],
                pages_fetched=row["pages_fetched"],
                pages_unchanged=row["pages_unchanged"],
                records_found=row["records_found"],
            )
        )
    return results


def _results_table(results: Sequence[SourceResult]) -> pa.Table:
    return pa.table(
        {
            "source_id": pa.array([r.source_id for r in results], pa.string()),
            "status": pa.array([r.status for r in results], pa.string()),
            "healthy": pa.array([r.healthy for r in results], pa.bool_()),
            "pages_fetched": pa.array([r.pages_fetched for r in results], pa.int32()),
            "pages_unchanged": pa.array([r.pages_unchanged for r in results], pa.int32()),
            "records_found": pa.array([r.records_found for r in results], pa.int32()),
            "robots_skipped": pa.array([r.robots_skipped for r in results], pa.list_(pa.string())),
            "issues": pa.array(
                [json.dumps([asdict(i) for i in r.issues], ensure_ascii=False) for r in results],
                pa.string(),
            ),
        }
    )


def _filesystem(path: str, storage_options: dict[str, Any]) -> tuple[Any, str]:
    import fsspec

    fs, root = fsspec.core.url_to_fs(path, **storage_options)
    return fs, str(root)
