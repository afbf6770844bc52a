"""The refresh flow against a real Prefect server, one source broken: what an operator sees."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from netdir.demo.server import SampleWeb
from tests.flows.conftest import BROKEN_SOURCE, REPO, TODAY, PrefectServer


def flow_runs(server: PrefectServer) -> list[dict[str, Any]]:
    return server.post("/flow_runs/filter", {"sort": "EXPECTED_START_TIME_DESC"})


def run_log_messages(
    server: PrefectServer, flow_run_id: str, prefix: str, min_level: int = 0
) -> list[str]:
    """The run's log messages that start with ``prefix`` (logs are shipped in batches: wait)."""
    found: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        logs = server.post(
            "/logs/filter",
            {"logs": {"flow_run_id": {"any_": [flow_run_id]}, "level": {"ge_": min_level}}, "limit": 200},
        )  # fmt: skip
        found = [log["message"] for log in logs if log["message"].startswith(prefix)]
        if found:
            return found
        time.sleep(0.5)
    return found


def events_named(server: PrefectServer, name: str, flow_run_id: str) -> list[dict[str, Any]]:
    """The events of one flow run (they arrive a moment after the run ends)."""
    found: list[dict[str, Any]] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        page = server.post(
            "/events/filter",
            {"filter": {"event": {"name": [name]}, "any_resource": {"id": [f"prefect.flow-run.{flow_run_id}"]}}},
        )  # fmt: skip
        found = page["events"]
        if found:
            return found
        time.sleep(0.5)
    return found


@pytest.mark.prefect
@pytest.mark.timeout(900)  # includes the session's server start when this runs first
def test_a_broken_source_fails_its_task_not_the_flow_and_is_told_everywhere(
    in_process_prefect: PrefectServer,
    web_with_a_broken_source: tuple[SampleWeb, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from netdir.cli.main import main

    server = in_process_prefect
    web, catalog = web_with_a_broken_source
    runs_before = {run["id"] for run in flow_runs(server)}
    code = main(
        ["refresh", "--prefect", "--catalog", str(catalog), "--db", str(tmp_path / "w.duckdb"),
         "--out", str(tmp_path / "out"), "--allow-private-hosts", "--today", TODAY]
    )  # fmt: skip
    captured = capsys.readouterr()
    printed = captured.out
    sources = [source.id for source in web.catalog().sources]

    assert code == 4, printed + captured.err
    # Deployed schedules add runs of their own: this one is the new run without a deployment.
    runs = [r for r in flow_runs(server) if r["id"] not in runs_before and not r["deployment_id"]]
    assert len(runs) == 1, "it really went through Prefect"
    run = runs[0]
    assert run["name"] == f"refresh-{TODAY}"
    assert run["state"]["type"] == "COMPLETED"
    assert (
        BROKEN_SOURCE in run["state"]["message"] and "1 source(s) broken" in run["state"]["message"]
    )

    tasks = server.post("/task_runs/filter", {"flow_runs": {"id": {"any_": [run["id"]]}}})
    states = {task["name"]: task["state"]["type"] for task in tasks}
    assert states == {
        **{f"crawl {source}": "COMPLETED" for source in sources if source != BROKEN_SOURCE},
        f"crawl {BROKEN_SOURCE}": "FAILED",
        "prepare": "COMPLETED", "normalize": "COMPLETED", "load": "COMPLETED", "publish": "COMPLETED",
    }  # fmt: skip

    artifacts = {
        artifact["key"]: artifact
        for artifact in server.post("/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [run["id"]]}}})
    }  # fmt: skip
    table = artifacts["netdir-refresh-sources"]
    rows = {row["source"]: row for row in json.loads(table["data"])}
    assert table["type"] == "table" and set(rows) == set(sources)
    assert rows[BROKEN_SOURCE]["status"] == "unreachable" and "→" in rows[BROKEN_SOURCE]["issue"]
    assert rows["gsb-aktuelles"] | {"issue": ""} == {
        "source": "gsb-aktuelles", "status": "ok", "pages": 3, "unchanged (304)": 0,
        "records": 10, "new": 10, "changed": 0, "removed": 0, "issue": "",
    }  # fmt: skip
    summary = artifacts["netdir-refresh-summary"]["data"]
    assert "offerings published" in summary and f"**{BROKEN_SOURCE}** (unreachable)" in summary
    overview_uri = (tmp_path / "out" / "overview.json").resolve().as_uri()
    overview_count = json.loads((tmp_path / "out" / "overview.json").read_text())["count"]
    assert overview_uri in summary
    link = artifacts["netdir-overview"]
    # Prefect stores a link artifact as a Markdown link.
    assert link["data"] == f"[overview.json ({overview_count} offerings)]({overview_uri})"

    events = events_named(server, "netdir.source.broken", run["id"])
    assert [event["resource"]["netdir.source-id"] for event in events] == [BROKEN_SOURCE]
    assert events[0]["payload"]["verdict"] == "unreachable"
    assert events[0]["payload"]["url"].startswith("http://127.0.0.1:")
    assert "host is down" in events[0]["payload"]["reason"]

    requests = run_log_messages(server, run["id"], "GET http://127.0.0.1:")
    assert requests, "netdir's per-request logs reach the run"
    # The broken source's line is a WARNING; ask for warnings only, since the API answers at most
    # 200 logs a call and the run's request lines alone can fill them.
    broken = run_log_messages(server, run["id"], f"{BROKEN_SOURCE}: unreachable", min_level=30)
    assert broken, "the broken source's line reaches the run"


def test_prefect_yaml_declares_the_daily_refresh_in_berlin_time() -> None:
    config = yaml.safe_load((REPO / "prefect.yaml").read_text(encoding="utf-8"))
    deployments = {d["name"]: d for d in config["deployments"]}
    daily = deployments["daily-refresh"]
    module_path, _, function = daily["entrypoint"].partition(":")
    assert (REPO / module_path).is_file() and module_path.startswith("flows/")
    schedule = daily["schedules"][0]
    assert schedule["timezone"] == "Europe/Berlin"
    assert len(schedule["cron"].split()) == 5

    import importlib

    module = importlib.import_module(module_path.removesuffix(".py").replace("/", "."))
    assert getattr(module, function).name == "netdir-refresh"
