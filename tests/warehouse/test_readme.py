"""warehouse/README.md: every table, view and column documented; every example query answers."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from netdir.warehouse import Warehouse

README = Path(__file__).resolve().parents[2] / "warehouse" / "README.md"
README_TEXT = README.read_text(encoding="utf-8")
EXAMPLE_QUERIES = re.findall(r"```sql\n(.*?)```", README_TEXT, flags=re.DOTALL)


def test_the_readme_asks_at_least_ten_questions() -> None:
    assert len(EXAMPLE_QUERIES) >= 10


@pytest.mark.parametrize("sql", EXAMPLE_QUERIES, ids=lambda sql: sql.split("\n")[0][:40])
def test_every_example_query_answers_on_two_runs(
    warehouse_after_two_runs: Warehouse, sql: str
) -> None:
    columns, rows = warehouse_after_two_runs.query(sql)
    assert columns and rows, f"no rows for:\n{sql}"


def test_every_table_view_and_column_is_documented(warehouse_after_two_runs: Warehouse) -> None:
    _, relations = warehouse_after_two_runs.query(
        "SELECT table_schema, table_name, list(column_name) FROM information_schema.columns "
        "WHERE table_schema IN ('raw', 'core', 'mart', 'meta') GROUP BY ALL"
    )
    assert len(relations) >= 13
    undocumented = [
        f"{schema}.{name}.{column}"
        for schema, name, columns in relations
        for column in [name, *columns]
        if not re.search(rf"(?<![\w]){re.escape(column)}(?![\w])", README_TEXT)
    ]
    missing_headings = [
        f"{schema}.{name}"
        for schema, name, _ in relations
        if f"### {schema}.{name}" not in README_TEXT
    ]
    assert undocumented == [] and missing_headings == []


def test_mart_questions_run_unchanged_on_the_published_snapshot(
    warehouse_after_two_runs: Warehouse, tmp_path: Path
) -> None:
    snapshot = tmp_path / "netdir.duckdb"
    warehouse_after_two_runs.export_marts(snapshot)
    mart_only = [sql for sql in EXAMPLE_QUERIES if "core." not in sql]
    assert len(mart_only) >= 5
    with duckdb.connect(str(snapshot), read_only=True) as con:
        for sql in mart_only:
            assert con.execute(sql).fetchall(), f"no rows in the snapshot for:\n{sql}"
