"""Alerts: a webhook notification on every broken source and on every failed netdir flow run.

Creates (or replaces) a webhook block ``netdir-alerts`` and two automations on the Prefect server
``PREFECT_API_URL`` points at::

    export PREFECT_API_URL=http://127.0.0.1:4200/api
    export NETDIR_ALERT_WEBHOOK_URL=https://chat.example.org/hooks/netdir
    python -m flows.alerts            # or: make alerts

The webhook receives JSON ``{"subject": ..., "body": ..., "name": "netdir-alerts"}``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from datetime import timedelta

from prefect.automations import Automation
from prefect.blocks.notifications import CustomWebhookNotificationBlock
from prefect.client.orchestration import get_client
from prefect.events.actions import SendNotification
from prefect.events.schemas.automations import EventTrigger, Posture

from flows.observability import SOURCE_BROKEN_EVENT

WEBHOOK_URL_SETTING = "NETDIR_ALERT_WEBHOOK_URL"
BLOCK_NAME = "netdir-alerts"
SOURCE_BROKEN_AUTOMATION = "netdir: source broken"
FLOW_FAILED_AUTOMATION = "netdir: flow run failed"
#: The flows whose failed runs notify (flows/refresh.py and flows/check_sources.py).
NETDIR_FLOWS = ["netdir-refresh", "netdir-check-sources"]
#: Failed (a TimedOut run is a Failed state of that name) and Crashed (the process died).
FAILED_RUN_EVENTS = {
    "prefect.flow-run.Failed",
    "prefect.flow-run.TimedOut",
    "prefect.flow-run.Crashed",
}


async def ensure_alerts(webhook_url: str) -> list[str]:
    """Create the webhook block and both automations, replacing earlier ones of the same
    names (running this again after changing the URL is safe). Returns the automation ids."""
    block = CustomWebhookNotificationBlock(
        name=BLOCK_NAME,
        url=webhook_url,
        json_data={"subject": "{{subject}}", "body": "{{body}}", "name": "{{name}}"},
    )
    block_id = await block.save(BLOCK_NAME, overwrite=True)  # type: ignore[misc]
    source_broken = Automation(
        name=SOURCE_BROKEN_AUTOMATION,
        description="A netdir source failed, was unreachable or yielded far fewer records.",
        trigger=EventTrigger(
            expect={SOURCE_BROKEN_EVENT},
            posture=Posture.Reactive,
            threshold=1,
            within=timedelta(0),
        ),
        actions=[
            SendNotification(
                block_document_id=block_id,
                subject="netdir: source {{ event.payload.source_id }} is broken",
                body=(
                    "{{ event.payload.source_id }} ({{ event.payload.verdict }}): "
                    "{{ event.payload.reason }}\nURL: {{ event.payload.url }}\n"
                    "flow: {{ event.payload.flow }}"
                ),
            )
        ],
    )
    flow_failed = Automation(
        name=FLOW_FAILED_AUTOMATION,
        description="A netdir flow run failed, timed out or crashed.",
        trigger=EventTrigger(
            expect=FAILED_RUN_EVENTS,
            match_related={"prefect.resource.role": "flow", "prefect.resource.name": NETDIR_FLOWS},
            posture=Posture.Reactive,
            threshold=1,
            within=timedelta(0),
        ),
        actions=[
            SendNotification(
                block_document_id=block_id,
                subject="netdir: flow run {{ flow_run.name }} {{ flow_run.state.name }}",
                body=(
                    "{{ flow.name }} run {{ flow_run.name }} ended {{ flow_run.state.name }}: "
                    "{{ flow_run.state.message }}"
                ),
            )
        ],
    )
    ids = []
    async with get_client() as client:
        for automation in (source_broken, flow_failed):
            for old in await client.read_automations_by_name(automation.name):
                await client.delete_automation(old.id)
            created = await automation.acreate()
            ids.append(str(created.id))
    return ids


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m flows.alerts", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument(
        "--webhook-url",
        default=os.environ.get(WEBHOOK_URL_SETTING),
        help=f"where notifications go (default: ${WEBHOOK_URL_SETTING})",
    )
    args = parser.parse_args(argv)
    if not args.webhook_url:
        print(
            f"flows.alerts: no webhook URL: set {WEBHOOK_URL_SETTING} or pass --webhook-url",
            file=sys.stderr,
        )
        return 2
    if not os.environ.get("PREFECT_API_URL"):
        print(
            "flows.alerts: PREFECT_API_URL is not set; export it to the server's API, e.g. "
            "http://127.0.0.1:4200/api",
            file=sys.stderr,
        )
        return 2
    ids = asyncio.run(ensure_alerts(args.webhook_url))
    print(f"webhook block {BLOCK_NAME} → {args.webhook_url}; automations: {', '.join(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
