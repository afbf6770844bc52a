"""The run's pages and records go into the warehouse while the merge runs: a merge that fails
still leaves the warehouse exactly as the last run left it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import netdir.pipeline as pipeline
from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, refresh
from netdir.warehouse import Warehouse

from .conftest import TODAY


def _counts(db: Path) -> dict[str, int]:
    with Warehouse.open(db, read_only=True) as warehouse:
        return {
            table: warehouse.query(f"SELECT count(*) FROM {table}")[1][0][0]
            for table in ("raw.pages", "raw.records", "core.offerings", "core.runs")
        }


def test_a_failing_merge_keeps_none_of_the_rows_loaded_beside_it(
    sample_web: SampleWeb, workdir: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    options = RefreshOptions(
        catalog=sample_web.catalog(),
        db_path=workdir["db"],
        out=workdir["out"],
        allow_private_hosts=True,
        today=TODAY,
        include_curated=False,
    )
    refresh(options)
    before = _counts(workdir["db"])
    assert before["raw.pages"] > 0 and before["core.runs"] == 1

    def failing_merge(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("merge broke")

    monkeypatch.setattr(pipeline, "normalize_run", failing_merge)
    # Another day: the pages are read again (not an unchanged run), so a merge is needed.
    with pytest.raises(RuntimeError, match="merge broke"):
        refresh(RefreshOptions(**{**_fields(options), "today": TODAY.replace(day=28)}))

    assert _counts(workdir["db"]) == before  # also: the file is closed, not left locked


def _fields(options: RefreshOptions) -> dict[str, Any]:
    return {name: getattr(options, name) for name in RefreshOptions.__slots__}


def test_a_failing_first_run_leaves_the_warehouse_free(
    sample_web: SampleWeb, workdir: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every page of a first run is new: the warehouse is opened for the load as the crawl ends
    (pipeline._opening_for_load); a run that fails before the load still closes it."""
    opened: list[object] = []
    opening_for_load = pipeline._opening_for_load

    def recorded(*args: Any, **kwargs: Any) -> Any:
        opening = opening_for_load(*args, **kwargs)
        opened.append(opening)
        return opening

    def failing_judgement(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("judgement broke")

    monkeypatch.setattr(pipeline, "_opening_for_load", recorded)
    monkeypatch.setattr(pipeline, "judge_run", failing_judgement)
    options = RefreshOptions(
        catalog=sample_web.catalog(),
        db_path=workdir["db"],
        out=workdir["out"],
        allow_private_hosts=True,
        today=TODAY,
        include_curated=False,
    )
    with pytest.raises(RuntimeError, match="judgement broke"):
        refresh(options)

    assert len(opened) == 1 and opened[0] is not None
    held = subprocess.run(
        [sys.executable, "-c", "import sys, duckdb; duckdb.connect(sys.argv[1]).close()",
         str(workdir["db"])],
        capture_output=True, text=True,
    )  # fmt: skip
    assert held.returncode == 0, held.stderr
