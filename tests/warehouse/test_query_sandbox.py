"""``netdir query`` reads, and only reads: no files, no ATTACH, no settings, one statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdir.cli.main import main
from netdir.warehouse import Warehouse


@pytest.mark.parametrize(
    "sql",
    [
        "COPY (SELECT 1) TO '{tmp}/stolen.csv'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "ATTACH '{tmp}/other.duckdb' AS other (READ_WRITE)",
        "SELECT * FROM glob('/etc/*')",
        "SET enable_external_access = true",
        "SET lock_configuration = false",
        "LOAD httpfs",
        "CREATE TABLE mine AS SELECT 1 AS x",
        "EXPORT DATABASE '{tmp}/dump'",
    ],
)
def test_query_refuses_anything_but_reading_the_warehouse(
    sql: str, warehouse_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = sql.format(tmp=tmp_path)
    assert main(["query", statement, "--db", str(warehouse_file)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("netdir: ") and "Traceback" not in err
    # Nothing was written: no stolen.csv, other.duckdb or dump beside the warehouse folder.
    assert [path.name for path in tmp_path.iterdir()] == [warehouse_file.parent.name]


def test_several_statements_are_refused_not_half_run(
    warehouse_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "SELECT 1 AS a; SELECT 2 AS b", "--db", str(warehouse_file)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "exactly one SQL statement, got 2" in captured.err


def test_a_sandboxed_warehouse_still_answers_with_utc_timestamps(warehouse_file: Path) -> None:
    with Warehouse.open(warehouse_file, sandboxed=True) as warehouse:
        _, [(zone, offerings)] = warehouse.query(
            "SELECT current_setting('TimeZone'), count(*) FROM mart.overview"
        )
    assert zone == "UTC" and offerings > 0


@pytest.mark.parametrize(
    "where",
    [
        "state = 'Bayern'; DROP TABLE core.offerings",
        "state = 'Bayern') OR (1 = 1",
        "state = 'Bayern' -- and more",
        "state = 'Bayern' /* comment */",
        "state = 'Bayern",
    ],
)
def test_export_where_takes_one_condition_only(
    where: str, warehouse_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["export", "--db", str(warehouse_file), "--out", str(out), "--where", where])
    assert code == 2
    assert "is not a valid condition" in capsys.readouterr().err
    assert not (out / "overview.json").exists()


def test_export_where_still_accepts_conditions_with_strings_and_parentheses(
    warehouse_file: Path, tmp_path: Path
) -> None:
    where = "(state = 'Bayern' OR city = 'Semi;colon (x') AND title <> 'It''s'"
    out = tmp_path / "out"
    assert main(["export", "--db", str(warehouse_file), "--out", str(out), "--where", where]) == 0
    assert (out / "overview.json").exists()
