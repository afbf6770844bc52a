"""``netdir query`` and ``netdir prune`` as a user runs them (in-process, same argv)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from netdir.cli.main import main
from netdir.warehouse import Warehouse

SQL = "SELECT id, start_date, topics FROM mart.overview WHERE state = 'Bayern' ORDER BY id"


def test_query_as_json_gives_iso_dates_and_lists(
    warehouse_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", SQL, "--db", str(warehouse_file), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {"id": "nd-egov-tag-bayern", "start_date": "2027-05-06", "topics": ["OZG", "Digitalisierung"]},
        {"id": "nd-fachkongress-kommune-bayern", "start_date": "2027-04-15", "topics": ["KI", "Digitalisierung"]},
    ]  # fmt: skip


def test_query_as_csv_has_a_header_row(
    warehouse_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", SQL, "--db", str(warehouse_file), "--format", "csv"]) == 0
    table = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert table[0] == ["id", "start_date", "topics"]
    assert [row[0] for row in table[1:]] == ["nd-egov-tag-bayern", "nd-fachkongress-kommune-bayern"]


def test_query_as_table_shows_the_rows(
    warehouse_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", SQL, "--db", str(warehouse_file)]) == 0
    out = capsys.readouterr().out
    assert "2027-05-06" in out and "2 rows" in out


def test_query_uses_netdir_db_and_reports_bad_sql_without_traceback(
    warehouse_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETDIR_DB", str(warehouse_file))
    assert main(["query", "SELECT count(*) AS n FROM mart.overview", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": 8}]
    assert main(["query", "SELECT * FROM mart.gibtsnicht"]) == 2
    err = capsys.readouterr().err
    assert "mart.gibtsnicht" in err and "warehouse/README.md" in err


def test_query_is_read_only(warehouse_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "DELETE FROM core.offerings", "--db", str(warehouse_file)]) == 2
    assert "read-only" in capsys.readouterr().err.lower()
    with Warehouse.open(warehouse_file, read_only=True) as warehouse:
        assert len(warehouse.overview_rows()) == 8


def test_query_on_a_missing_file_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "SELECT 1", "--db", str(tmp_path / "fehlt.duckdb")]) == 2
    assert "netdir refresh" in capsys.readouterr().err


def test_prune_reports_how_many_bodies_it_dropped(
    warehouse_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["prune", "--db", str(warehouse_file), "--keep-runs", "1"]) == 0
    assert "pruned 3 page bodies" in capsys.readouterr().out
    assert main(["prune", "--db", str(warehouse_file), "--keep-runs", "0"]) == 2
