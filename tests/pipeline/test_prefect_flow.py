"""The refresh as a Prefect flow: one task per source, same result as the direct path."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from netdir.demo.server import SampleWeb

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def prefect_server() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.mark.prefect
def test_refresh_flow_runs_one_task_per_source(prefect_server: None, tmp_path: Path) -> None:
    from flows.refresh import refresh_flow
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with SampleWeb() as web:
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        state = asyncio.run(
            refresh_flow(
                catalog=str(catalog),
                db=str(tmp_path / "w.duckdb"),
                out=str(tmp_path / "out"),
                allow_private_hosts=True,
                today="2026-11-27",
                return_state=True,
            )
        )
        sources = [source.id for source in web.catalog().sources]

    assert state.is_completed(), state
    report = state.result()
    assert {r.source_id for r in report.results} == set(sources)
    overview = json.loads((tmp_path / "out" / "overview.json").read_text(encoding="utf-8"))
    assert overview["count"] == report.offerings_published > 0

    async def task_names() -> list[str]:
        async with get_client() as client:
            runs = await client.read_task_runs(
                flow_run_filter=FlowRunFilter(
                    id=FlowRunFilterId(any_=[state.state_details.flow_run_id])
                )
            )
            return [run.name for run in runs]

    names = asyncio.run(task_names())
    assert sum(name.startswith("crawl-extract") for name in names) == len(sources)
    for step in ("normalize", "load", "publish"):
        assert sum(name.startswith(step) for name in names) == 1, names


@pytest.mark.prefect
def test_refresh_command_with_prefect_flag_runs_the_flow(
    prefect_server: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from prefect.client.orchestration import get_client

    from netdir.cli.main import main

    async def flow_runs() -> int:
        async with get_client() as client:
            return len(await client.read_flow_runs())

    runs_before = asyncio.run(flow_runs())
    with SampleWeb() as web:
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        code = main(
            [
                "refresh", "--prefect", "--catalog", str(catalog),
                "--db", str(tmp_path / "w.duckdb"), "--out", str(tmp_path / "out"),
                "--allow-private-hosts", "--today", "2026-11-27",
            ]
        )  # fmt: skip
    printed = capsys.readouterr()
    assert code == 0
    assert asyncio.run(flow_runs()) == runs_before + 1, "it really went through Prefect"
    assert "wp-events" in printed.out
    assert (tmp_path / "out" / "overview.json").is_file()


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
