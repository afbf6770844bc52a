"""``netdir export`` against a real warehouse file built from the sample offerings."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdir.cli.main import main
from tests.publish.conftest import SAMPLE_ROWS


def _ids(out: Path) -> list[str]:
    document = json.loads((out / "overview.json").read_text("utf-8"))
    return sorted(o["id"] for o in document["offerings"])


def test_export_writes_the_requested_formats(
    warehouse_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "publish"
    formats = ["--format", "json", "csv", "ics", "--format", "html"]  # several after one flag
    code = main(["export", "--db", str(warehouse_file), "--out", str(out), *formats])

    assert code == 0
    from netdir.publish import FORMAT_FILES

    expected = {name for fmt in ("json", "csv", "ics", "html") for name in FORMAT_FILES[fmt]}
    assert {p.name for p in out.iterdir()} == expected
    assert {"index.html", "overview.csv", "upcoming.ics", "upcoming-conference.ics"} <= expected
    assert _ids(out) == sorted(row["id"] for row in SAMPLE_ROWS)
    assert f"published {len(SAMPLE_ROWS)} offerings" in capsys.readouterr().out


def test_export_where_and_upcoming_narrow_the_rows(
    warehouse_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETDIR_DB", str(warehouse_file))  # the defaults come from the env
    monkeypatch.setenv("NETDIR_OUT", str(tmp_path / "bayern"))
    assert main(["export", "--format", "json", "--where", "state = 'Bayern'"]) == 0
    assert _ids(tmp_path / "bayern") == ["stammtisch-abgesagt"]

    upcoming_out = tmp_path / "upcoming"
    assert main(["export", "--format", "json", "--upcoming", "--out", str(upcoming_out)]) == 0
    upcoming = _ids(upcoming_out)
    assert "vergangen" not in upcoming and "fachkongress-2027" in upcoming


def test_export_all_includes_a_duckdb_snapshot_of_the_marts(
    warehouse_file: Path, tmp_path: Path
) -> None:
    import duckdb

    from netdir.publish import FORMAT_FILES

    out = tmp_path / "publish"
    assert main(["export", "--db", str(warehouse_file), "--out", str(out)]) == 0  # default: all
    expected = {name for names in FORMAT_FILES.values() for name in names}
    assert {p.name for p in out.iterdir()} == expected
    with duckdb.connect(str(out / "netdir.duckdb"), read_only=True) as snapshot:
        [(count,)] = snapshot.execute("SELECT count(*) FROM mart.overview").fetchall()
    assert count == len(SAMPLE_ROWS)


def test_missing_warehouse_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", "--db", str(tmp_path / "nope.duckdb"), "--out", str(tmp_path / "o")])

    error = capsys.readouterr().err
    assert code == 1
    assert "netdir refresh" in error and error.count("\n") == 1
    assert not (tmp_path / "o").exists()


def test_invalid_where_is_one_clear_line(
    warehouse_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["export", "--db", str(warehouse_file), "--out", str(tmp_path), "--where", "nix = 1"]
    )

    error = capsys.readouterr().err
    assert code == 2
    assert "--where" in error and "nix" in error and error.count("\n") == 1


@pytest.fixture
def locked_warehouse(warehouse_file: Path) -> Iterator[Path]:
    """The warehouse file held open for writing by another process."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
            " time.sleep(60)",
            str(warehouse_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        yield warehouse_file
    finally:
        holder.terminate()
        holder.wait(timeout=10)


def test_locked_warehouse_is_one_clear_line(
    locked_warehouse: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", "--db", str(locked_warehouse), "--out", str(tmp_path / "o")])

    error = capsys.readouterr().err
    assert code == 1
    assert "in use by another netdir process" in error and error.count("\n") == 1
