"""Settings every test needs: an isolated Prefect home and no telemetry (there is no DNS here).

The suite runs in parallel (``pytest -n 3``, see the Makefile): tests that share the session's
real Prefect server (tests/flows) go to one xdist worker, so it is started once, and the slowest
tests are handed out first so that they do not become the tail of the run.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.tally import TALLY, table

_REPO = Path(__file__).resolve().parents[1]

# Before anything imports prefect: see shared stack notes (telemetry errors without DNS, a
# 20 s ephemeral start-up timeout that is too short on 2 cores).
os.environ.setdefault("PREFECT_HOME", str(_REPO / ".prefect"))
if worker := os.environ.get("PYTEST_XDIST_WORKER"):
    # One home per worker: a temporary server's SQLite database is not shared between processes.
    os.environ["PREFECT_HOME"] = str(Path(os.environ["PREFECT_HOME"]) / "xdist" / worker)
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
os.environ.setdefault("DO_NOT_TRACK", "1")

# moto's S3 server (werkzeug) logs every request at INFO. After an in-process Prefect flow,
# Prefect's console handler stays on the root logger bound to a stream pytest has since closed,
# so those lines turn into "--- Logging error ---" tracebacks on a later test's stderr.
logging.getLogger("werkzeug").setLevel(logging.WARNING)

#: Tests that use the session's Prefect server (tests/flows/conftest.py): one worker runs them all.
PREFECT_GROUP = "prefect-server"
#: Handed out first, longest first (seconds measured on the 2-core machine under load): a long
#: test that starts last makes the whole run wait for it.
SLOW_FIRST = (
    "tests/flows/",
    "tests/reliability/test_sigkill.py",
    "tests/pipeline/test_cli_contract.py",
    "tests/pipeline/test_incremental_reuse.py",
    "tests/pipeline/test_source_failures.py",
    "tests/realpages/test_corpus.py",
    # the pre-check proof's eight shares (~30 s each) and the held-out date floor (~25 s)
    "tests/normalize/test_when_cues.py",
    "tests/normalize/test_heldout_dates.py",
    "tests/reliability/",
    "tests/pipeline/",
)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Every test in tests/flows on one worker, the others one by one wherever there is room.

    xdist's own ``--dist loadgroup`` marks groups by renaming node ids, which pytest 9 ignores
    (the groups silently fell apart: three workers started three Prefect servers), so the group
    is made here, in the scheduler.
    """
    from xdist.scheduler import LoadScopeScheduling

    class PrefectServerGroup(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return PREFECT_GROUP if nodeid.startswith("tests/flows/") else nodeid

    return PrefectServerGroup(config, log)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.nodeid
        return next(
            (index for index, prefix in enumerate(SLOW_FIRST) if path.startswith(prefix)),
            len(SLOW_FIRST),
        )

    items.sort(key=rank)  # stable: the order within each file stays as written


# The reliability suite's summary table: each xdist worker hands its tally to the controller,
# which prints one table for the whole session (also without xdist).
_TALLY_KEY = "netdir_reliability_tally"


def pytest_sessionfinish(session: pytest.Session) -> None:
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput[_TALLY_KEY] = TALLY.as_dict()


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    TALLY.merge(getattr(node, "workeroutput", {}).get(_TALLY_KEY, {}))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if TALLY.touched() and not hasattr(terminalreporter.config, "workeroutput"):
        terminalreporter.section("reliability summary")
        terminalreporter.write_line(table())
