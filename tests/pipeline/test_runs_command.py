"""`netdir runs` and `netdir --version`: what an operator checks after the nightly refresh."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from netdir.catalog.model import Source
from netdir.cli.main import main
from netdir.records import Offering, SourceIssue, SourceResult
from netdir.warehouse import RunInput, Warehouse


def _run(run_id: str, hour: int, broken: set[str]) -> RunInput:
    ids = ["alpha", "beta", "gamma"]
    return RunInput(
        run_id=run_id,
        started_at=datetime(2026, 11, 27, hour, 0, tzinfo=UTC),
        finished_at=datetime(2026, 11, 27, hour, 2, 5, tzinfo=UTC),
        sources=[
            Source.model_validate({"id": i, "name": i, "start_urls": [f"https://{i}.example/"]})
            for i in ids
        ],
        results=[
            SourceResult(
                source_id=i,
                status="unreachable" if i in broken else "ok",
                healthy=i not in broken,
                issues=[SourceIssue(i, None, "crawl", "no answer")] if i in broken else [],
            )
            for i in ids
        ],
        offerings=[Offering(id=f"o-{hour}", title=f"Angebot {hour}", sources=[])],
        today=date(2026, 11, 27),
    )


@pytest.fixture
def two_runs(tmp_path: Path) -> Path:
    db = tmp_path / "netdir.duckdb"
    with Warehouse.open(db) as warehouse:
        warehouse.migrate()
        warehouse.load_run(_run("run-early", 4, broken=set()))
        warehouse.load_run(_run("run-late", 6, broken={"gamma"}))
    return db


def test_runs_lists_the_newest_first_with_counts_and_failing_sources(
    two_runs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["runs", "--db", str(two_runs), "--format", "json"]) == 0
    runs = json.loads(capsys.readouterr().out)

    assert [r["run_id"] for r in runs] == ["run-late", "run-early"]
    late, early = runs
    assert (late["sources_healthy"], late["sources_total"]) == (2, 3)
    assert late["failing"] == ["gamma (unreachable)"] and early["failing"] == []

    assert main(["runs", "--db", str(two_runs), "--limit", "1"]) == 0
    table = capsys.readouterr().out
    assert "run-late" in table and "run-early" not in table
    assert "2/3" in table and "gamma (unreachable)" in table and "125 s" in table


def test_runs_without_a_warehouse_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["runs", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == "netdir 0.1.0"
