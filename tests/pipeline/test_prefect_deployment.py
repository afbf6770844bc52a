"""prefect.yaml against a real Prefect server: deploy, run through a worker, Completed."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from netdir.demo.server import SampleWeb

REPO = Path(__file__).resolve().parents[2]
PREFECT = str(REPO / ".venv" / "bin" / "prefect")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    if not Path(PREFECT).exists():
        pytest.skip("the prefect CLI of the project's .venv is missing (run `make setup`)")
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "NETDIR_HOME": str(REPO),
    }
    env.pop("PREFECT_API_URL", None)
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    api = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(1)
        else:
            pytest.fail("prefect server did not become healthy within 180 s")
        yield {**env, "PREFECT_API_URL": api}
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def prefect(
    env: dict[str, str], *args: str, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PREFECT, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.prefect
def test_daily_refresh_deployment_runs_through_a_worker(
    prefect_api: dict[str, str], tmp_path: Path
) -> None:
    env = prefect_api
    assert prefect(env, "work-pool", "create", "netdir-pool", "--type", "process").returncode == 0
    deployed = prefect(env, "--no-prompt", "deploy", "--all")
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr

    with SampleWeb() as web:
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        out = tmp_path / "publish"
        started = prefect(
            env, "deployment", "run", "netdir-refresh/daily-refresh",
            "--param", f"catalog={catalog}", "--param", "allow_private_hosts=true",
            "--param", f"db={tmp_path / 'w.duckdb'}", "--param", f"out={out}",
            "--param", "today=2026-11-27",
        )  # fmt: skip
        assert started.returncode == 0, started.stdout + started.stderr
        worker = prefect(env, "worker", "start", "--pool", "netdir-pool", "--run-once")
        assert worker.returncode == 0, worker.stdout[-2000:] + worker.stderr[-2000:]

    flow_run_id = started.stdout.split("UUID:")[1].split()[0]
    run = httpx.get(f"{env['PREFECT_API_URL']}/flow_runs/{flow_run_id}", timeout=10).json()
    assert run["state"]["type"] == "COMPLETED", run["state"]
    deployment = httpx.get(
        f"{env['PREFECT_API_URL']}/deployments/name/netdir-refresh/daily-refresh", timeout=10
    ).json()
    assert deployment["schedules"][0]["schedule"]["cron"] == "30 5 * * *"
    assert deployment["schedules"][0]["schedule"]["timezone"] == "Europe/Berlin"
    overview = json.loads((out / "overview.json").read_text(encoding="utf-8"))
    assert overview["count"] > 40
