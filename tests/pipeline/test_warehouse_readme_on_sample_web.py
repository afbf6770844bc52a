"""warehouse/README.md's example questions, asked of the sample web's own warehouse.

Two refreshes a week apart (v1, then v2 with one source broken) give every question something to
answer: new, moved, cancelled and removed offerings, and a source that failed.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, refresh
from netdir.warehouse import Warehouse
from tests.pipeline.conftest import with_source_changed

README = Path(__file__).resolve().parents[2] / "warehouse" / "README.md"
QUESTIONS = re.findall(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("sample-warehouse")
    db, out = workdir / "netdir.duckdb", workdir / "publish"
    with SampleWeb() as web:
        catalog = web.catalog()
        refresh(
            RefreshOptions(catalog, db, out, allow_private_hosts=True, today=date(2026, 11, 20))
        )
        web.switch("v2")
        moved = catalog.source("gsb-aktuelles")
        broken = with_source_changed(
            catalog, moved.id, start_urls=[f"{moved.start_urls[0]}umgezogen/"]
        )
        refresh(RefreshOptions(broken, db, out, allow_private_hosts=True, today=date(2026, 11, 27)))
    return db


def test_the_readme_has_ten_questions() -> None:
    assert len(QUESTIONS) >= 10


#: Questions whose true answer on the sample web is "none" (tests/warehouse asks them of a
#: scenario where the answer is not empty).
EMPTY_ON_SAMPLE_WEB = {
    "conference_moves": "v2 moves a webinar and no conference",
}


def question_id(sql: str) -> str:
    return "conference_moves" if "previous_start" in sql and "conference" in sql else sql[:50]


@pytest.mark.parametrize("sql", QUESTIONS, ids=question_id)
def test_each_question_answers_on_the_sample_web(sample_warehouse: Path, sql: str) -> None:
    with Warehouse.open(sample_warehouse, read_only=True) as warehouse:
        columns, rows = warehouse.query(sql)
    assert columns
    if question_id(sql) in EMPTY_ON_SAMPLE_WEB:
        assert rows == [], EMPTY_ON_SAMPLE_WEB[question_id(sql)]
    else:
        assert rows, f"no rows on the sample web's warehouse for:\n{sql}"


TOP_README = Path(__file__).resolve().parents[2] / "README.md"
TOP_QUESTIONS = re.findall(r"```sql\n(.*?)```", TOP_README.read_text(encoding="utf-8"), re.DOTALL)


@pytest.mark.parametrize("sql", TOP_QUESTIONS, ids=lambda sql: sql.split("\n")[0][:50])
def test_the_front_readme_sql_runs_on_the_sample_web(sample_warehouse: Path, sql: str) -> None:
    statements = [part.strip() for part in sql.split(";") if part.strip().strip("-").strip()]
    with Warehouse.open(sample_warehouse, read_only=True) as warehouse:
        for statement in statements:
            columns, rows = warehouse.query(statement)
            assert columns and rows, f"no rows on the sample web's warehouse for:\n{statement}"


def test_season_or_year_only_offerings_are_date_tba_not_upcoming(
    sample_warehouse: Path,
) -> None:
    with Warehouse.open(sample_warehouse, read_only=True) as warehouse:
        _, upcoming = warehouse.query("SELECT date_precision FROM mart.upcoming")
        _, tba = warehouse.query("SELECT date_precision, title FROM mart.date_tba")
    assert upcoming and not [p for (p,) in upcoming if p in ("season", "year")]
    assert tba and {p for p, _ in tba} <= {"season", "year"}, "the sample web has some"
