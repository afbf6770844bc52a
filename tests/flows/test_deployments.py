"""prefect.yaml against a real Prefect server, set up exactly as the README says: deploy, start
a worker in the checkout (no NETDIR_HOME), trigger runs; a broken source, no overlapping runs."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from netdir.demo.server import SampleWeb
from tests.flows.conftest import BROKEN_SOURCE, PREFECT, REPO, TODAY, PrefectServer
from tests.ports import refusing_port

# Server start (~16 s idle, minutes on a loaded 2-core machine), deploy and worker runs.
pytestmark = [pytest.mark.prefect, pytest.mark.timeout(1200)]

#: The README's set-up commands, in the checkout, with PREFECT_API_URL exported.
README_SETUP = (
    ("work-pool", "create", "netdir-pool", "--type", "process"),
    ("--no-prompt", "deploy", "--all"),
)
README_WORKER = ("worker", "start", "--pool", "netdir-pool")


@pytest.fixture(scope="module")
def deployed(prefect_server: PrefectServer) -> PrefectServer:
    for command in README_SETUP:
        done = prefect_server.prefect(*command)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return prefect_server


class WebhookReceiver:
    """An HTTP server on 127.0.0.1 that keeps the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        received: list[dict[str, Any]] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                received.append(json.loads(body or b"{}"))
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.received = received
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/netdir-hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait_for(self, count: int, contains: str, timeout: float = 120) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [body for body in self.received if contains in json.dumps(body)]
            if len(found) >= count:
                return found
            time.sleep(0.5)
        pytest.fail(f"webhook: {count}× {contains!r} not received in {timeout} s: {self.received}")


@pytest.fixture(scope="module")
def webhook(deployed: PrefectServer) -> Iterator[WebhookReceiver]:
    """``python -m flows.alerts`` with the webhook URL from the settings (the environment)."""
    receiver = WebhookReceiver()
    env = {**deployed.env, "NETDIR_ALERT_WEBHOOK_URL": receiver.url}
    created = subprocess.run(
        [str(REPO / ".venv" / "bin" / "python"), "-m", "flows.alerts"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert created.returncode == 0, created.stdout + created.stderr
    yield receiver
    receiver.server.shutdown()


@pytest.fixture
def worker(deployed: PrefectServer, tmp_path: Path) -> Iterator[None]:
    log = (tmp_path / "worker.log").open("w")
    # Polling every 2 s instead of 10 only makes the test quicker; the command is the README's.
    env = {**deployed.env, "PREFECT_WORKER_QUERY_SECONDS": "2"}
    process = subprocess.Popen(
        [PREFECT, *README_WORKER], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        yield
    finally:
        for _ in range(2):  # a worker stops on the second SIGTERM (stack notes)
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
                break
            except subprocess.TimeoutExpired:
                continue
        else:
            process.kill()
            process.wait()
        log.close()


def run_deployment(server: PrefectServer, name: str, **parameters: Any) -> str:
    deployment = server.get(f"/deployments/name/{name}")
    run = server.post(
        f"/deployments/{deployment['id']}/create_flow_run", {"parameters": parameters}
    )
    return str(run["id"])


def wait_for_final(
    server: PrefectServer, run_ids: list[str], timeout: float = 300
) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    runs: dict[str, Any] = {}
    while time.monotonic() < deadline:
        runs = {run_id: server.get(f"/flow_runs/{run_id}") for run_id in run_ids}
        if all(
            run["state"]["type"] in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")
            for run in runs.values()
        ):
            return runs
        time.sleep(1)
    pytest.fail(f"runs not final after {timeout} s: { {i: r['state'] for i, r in runs.items()} }")


#: How a worker reports a run it could not hand to its infrastructure: the Prefect server
#: answered 503 (its SQLite "database is locked" under the test session's load). The run never
#: started, so nothing of netdir's is under test in it: it is submitted again.
NOT_SUBMITTED = "Failed to submit flow run to infrastructure"


def wait_resubmitting(
    server: PrefectServer,
    submitted: dict[str, tuple[str, dict[str, Any]]],
    timeout: float,
    meanwhile: Callable[[], None] = lambda: None,
) -> dict[str, Any]:
    """Final state per role of ``submitted`` (role -> deployment name and parameters); a run
    the worker never started because the server failed is submitted again, up to twice.
    ``meanwhile`` runs once the runs are created, while the worker takes them."""
    ids = {
        role: run_deployment(server, name, **params) for role, (name, params) in submitted.items()
    }
    meanwhile()
    final: dict[str, Any] = {}
    for attempt in range(3):
        runs = wait_for_final(server, [ids[role] for role in ids if role not in final], timeout)
        for role, run_id in list(ids.items()):
            if role in final:
                continue
            run = runs[run_id]
            unsubmitted = NOT_SUBMITTED in (run["state"]["message"] or "")
            if run["state"]["type"] == "CRASHED" and unsubmitted and attempt < 2:
                name, params = submitted[role]
                ids[role] = run_deployment(server, name, **params)
            else:
                final[role] = run
        if len(final) == len(submitted):
            break
    return final


def test_deployments_queue_refreshes_tell_broken_sources_check_weekly_and_alert(
    deployed: PrefectServer,
    in_process_prefect: PrefectServer,
    webhook: WebhookReceiver,
    worker: None,
    web_with_a_broken_source: tuple[SampleWeb, Path],
    tmp_path: Path,
) -> None:
    _, catalog = web_with_a_broken_source
    out = tmp_path / "publish"
    parameters = {
        "catalog": str(catalog), "allow_private_hosts": True, "today": TODAY,
        "db": str(tmp_path / "w.duckdb"), "out": str(out),
    }  # fmt: skip
    nothing_reachable = tmp_path / "nothing.yaml"
    nothing_reachable.write_text(
        yaml.safe_dump({"sources": [
            {"id": "gone", "name": "Gone", "kind": "event", "start_urls": [f"http://127.0.0.1:{refusing_port()}/"]}
        ]}), encoding="utf-8",
    )  # fmt: skip
    refresh = "netdir-refresh/daily-refresh"
    check_params = {"catalog": str(catalog), "allow_private_hosts": True, "today": TODAY}
    failing_params = {
        **parameters, "catalog": str(nothing_reachable), "db": str(tmp_path / "other.duckdb"),
        "out": str(tmp_path / "other"),
    }  # fmt: skip
    failed: list[Any] = []

    def refresh_nothing_reachable() -> None:
        # The same flow, run here while the worker runs the deployments: as a third run of
        # daily-refresh it waited for the concurrency slot behind both refreshes (a process
        # start and a slot wait more on the test's longest chain). The alert automation
        # matches a failed run of the flow, whoever runs it.
        from flows.refresh import refresh_flow

        failed.append(asyncio.run(refresh_flow(**failing_params, return_state=True)))

    all_runs = wait_resubmitting(
        deployed,
        {
            "first": (refresh, parameters), "second": (refresh, parameters),
            "check": ("netdir-check-sources/check-sources", check_params),
        },
        timeout=600,
        meanwhile=refresh_nothing_reachable,
    )  # fmt: skip
    all_runs["failing"] = deployed.get(f"/flow_runs/{failed[0].state_details.flow_run_id}")
    check = all_runs["check"]["id"]
    runs = {role: all_runs[role] for role in ("first", "second")}

    for run in runs.values():
        assert run["state"]["type"] == "COMPLETED", run["state"]
        assert BROKEN_SOURCE in run["state"]["message"]
        assert run["name"] == f"refresh-{TODAY}"
    earlier, later = sorted(runs.values(), key=lambda run: run["start_time"])
    assert earlier["end_time"] <= later["start_time"], "the deployment ran them one after another"
    overview = json.loads((out / "overview.json").read_text(encoding="utf-8"))
    assert overview["count"] > 40

    deployment = deployed.get("/deployments/name/netdir-refresh/daily-refresh")
    assert deployment["schedules"][0]["schedule"]["cron"] == "30 5 * * *"
    assert deployment["schedules"][0]["schedule"]["timezone"] == "Europe/Berlin"
    assert deployment["global_concurrency_limit"]["limit"] == 1
    assert deployment["concurrency_options"]["collision_strategy"] == "ENQUEUE"

    # Nothing reachable: the flow fails, with a message that says so.
    assert all_runs["failing"]["state"]["type"] == "FAILED"
    assert "no source could be refreshed" in all_runs["failing"]["state"]["message"]

    # The weekly check: verdicts as a table, the message names who needs attention.
    checked = all_runs["check"]
    assert checked["state"]["type"] == "COMPLETED" and checked["name"].startswith("check-sources-")
    artifacts = deployed.post(
        "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [check]}}}
    )
    rows = {row["source"]: row for row in json.loads(artifacts[0]["data"])}
    assert rows[BROKEN_SOURCE]["verdict"] == "UNREACHABLE"
    named = checked["state"]["message"].split(": ", 1)[1].split(", ")
    assert BROKEN_SOURCE in named and all(rows[source]["verdict"] != "OK" for source in named)
    check_check = deployed.get("/deployments/name/netdir-check-sources/check-sources")
    assert check_check["schedules"][0]["schedule"]["timezone"] == "Europe/Berlin"
    assert check_check["schedules"][0]["schedule"]["cron"].endswith(" 1"), "Mondays"

    # The webhook heard of the broken source (two refreshes and the check) and the failed run.
    broken = webhook.wait_for(3, f"netdir: source {BROKEN_SOURCE} is broken")
    assert any("check: UNREACHABLE" in body["body"] for body in broken)
    assert any(
        "(unreachable)" in body["body"] and "host is down" in body["body"] for body in broken
    )
    # (Matched by its message: a run the server failed to hand over alerts as Crashed first.)
    failed = webhook.wait_for(1, "no source could be refreshed")
    assert any(
        "Failed" in body["subject"] and "no source could be refreshed" in body["body"]
        for body in failed
    )
