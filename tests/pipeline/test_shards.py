"""Shards: a catalog split so each server stays in one shard, crawled to files that round-trip
through a folder and through S3 (moto). The Prefect flow that runs shards in two processes is
tests/flows/test_sharded_refresh.py; these need no Prefect server, so they run on any xdist
worker instead of queueing behind the server's tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, prepare_run
from netdir.shards import ShardJob, crawl_shard, read_shards, split_into_shards


def shard_jobs(web: SampleWeb, tmp_path: Path, location: str, **options: Any) -> list[ShardJob]:
    plan = prepare_run(
        RefreshOptions(catalog=web.catalog(), db_path=tmp_path / "plan.duckdb", out=tmp_path / "o")
    )
    return [
        ShardJob(plan.run_id, index, location, plan.catalog.settings, shard,
                 {s.id: plan.priors[s.id] for s in shard}, allow_private_hosts=True, **options)
        for index, shard in enumerate(split_into_shards(plan.crawlable, 2))
    ]  # fmt: skip


def test_shards_keep_each_server_together_and_round_trip_through_a_folder(
    tmp_path: Path,
) -> None:
    with SampleWeb() as web:
        jobs = shard_jobs(web, tmp_path, str(tmp_path / "shards"))
        paths = [crawl_shard(job) for job in jobs]
        sources = web.catalog().sources
    assert len(jobs) == 2 and sorted(len(job.sources) for job in jobs) == [3, 3]
    results = read_shards(paths, {})
    assert sorted(r.source_id for r in results) == sorted(s.id for s in sources)
    gsb = next(r for r in results if r.source_id == "gsb-aktuelles")
    assert (gsb.status, gsb.pages_fetched, len(gsb.records), gsb.records_found) == ("ok", 3, 10, 10)
    assert all(page.fetched_at.tzinfo is not None and page.body for page in gsb.pages)
    assert gsb.records[0].title and gsb.records[0].page_url.startswith("http://127.0.0.1:")


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """fsspec storage options of a moto S3 server on 127.0.0.1 with an empty bucket."""
    import s3fs
    from moto.server import ThreadedMotoServer

    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                        "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true"}.items():  # fmt: skip
        monkeypatch.setenv(name, value)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    options: dict[str, Any] = {"client_kwargs": {"endpoint_url": f"http://{host}:{port}"}}
    s3fs.S3FileSystem(**options).mkdir("netdir-shards")
    yield options
    server.stop()


@pytest.mark.s3
def test_shards_round_trip_through_s3(tmp_path: Path, s3: dict[str, Any]) -> None:
    import s3fs

    with SampleWeb() as web:
        jobs = shard_jobs(web, tmp_path, "s3://netdir-shards/runs", storage_options=s3)
        paths = [crawl_shard(job) for job in jobs]
        local = [crawl_shard(replace(job, location=str(tmp_path / "local"), storage_options={}))
                 for job in jobs]  # fmt: skip
    keys = s3fs.S3FileSystem(**s3).find("netdir-shards/runs")
    assert len([key for key in keys if key.endswith(".parquet")]) == 3 * len(jobs)

    def summary(results: list[Any]) -> dict[str, tuple[str, int, int]]:
        return {r.source_id: (r.status, len(r.pages), len(r.records)) for r in results}

    from_s3 = summary(read_shards(paths, s3))
    assert from_s3 == summary(read_shards(local, {})), "S3 holds what a folder holds"
    assert len(from_s3) == 6 and all(records > 0 for _, _, records in from_s3.values())
