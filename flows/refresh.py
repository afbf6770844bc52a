"""The daily refresh as a Prefect flow: one task per source, then normalize, load, publish.

Run it through a deployment (see ``prefect.yaml``) or ``netdir refresh --prefect``. The steps are
``netdir.pipeline``'s functions; this module only adds what an operator sees in Prefect:
readable run names, a Failed task and a ``netdir.source.broken`` event per broken source,
artifacts, and retries for transient warehouse trouble.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Completed, Failed, State

from flows.observability import (
    LOG_HOOKS,
    emit_source_broken,
    publish_link,
    publish_summary,
    publish_table,
    route_netdir_logs_to_run,
)
from netdir.catalog import Source
from netdir.crawl import Crawler
from netdir.extract.isolation import ExtractionPool
from netdir.normalize.background import BackgroundNormalizer
from netdir.pipeline import (
    RefreshOptions,
    RefreshReport,
    RunPlan,
    berlin_today,
    finish_run,
    prepare_run,
)
from netdir.publish import PublishError
from netdir.records import SourceIssue, SourceResult
from netdir.refresh_report import published_links, source_rows, summary_markdown
from netdir.source_step import process_source
from netdir.verdicts import judge_source
from netdir.warehouse import PriorState, WarehouseError

if TYPE_CHECKING:
    from netdir.normalize.stage import Prepared

T = TypeVar("T")

#: A daily refresh of the real catalog takes minutes; hours means something hangs.
REFRESH_TIMEOUT_SECONDS = 2 * 3600
#: Load and publish are tried this often when the warehouse or the publish target fails
#: (locked past ``wait_seconds``, a load error, a flaky S3); the crawl is not repeated. A flow
#: retry would crawl every source again and hold back the Failed state the alert waits for.
LOAD_ATTEMPTS = 3
LOAD_RETRY_DELAY_SECONDS = 30.0


def prefect_step(name: str, function: Callable[..., T]) -> Callable[..., T]:
    # NO_CACHE: the steps receive a warehouse connection, which Prefect cannot (and must not
    # try to) hash into a cache key.
    return task(name=name, task_run_name=name, cache_policy=NO_CACHE)(function)


def refresh_run_name() -> str:
    """``refresh-2026-11-30``: the day the run is for, not Prefect's random words."""
    today = flow_run.parameters.get("today") or berlin_today().isoformat()
    return f"refresh-{today}"


def flow_options(
    catalog: str | None,
    db: str | None,
    out: str | None,
    sources: list[str] | None,
    allow_private_hosts: bool,
    today: str | None,
    wait_seconds: float,
) -> RefreshOptions:
    """A refresh flow's parameters (plain JSON values, as a deployment passes them) as options."""
    from netdir.cli.common import default_db, default_out

    db_path = Path(db) if db else default_db()
    return RefreshOptions(
        catalog=catalog,
        db_path=db_path,
        out=out or default_out(db_path),
        source_ids=sources or (),
        allow_private_hosts=allow_private_hosts,
        today=date.fromisoformat(today) if today else None,
        wait_seconds=wait_seconds,
    )


@task(name="crawl", task_run_name="crawl {source.id}", cache_policy=NO_CACHE)
async def crawl_source(
    crawler: Crawler,
    source: Source,
    prior: PriorState,
    run_id: str,
    extraction: ExtractionPool | None = None,
    normalizer: BackgroundNormalizer | None = None,
) -> SourceResult | State:
    """One source's crawl and extraction; a broken source ends this task Failed (its last good
    records still go on to normalization) and emits ``netdir.source.broken``. ``extraction``
    and ``normalizer``: the run's worker processes, as in a direct run (``run_refresh``)."""
    result = await process_source(
        crawler, source, prior, extraction=extraction, normalizer=normalizer
    )
    verdict = judge_source(result, str(source.start_urls[0]), prior.recent_record_counts)
    if verdict.broken:
        emit_source_broken(
            source.id, verdict.url, verdict.verdict, verdict.reason,
            flow="netdir-refresh", run_id=run_id,
        )  # fmt: skip
        return Failed(message=f"{source.id} {verdict.verdict}: {verdict.reason}", data=result)
    return result


async def _source_result(state: State, source: Source) -> SourceResult:
    value = await state.aresult(raise_on_failure=False)
    if isinstance(value, SourceResult):
        return value
    # The task itself crashed (not a broken source: process_source catches those).
    issue = SourceIssue(source.id, str(source.start_urls[0]), "pipeline", f"task: {value}")
    return SourceResult(source_id=source.id, status="failed", issues=[issue])


@flow(
    name="netdir-refresh",
    flow_run_name=refresh_run_name,
    timeout_seconds=REFRESH_TIMEOUT_SECONDS,
    **LOG_HOOKS,
    log_prints=True,
)
async def refresh_flow(
    catalog: str | None = None,
    db: str | None = None,
    out: str | None = None,
    sources: list[str] | None = None,
    allow_private_hosts: bool = False,
    today: str | None = None,
    fail_if_nothing_refreshed: bool = True,
    wait_seconds: float = 600,
    public_url: str | None = None,
) -> RefreshReport:
    """Refresh the catalog into the warehouse and publish the overview.

    Paths are relative to the project directory (the deployment's working directory).
    ``wait_seconds``: how long to wait for another process holding the warehouse.
    ``public_url``: where the publish folder is served, for the artifacts' links.
    """
    route_netdir_logs_to_run()
    options = flow_options(catalog, db, out, sources, allow_private_hosts, today, wait_seconds)
    plan = prefect_step("prepare", prepare_run)(options)
    # As in a direct run: pages are read in worker processes as they arrive (a hostile page
    # has a deadline) and their records normalized on the other core while the crawl goes on.
    async with (
        Crawler(plan.catalog.settings, allow_private_hosts=options.allow_private_hosts) as crawler,
        ExtractionPool(deadline_seconds=plan.catalog.settings.extract_deadline_seconds) as pool,
        BackgroundNormalizer(plan.today, {s.id: s for s in plan.sources}) as normalizer,
    ):
        runs = [
            cast(
                "Awaitable[State]",
                crawl_source(
                    crawler,
                    source,
                    plan.priors[source.id],
                    plan.run_id,
                    pool,
                    normalizer,
                    return_state=True,
                ),
            )
            for source in plan.crawlable
        ]
        states = await asyncio.gather(*runs)
        requests = crawler.requests_sent
        prepared = normalizer.prepared(plan.today)
    results = [
        await _source_result(state, source)
        for state, source in zip(states, plan.crawlable, strict=True)
    ]
    report = await load_and_publish(plan, results, options, requests=requests, prepared=prepared)
    await publish_artifacts(report, public_url)

    if fail_if_nothing_refreshed and not report.refreshed_any:
        raise RuntimeError(
            "no source could be refreshed; the overview was published from curated and "
            "last-known data"
        )
    if report.broken:
        names = ", ".join(f"{v.source_id} ({v.verdict})" for v in report.broken)
        return Completed(  # type: ignore[return-value]
            message=f"{len(report.broken)} source(s) broken: {names}; overview published",
            data=report,
        )
    return report


async def load_and_publish(
    plan: RunPlan,
    results: list[SourceResult],
    options: RefreshOptions,
    *,
    requests: int = 0,
    prepared: Prepared | None = None,
) -> RefreshReport:
    """``finish_run``, tried again on warehouse and publish errors (a retry is safe: a load is
    one transaction, and loading a run again replaces its rows). ``prepared``: the records the
    crawl already normalized."""
    for attempt in range(1, LOAD_ATTEMPTS + 1):
        try:
            return finish_run(
                plan, results, options, step=prefect_step, requests=requests, prepared=prepared
            )
        except (WarehouseError, PublishError) as exc:
            if attempt == LOAD_ATTEMPTS:
                raise
            get_run_logger().warning(
                "load/publish attempt %d of %d failed: %s; trying again in %g s",
                attempt, LOAD_ATTEMPTS, exc, LOAD_RETRY_DELAY_SECONDS,
            )  # fmt: skip
            await asyncio.sleep(LOAD_RETRY_DELAY_SECONDS)
    raise AssertionError("unreachable")


async def publish_artifacts(report: RefreshReport, public_url: str | None) -> None:
    links = published_links(report.published_to, public_url)
    await publish_table(
        "netdir-refresh-sources",
        source_rows(report),
        f"Per-source results of netdir run {report.run_id}",
    )
    await publish_summary(
        "netdir-refresh-summary",
        summary_markdown(report, links),
        f"Summary of netdir run {report.run_id}",
    )
    await publish_link(
        "netdir-overview",
        links["overview.json"],
        f"overview.json ({report.offerings_published} offerings)",
        "The published overview",
    )
