"""One real ``prefect server`` on a free 127.0.0.1 port for the whole test session (~16 s to
start here), shared by every flow and deployment test; a broken-source sample web."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from netdir.demo.server import SampleWeb
from tests.ports import free_port_block, refusing_port

REPO = Path(__file__).resolve().parents[2]
PREFECT = str(REPO / ".venv" / "bin" / "prefect")
#: The sample web's pages were written for this day.
TODAY = "2026-11-27"
#: The source the tests break (its host refuses connections).
BROKEN_SOURCE = "rss-news"


@dataclass(frozen=True)
class PrefectServer:
    api: str
    env: dict[str, str]  # for subprocesses: prefect CLI, workers

    def get(self, path: str) -> Any:
        return self._call("GET", path)

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return self._call("POST", path, body or {})

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        # The server answers 503 while its SQLite is locked (a busy test session: writes of
        # workers and flow runs contend); its transaction was rolled back, so asking again
        # is what any Prefect client does.
        for wait in (1, 2, 4, 8, 0):
            answer = httpx.request(method, f"{self.api}{path}", json=body, timeout=10)
            if answer.status_code != 503 or not wait:
                break
            time.sleep(wait)
        answer.raise_for_status()
        return answer.json()

    def prefect(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [PREFECT, *args], cwd=REPO, env=self.env, capture_output=True, text=True,
            timeout=timeout,
        )  # fmt: skip


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    if not Path(PREFECT).exists():
        pytest.skip("the prefect CLI of the project's .venv is missing (run `make setup`)")
    home = tmp_path_factory.mktemp("prefect-home")
    # A reserved port below the ephemeral range: a probed ephemeral port was handed to another
    # process before the server bound it (CI at load 25: "address already in use", 3 errors).
    port = free_port_block(1)
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        # A queued deployment run (concurrency limit 1, ENQUEUE) is retried after 3 s, not 30.
        "PREFECT_SERVER_DEPLOYMENTS_CONCURRENCY_SLOT_WAIT_SECONDS": "3",
    }
    for name in ("PREFECT_API_URL", "NETDIR_HOME"):  # deployments must not depend on them
        env.pop(name, None)
    log = (home / "server.log").open("w")
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    api = f"http://127.0.0.1:{port}/api"
    try:
        # ~16 s on an idle machine; minutes when 2 cores are shared by many test runs.
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None:
                pytest.fail(f"prefect server exited: {(home / 'server.log').read_text()[-2000:]}")
            time.sleep(0.5)
        else:
            pytest.fail("prefect server did not become healthy within 600 s")
        yield PrefectServer(api=api, env={**env, "PREFECT_API_URL": api})
        _send_late_logs_and_events(api)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def _send_late_logs_and_events(api: str) -> None:
    """Logs and events a flow's helpers queued after its test ended go to this server while it
    still runs: left for exit, with no API set, Prefect would start a temporary server for them
    (20 s, and "Logging error" tracebacks on a closed stream)."""
    if "prefect.events.worker" not in sys.modules:
        return  # no flow ran in this process
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: api}):
        APILogWorker.drain_all(timeout=30)
        EventsWorker.drain_all(timeout=30)


@pytest.fixture
def in_process_prefect(prefect_server: PrefectServer) -> Iterator[PrefectServer]:
    """Flows run in this process report to the session's server."""
    import prefect.context
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with contextlib.ExitStack() as settings:
        settings.enter_context(temporary_settings(updates={PREFECT_API_URL: prefect_server.api}))
        # Threads do not inherit the test's contextvars: a ProcessPoolTaskRunner's message
        # forwarder, sending its processes' task runs and logs, saw no API and started a
        # temporary server of its own (a foreign-key error there for task runs of a flow run
        # it never saw, and a "Logging error" on a closed stream when it stopped at exit).
        # Prefect's own test harness makes its settings the process-wide default the same way.
        global_default = getattr(prefect.context, "_temporary_global_settings_context", None)
        if global_default is not None:
            settings.enter_context(global_default(prefect.context.get_settings_context()))
        yield prefect_server
        # A ProcessPoolTaskRunner forwards its processes' logs and events from a thread that
        # Prefect waits for only 5 s; on a loaded machine it goes on after the flow returned.
        # Let it finish while this server is the API: a log or event sent later, without the
        # setting, makes Prefect start a temporary server at exit (20 s, and a "Logging error"
        # on a closed stream).
        for thread in threading.enumerate():
            if thread.name == "ProcessPoolTaskRunnerMessageForwarder":
                thread.join(timeout=10)
        # Send what is queued while this server is the API, for the same reason.
        APILogWorker.drain_all(timeout=30)
        EventsWorker.drain_all(timeout=30)


@pytest.fixture
def web_with_a_broken_source(tmp_path: Path) -> Iterator[tuple[SampleWeb, Path]]:
    """The sample web and a catalog file in which ``BROKEN_SOURCE``'s host refuses connections."""
    with SampleWeb() as web:
        text = web.catalog_text().replace(
            web.base_urls[BROKEN_SOURCE], f"http://127.0.0.1:{refusing_port()}"
        )
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(text, encoding="utf-8")
        yield web, catalog
