"""Fixtures: warehouse files in tmp_path, empty, migrated, or loaded with the two-run scenario.

Migrating and loading cost ~0.5 s per file on 2 cores, so each state is built once per session
and copied into each test's tmp_path (a closed DuckDB file is one self-contained file).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdir.warehouse import Warehouse
from tests.warehouse.scenario import Scenario, build_scenario


@pytest.fixture
def scenario() -> Scenario:
    return build_scenario()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "netdir.duckdb"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "migrated.duckdb"
    with Warehouse.open(path) as warehouse:
        warehouse.migrate()
    return path


@pytest.fixture(scope="session")
def two_runs_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "two-runs.duckdb"
    scenario = build_scenario()
    with Warehouse.open(path) as warehouse:
        warehouse.migrate()
        warehouse.load_run(scenario.run1)
        warehouse.load_run(scenario.run2)
    return path


def _copy(template: Path, db_path: Path) -> Path:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, db_path)
    return db_path


@pytest.fixture
def migrated_warehouse(migrated_template: Path, db_path: Path) -> Iterator[Warehouse]:
    with Warehouse.open(_copy(migrated_template, db_path)) as warehouse:
        yield warehouse


@pytest.fixture
def warehouse_file(two_runs_template: Path, db_path: Path) -> Path:
    """A closed warehouse file after both scenario runs, for tests that open it themselves."""
    return _copy(two_runs_template, db_path)


@pytest.fixture
def warehouse_after_two_runs(warehouse_file: Path) -> Iterator[Warehouse]:
    with Warehouse.open(warehouse_file) as warehouse:
        yield warehouse


def count(warehouse: Warehouse, sql: str, params: list[object] | None = None) -> int:
    _, rows = warehouse.query(sql, params)
    return int(rows[0][0])
