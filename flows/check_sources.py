"""The weekly source check as a Prefect flow: ``netdir sources check`` over the whole catalog.

It fetches each source's start pages now and gives the same verdicts as the command (moved,
login wall, no records, HTTP errors, unreachable); it writes neither the warehouse nor the
overview. The verdicts go into a table artifact, each source that needs attention emits
``netdir.source.broken``, and the flow run ends Completed with a message naming them.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.states import Completed

from flows.observability import (
    LOG_HOOKS,
    emit_source_broken,
    publish_table,
    route_netdir_logs_to_run,
)
from netdir.catalog import Source, load_catalog
from netdir.cli.sources_cmd import default_extractor, default_fetcher
from netdir.pipeline import berlin_today
from netdir.sources.check import check_sources


def needs_attention(flags: list[str]) -> bool:
    """The rule of ``netdir sources check``'s exit code: OK, or a login-only platform behind
    its login (expected), is fine."""
    return not (flags == ["OK"] or "LOGIN" in flags)


def check_run_name() -> str:
    return f"check-sources-{berlin_today().isoformat()}"


@task(name="check", task_run_name="check {source.id}", cache_policy=NO_CACHE)
def check_source(
    source: Source, settings: Any, allow_private_hosts: bool, today: date | None
) -> dict[str, Any]:
    """One source's verdict and the command's report lines for it."""
    report = io.StringIO()
    flags = check_sources(
        [source],
        lambda s: default_fetcher(allow_private_hosts, s.effective_settings(settings)),
        default_extractor(),
        report,
        today=today,
    )[source.id]
    return {"source": source.id, "flags": flags, "report": report.getvalue()}


@flow(name="netdir-check-sources", flow_run_name=check_run_name, timeout_seconds=3600, **LOG_HOOKS)
async def check_sources_flow(
    catalog: str | None = None,
    sources: list[str] | None = None,
    allow_private_hosts: bool = False,
    today: str | None = None,
) -> list[dict[str, Any]]:
    """Check the start pages of the catalog's sources (default: all enabled ones).
    ``today``: the reference day for "single past event" (default: today in Berlin)."""
    from prefect import get_run_logger

    route_netdir_logs_to_run()
    logger = get_run_logger()
    loaded = load_catalog(catalog)
    selected = loaded.select(sources or None)
    futures = [
        check_source.submit(
            source,
            loaded.settings,
            allow_private_hosts,
            date.fromisoformat(today) if today else None,
        )
        for source in selected
    ]
    rows = []
    attention = []
    for source, future in zip(selected, futures, strict=True):
        checked = future.result()
        logger.info("%s", checked["report"].rstrip())
        start_url = str(source.start_urls[0]) if source.start_urls else ""
        verdict = " ".join(checked["flags"])
        rows.append({"source": source.id, "verdict": verdict, "start_url": start_url})
        if needs_attention(checked["flags"]):
            attention.append(source.id)
            emit_source_broken(
                source.id, start_url, "check: " + verdict,
                _first_detail(checked["report"]), flow="netdir-check-sources",
            )  # fmt: skip
    await publish_table(
        "netdir-source-check",
        rows,
        f"Start-page check of {len(rows)} sources",
    )
    if attention:
        message = f"{len(attention)} of {len(rows)} sources need attention: {', '.join(attention)}"
        return Completed(message=message, data=rows)  # type: ignore[return-value]
    return rows


def _first_detail(report: str) -> str:
    """The command's verdict line and its first detail, as the event's reason."""
    lines = [line.strip() for line in report.splitlines() if line.strip()]
    return " · ".join(lines[:3])
