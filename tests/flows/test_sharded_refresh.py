"""Scale-out: shards crawled in other processes and merged by one loader give the same overview
as a single-process refresh (shards without Prefect: tests/pipeline/test_shards.py)."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest

from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, refresh
from tests.flows.conftest import TODAY, PrefectServer


def comparable(out: Path) -> list[dict[str, Any]]:
    """The overview without the times of this particular run."""
    overview = json.loads((out / "overview.json").read_text(encoding="utf-8"))
    return [
        {key: value for key, value in offering.items() if key not in ("first_seen", "last_seen")}
        for offering in overview["offerings"]
    ]


@pytest.mark.prefect
@pytest.mark.timeout(900)  # includes the session's server start when this runs first
def test_a_refresh_split_over_two_processes_publishes_the_same_overview(
    in_process_prefect: PrefectServer, tmp_path: Path
) -> None:
    from flows.sharded_refresh import sharded_refresh_flow
    from prefect.task_runners import ProcessPoolTaskRunner

    with SampleWeb() as web:
        started = time.perf_counter()
        refresh(
            RefreshOptions(catalog=web.catalog(), db_path=tmp_path / "single.duckdb",
                           out=tmp_path / "single", allow_private_hosts=True,
                           today=__import__("datetime").date.fromisoformat(TODAY))
        )  # fmt: skip
        single_seconds = time.perf_counter() - started
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        flow = sharded_refresh_flow.with_options(task_runner=ProcessPoolTaskRunner(max_workers=2))
        started = time.perf_counter()
        state = asyncio.run(
            flow(
                shard_location=str(tmp_path / "shards"), shards=2, catalog=str(catalog),
                db=str(tmp_path / "sharded.duckdb"), out=str(tmp_path / "sharded"),
                allow_private_hosts=True, today=TODAY, return_state=True,
            )
        )  # fmt: skip
        sharded_seconds = time.perf_counter() - started

    assert state.is_completed(), state
    assert state.message.startswith("2 shards in 2 processes"), state.message
    assert comparable(tmp_path / "sharded") == comparable(tmp_path / "single")
    assert list((tmp_path / "shards").iterdir()) == [], "loaded shards are removed"
    print(f"single process {single_seconds:.1f} s, 2 shards in 2 processes {sharded_seconds:.1f} s")
