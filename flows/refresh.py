"""The daily refresh as a Prefect flow: one task per source, then normalize, load, publish.

Run it through a deployment (see ``prefect.yaml``) or ``netdir refresh --prefect``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from netdir.paths import DEFAULT_DB, DEFAULT_OUT
from netdir.pipeline import RefreshOptions, RefreshReport, run_refresh

T = TypeVar("T")


def prefect_step(name: str, function: Callable[..., T]) -> Callable[..., T]:
    # NO_CACHE: the steps receive a crawler and a warehouse connection, which Prefect
    # cannot (and must not try to) hash into a cache key.
    return task(name=name, cache_policy=NO_CACHE, retries=0)(function)


@flow(name="netdir-refresh", log_prints=True)
async def refresh_flow(
    catalog: str | None = None,
    db: str = str(DEFAULT_DB),
    out: str = str(DEFAULT_OUT),
    sources: list[str] | None = None,
    allow_private_hosts: bool = False,
    today: str | None = None,
    fail_if_nothing_refreshed: bool = True,
) -> RefreshReport:
    """Refresh the catalog into the warehouse and publish the overview."""
    logger = get_run_logger()
    options = RefreshOptions(
        catalog=catalog,
        db_path=Path(db),
        out=out,
        source_ids=sources or (),
        allow_private_hosts=allow_private_hosts,
        today=date.fromisoformat(today) if today else None,
    )
    report = await run_refresh(options, step=prefect_step)
    for result in report.results:
        logger.info(
            "%s: %s, %d pages (%d unchanged), %d records, %d issues",
            result.source_id,
            result.status,
            result.pages_fetched,
            result.pages_unchanged,
            len(result.records),
            len(result.issues),
        )
    for issue in report.issues:
        logger.warning(str(issue))
    if fail_if_nothing_refreshed and not report.refreshed_any:
        raise RuntimeError(
            "no source could be refreshed; the overview was published from curated and last-known data"
        )
    return report
