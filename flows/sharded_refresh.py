"""The refresh split into shards that run in several processes (or machines), one load step.

Each shard task gets plain data (``netdir.shards.ShardJob``), crawls and extracts its sources
and writes Parquet files to ``shard_location`` (a folder every process can reach, or an fsspec
URL such as ``s3://bucket/netdir-shards``); the flow then reads the shards back and loads the run
into DuckDB in this one process, the warehouse's only writer, and deletes the shards. The task runner is Prefect's
``ProcessPoolTaskRunner``: one process per CPU of the worker machine unless ``processes`` says
otherwise. Broken sources are told as in ``flows/refresh.py`` (event, message, artifacts), per
source rather than per task.
"""

from __future__ import annotations

import os
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.states import Completed
from prefect.task_runners import ProcessPoolTaskRunner

from flows.observability import LOG_HOOKS, emit_source_broken, route_netdir_logs_to_run
from flows.refresh import flow_options, load_and_publish, publish_artifacts, refresh_run_name
from netdir.pipeline import RefreshReport, prepare_run
from netdir.shards import ShardJob, crawl_shard, read_shards, remove_run, split_into_shards


@task(name="crawl shard", task_run_name="crawl shard {job.index}", cache_policy=NO_CACHE)
def crawl_shard_task(job: ShardJob) -> dict[str, Any]:
    """One shard in a worker process; returns where it wrote and which process did it."""
    return {"path": crawl_shard(job), "pid": os.getpid(), "sources": [s.id for s in job.sources]}


@flow(
    name="netdir-refresh-sharded",
    flow_run_name=refresh_run_name,
    task_runner=ProcessPoolTaskRunner(),  # type: ignore[arg-type]  # its futures are PrefectFutures
    timeout_seconds=2 * 3600,
    **LOG_HOOKS,
)
async def sharded_refresh_flow(
    shard_location: str,
    shards: int = 4,
    catalog: str | None = None,
    db: str | None = None,
    out: str | None = None,
    sources: list[str] | None = None,
    allow_private_hosts: bool = False,
    today: str | None = None,
    wait_seconds: float = 600,
    public_url: str | None = None,
    storage_options: dict[str, Any] | None = None,
) -> RefreshReport:
    """Refresh in ``shards`` shards written to ``shard_location``; ``storage_options`` are
    fsspec's for that location (e.g. ``{"client_kwargs": {"endpoint_url": ...}}``)."""
    route_netdir_logs_to_run()
    options = flow_options(catalog, db, out, sources, allow_private_hosts, today, wait_seconds)
    plan = prepare_run(options)
    jobs = [
        ShardJob(
            run_id=plan.run_id,
            index=index,
            location=shard_location,
            settings=plan.catalog.settings,
            sources=shard,
            priors={source.id: plan.priors[source.id] for source in shard},
            allow_private_hosts=allow_private_hosts,
            storage_options=storage_options or {},
        )
        for index, shard in enumerate(split_into_shards(plan.crawlable, shards))
    ]
    done = [future.result() for future in crawl_shard_task.map(jobs)]
    results = read_shards([shard["path"] for shard in done], storage_options or {})
    report = await load_and_publish(plan, results, options)
    remove_run(shard_location, plan.run_id, storage_options or {})
    await publish_artifacts(report, public_url)
    for verdict in report.broken:
        emit_source_broken(
            verdict.source_id, verdict.url, verdict.verdict, verdict.reason,
            flow="netdir-refresh-sharded", run_id=report.run_id,
        )  # fmt: skip
    processes = len({shard["pid"] for shard in done})
    message = f"{len(done)} shards in {processes} processes"
    if report.broken:
        names = ", ".join(f"{v.source_id} ({v.verdict})" for v in report.broken)
        message += f"; {len(report.broken)} source(s) broken: {names}"
    return Completed(message=message, data=report)  # type: ignore[return-value]
