"""What a flow run shows an operator: netdir's logs in the run, broken-source events, artifacts."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from prefect.artifacts import (
    acreate_link_artifact,
    acreate_markdown_artifact,
    acreate_table_artifact,
)
from prefect.events import emit_event
from prefect.logging.handlers import APILogHandler

#: The event an automation (flows/alerts.py) notifies on.
SOURCE_BROKEN_EVENT = "netdir.source.broken"


#: What ``route_netdir_logs_to_run`` changed, undone by ``detach_netdir_logs`` when the run ends.
_routed: dict[str, Any] = {}


def route_netdir_logs_to_run() -> None:
    """netdir's per-request and per-source logs (INFO) into the flow run's logs.

    ``PREFECT_LOGGING_EXTRA_LOGGERS=netdir`` attaches Prefect's handlers but leaves the logger
    at WARNING, and a worker started without that variable attaches nothing: do both here, for
    this run only (the flows' hooks call ``detach_netdir_logs``), so a process that goes on
    after the run (``netdir refresh --prefect``, tests) does not keep sending logs to an API.
    """
    netdir_logger = logging.getLogger("netdir")
    if _routed:
        return
    _routed["level"] = netdir_logger.level
    _routed["handlers"] = []
    if netdir_logger.getEffectiveLevel() > logging.INFO:
        netdir_logger.setLevel(logging.INFO)
    if not any(isinstance(h, APILogHandler) for h in netdir_logger.handlers):
        for handler in logging.getLogger("prefect.extra").handlers:
            if handler not in netdir_logger.handlers:
                netdir_logger.addHandler(handler)
                _routed["handlers"].append(handler)


def detach_netdir_logs(*_: Any) -> None:
    """Flow hook (on completion, failure, crash, cancellation): undo ``route_netdir_logs_to_run``."""
    if not _routed:
        return
    netdir_logger = logging.getLogger("netdir")
    for handler in _routed["handlers"]:
        netdir_logger.removeHandler(handler)
    netdir_logger.setLevel(_routed["level"])
    _routed.clear()


#: Hooks for every netdir flow: the run's log routing ends with the run.
LOG_HOOKS: dict[str, Any] = {
    f"on_{event}": [detach_netdir_logs]
    for event in ("completion", "failure", "crashed", "cancellation")
}


def emit_source_broken(
    source_id: str,
    url: str | None,
    verdict: str,
    reason: str,
    *,
    flow: str,
    run_id: str | None = None,
) -> None:
    """One ``netdir.source.broken`` event: the source is the resource, the reason the payload.
    ``verdict``: unreachable | failed | low_yield (refresh), ``check: MOVED …`` (weekly check)."""
    emit_event(
        event=SOURCE_BROKEN_EVENT,
        resource={
            "prefect.resource.id": f"netdir.source.{source_id}",
            "prefect.resource.name": source_id,
            "netdir.source-id": source_id,
            "netdir.url": url or "",
            "netdir.verdict": verdict,
        },
        payload={
            "source_id": source_id,
            "url": url,
            "verdict": verdict,
            "reason": reason,
            "flow": flow,
            "netdir_run_id": run_id,
        },
    )


async def publish_table(key: str, rows: Sequence[dict[str, Any]], description: str) -> None:
    await acreate_table_artifact(key=key, table=list(rows), description=description)


async def publish_summary(key: str, markdown: str, description: str) -> None:
    await acreate_markdown_artifact(key=key, markdown=markdown, description=description)


async def publish_link(key: str, link: str, text: str, description: str) -> None:
    await acreate_link_artifact(key=key, link=link, link_text=text, description=description)
