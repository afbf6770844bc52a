"""Disk full under the warehouse: one line naming the file and the cause, exit 5, warehouse
intact. On a real (tmpfs) disk when this runs as root; simulated otherwise."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from netdir.cli.main import main
from netdir.demo.server import SampleWeb
from netdir.warehouse import load
from tests.reliability.integrity import check_warehouse
from tests.reliability.tally import TALLY


@contextlib.contextmanager
def small_disk(path: Path, megabytes: int) -> Iterator[Path]:
    path.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root; the simulated variant runs instead")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(path)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()})")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb") as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 65536)
            handle.flush()
    return filler


def _refresh(catalog: Path, db: Path, out: Path, today: str) -> int:
    return main(["refresh", "--catalog", str(catalog), "--db", str(db), "--out", str(out),
                 "--allow-private-hosts", "--today", today, "--no-progress"])  # fmt: skip


def test_a_full_disk_under_the_warehouse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with small_disk(tmp_path / "disk", 12) as disk, SampleWeb() as web:
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        db, out = disk / "w.duckdb", tmp_path / "publish"
        assert _refresh(catalog, db, out, "2026-11-27") == 0
        before = check_warehouse(db)
        capsys.readouterr()

        filler = _fill(disk)
        code = _refresh(catalog, db, out, "2026-12-04")
        err = capsys.readouterr().err.strip().splitlines()
        filler.unlink()
        TALLY.faults_injected += 1

        assert code == 5
        assert len(err) == 1, err
        assert str(db) in err[0] and "No space left on device" in err[0]
        assert check_warehouse(db) == before  # intact: the previous state
        TALLY.runs_survived += 1


def test_a_failing_warehouse_write_is_one_line_and_exit_5(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object) -> None:
        raise duckdb.IOException(f'Could not write file "{tmp_path}/w.duckdb.wal": No space left')

    monkeypatch.setattr(load, "_replace_run_rows", disk_full)
    with SampleWeb() as web:
        catalog = tmp_path / "catalog.yaml"
        catalog.write_text(web.catalog_text(), encoding="utf-8")
        code = _refresh(catalog, tmp_path / "w.duckdb", tmp_path / "publish", "2026-11-27")
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 5
    assert len(err) == 1 and "No space left" in err[0] and "w.duckdb" in err[0]
    assert "previous state" in err[0]
