"""A run of few offerings writes the marts snapshot beside publish's read of the rows, not after
it (netdir.early_snapshot); a snapshot that fails then still fails publish as a whole, and
leaves neither a published file changed nor its temporary file behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, refresh
from netdir.publish.exceptions import PublishError
from netdir.warehouse import Warehouse

from .conftest import TODAY


def _options(web: SampleWeb, workdir: dict[str, Path], **changes: Any) -> RefreshOptions:
    fields: dict[str, Any] = {
        "catalog": web.catalog(),
        "db_path": workdir["db"],
        "out": workdir["out"],
        "allow_private_hosts": True,
        "today": TODAY,
        "include_curated": False,
    }
    return RefreshOptions(**{**fields, **changes})


def test_the_snapshot_of_a_small_run_is_written_while_the_rows_are_read(
    sample_web: SampleWeb, workdir: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    export_marts = Warehouse.export_marts
    iter_rows = Warehouse.iter_overview_rows

    def exporting(self: Warehouse, target: Path) -> None:
        events.append("snapshot begins")
        export_marts(self, target)

    def reading(self: Warehouse, *, upcoming: bool = False) -> Iterator[dict[str, Any]]:
        rows = iter_rows(self, upcoming=upcoming)

        def counted() -> Iterator[dict[str, Any]]:
            yield from rows
            events.append("rows read")

        return counted()

    monkeypatch.setattr(Warehouse, "export_marts", exporting)
    monkeypatch.setattr(Warehouse, "iter_overview_rows", reading)
    report = refresh(_options(sample_web, workdir))

    assert events == ["snapshot begins", "rows read"]
    snapshot = duckdb.connect(str(workdir["out"] / "netdir.duckdb"), read_only=True)
    try:
        count = snapshot.execute("SELECT count(*) FROM mart.overview").fetchone()
    finally:
        snapshot.close()
    assert count == (report.offerings_published,)
    assert not [p.name for p in workdir["out"].iterdir() if p.name.startswith(".")]


def test_a_failing_early_snapshot_fails_publish_and_leaves_no_file_behind(
    sample_web: SampleWeb, workdir: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    refresh(_options(sample_web, workdir))
    published = {p.name: p.read_bytes() for p in workdir["out"].iterdir()}

    def failing(self: Warehouse, target: Path) -> None:
        target.write_bytes(b"half a snapshot")
        raise OSError("disk gone")

    monkeypatch.setattr(Warehouse, "export_marts", failing)
    # Another day: the pages are read again, so the run publishes.
    with pytest.raises(PublishError, match="duckdb"):
        refresh(_options(sample_web, workdir, today=TODAY.replace(day=28)))

    assert {p.name: p.read_bytes() for p in workdir["out"].iterdir()} == published
