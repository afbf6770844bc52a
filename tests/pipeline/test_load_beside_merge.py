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

from .conftest import TODAY, sample_options


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


def _first_run_failing_at(
    target: object,
    name: str,
    sample_web: SampleWeb,
    workdir: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> RefreshOptions:
    """A first run whose ``target.name`` fails once the raw rows have gone in beside the merge;
    its options."""
    options = sample_options(sample_web, workdir)
    original = getattr(target, name)
    begun: list[object] = []
    begin_load = Warehouse.begin_load

    def recorded_begin(self: Warehouse, run: Any) -> Any:
        pending = begin_load(self, run)
        begun.append(pending)
        return pending

    def failing(*args: Any, **kwargs: Any) -> Any:
        pending = begun[-1]
        pending._rows.wait()  # type: ignore[attr-defined]  # the raw rows are in: then fail
        pending._rows.result()  # type: ignore[attr-defined]
        raise RuntimeError(f"{name} broke")

    monkeypatch.setattr(Warehouse, "begin_load", recorded_begin)
    monkeypatch.setattr(target, name, failing)
    with pytest.raises(RuntimeError, match=f"{name} broke"):
        refresh(options)
    monkeypatch.setattr(target, name, original)
    assert len(begun) == 1
    return options


@pytest.mark.parametrize("where", ["merge", "offerings load"])
def test_a_first_run_failing_after_its_raw_rows_went_in_leaves_no_validators(
    where: str,
    sample_web: SampleWeb,
    workdir: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pages' rows (with their ETags) went in before the merge ended, in the transaction
    the failure rolls back: none is kept, so the next run sends no conditional request and
    reads every page as a first run does (a kept validator would answer 304 and leave the
    page's records unread)."""
    from netdir.warehouse import load

    target, name = (pipeline, "normalize_run") if where == "merge" else (load, "load_offerings")
    options = _first_run_failing_at(target, name, sample_web, workdir, monkeypatch)
    assert set(_counts(workdir["db"]).values()) == {0}

    report = refresh(options)
    assert not report.unchanged
    assert sum(result.pages_fetched for result in report.results) > 0
    assert sum(result.pages_unchanged for result in report.results) == 0
    assert report.offerings_published > 0
    after = _counts(workdir["db"])
    assert after["core.runs"] == 1 and after["raw.records"] > 0
