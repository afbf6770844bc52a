"""``netdir refresh`` killed with SIGKILL at seeded random moments: after every kill the
warehouse and the published overview are intact, and the next run completes with nothing lost.

20 kills in every run, as issue #13 asks (~90 s on an idle machine, on one xdist process beside
the Prefect tests); NETDIR_CHAOS_KILLS=N to try more or fewer.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netdir.demo.server import SampleWeb
from tests.reliability.integrity import check_overview, check_warehouse
from tests.reliability.tally import TALLY

KILLS = int(os.environ.get("NETDIR_CHAOS_KILLS", "20"))


def _refresh(catalog: Path, db: Path, out: Path, today: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PREFECT_API_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "netdir.cli.main", "refresh", "--catalog", str(catalog),
         "--db", str(db), "--out", str(out), "--allow-private-hosts", "--today", today,
         "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip


# Each kill waits a random part of one full run, so the test's length follows the machine's
# load (~90 s idle, over 300 s at load 12); every step has its own bound (first and final run
# 240 s, each killed run 60 s), so a hang still fails there rather than only here.
@pytest.mark.timeout(900)
def test_sigkill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    chance = random.Random(20261127)
    db, out = tmp_path / "w.duckdb", tmp_path / "publish"
    with SampleWeb() as web:
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(web.catalog_text(), encoding="utf-8")

        started = time.perf_counter()
        first = _refresh(catalog, db, out, "2026-11-27")
        assert first.wait(timeout=240) == 0, first.stderr.read() if first.stderr else ""
        full_run_seconds = time.perf_counter() - started
        baseline = check_warehouse(db)
        assert check_overview(out) == baseline

        for kill in range(KILLS):
            run = _refresh(catalog, db, out, f"2026-11-{28 + kill % 2}")
            time.sleep(chance.uniform(0.2, full_run_seconds))
            run.send_signal(signal.SIGKILL)
            run.wait(timeout=60)
            TALLY.faults_injected += 1
            listed = check_warehouse(db)
            published = check_overview(out)
            assert published is not None  # the earlier complete version, or a new complete one
            assert listed == baseline, f"kill {kill}: {listed} listed, {baseline} before"
            TALLY.sigkills_survived += 1

        final = _refresh(catalog, db, out, "2026-11-27")
        assert final.wait(timeout=240) == 0, final.stderr.read() if final.stderr else ""
        TALLY.runs_survived += 1
    after = check_warehouse(db)
    TALLY.offerings_lost += max(0, baseline - after)
    assert after == baseline
    assert check_overview(out) == after
