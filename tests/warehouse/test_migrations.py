"""Migrations: from empty, from the previous schema version, and refusing a newer file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from netdir.warehouse import SchemaTooNew, Warehouse, WarehouseError, migrate
from netdir.warehouse.sql_files import SQL_DIR_ENV, sql_dir
from tests.warehouse.conftest import count
from tests.warehouse.factories import RUN2_AT, moved, result, run_input
from tests.warehouse.scenario import KONGRESS, SOURCES, Scenario

LATEST = len(list((sql_dir() / "migrations").glob("*.sql")))


def test_an_empty_file_gets_every_layer_and_the_mart_views(db_path: Path) -> None:
    with Warehouse.open(db_path) as warehouse:
        assert warehouse.migrate() == LATEST >= 2
        _, rows = warehouse.query(
            "SELECT table_schema || '.' || table_name, table_type FROM information_schema.tables"
        )
    found = dict(rows)
    for table in ("raw.pages", "raw.records", "core.offerings", "core.offering_history",
                  "core.sources", "core.runs", "core.source_health"):  # fmt: skip
        assert found.get(table) == "BASE TABLE", table
    for view in ("overview", "upcoming", "changes", "source_health", "topics"):
        assert found.get(f"mart.{view}") == "VIEW", view


def test_migrating_twice_applies_nothing_twice(db_path: Path) -> None:
    with Warehouse.open(db_path) as warehouse:
        warehouse.migrate()
        assert warehouse.migrate() == LATEST
        assert count(warehouse, "SELECT count(*) FROM meta.schema_migrations") == LATEST


def test_views_are_recreated_when_their_files_change_or_one_is_missing(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "sql"
    shutil.copytree(sql_dir(), copy)
    monkeypatch.setenv(SQL_DIR_ENV, str(copy))
    created: list[int] = []
    create_views = migrate._create_views
    monkeypatch.setattr(
        migrate, "_create_views", lambda *args: created.append(1) or create_views(*args)
    )

    def open_and_migrate() -> int:
        created.clear()
        with Warehouse.open(db_path) as warehouse:
            warehouse.migrate()
            return count(
                warehouse, "SELECT count(*) FROM duckdb_views() WHERE view_name = 'topics'"
            )

    assert open_and_migrate() == 1 and created == [1]
    # Unchanged files: the views stay as they are (no catalog write on every open).
    assert open_and_migrate() == 1 and created == []
    topics = copy / "views" / "50_topics.sql"
    topics.write_text(topics.read_text(encoding="utf-8") + "\n-- reviewed\n", encoding="utf-8")
    assert open_and_migrate() == 1 and created == [1]
    with Warehouse.open(db_path) as warehouse:
        warehouse.query("DROP VIEW mart.topics")
    assert open_and_migrate() == 1 and created == [1]


@pytest.fixture
def sql_dir_of_version_1(tmp_path: Path) -> Path:
    """The SQL as netdir shipped it at schema version 1 (001 only; its views came later)."""
    old = tmp_path / "sql-v1"
    (old / "migrations").mkdir(parents=True)
    (old / "views").mkdir()
    shutil.copy(sql_dir() / "migrations" / "001_initial.sql", old / "migrations")
    return old


def test_a_version_1_file_upgrades_in_place_and_keeps_its_history(
    db_path: Path, sql_dir_of_version_1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SQL_DIR_ENV, str(sql_dir_of_version_1))
    with Warehouse.open(db_path) as old:
        assert old.migrate() == 1
        old.query(
            "INSERT INTO core.offerings (id, title, kind, start_iso, start_date, status, version, "
            "first_seen, last_seen, sources) VALUES (?, ?, 'conference', '2027-03-12T09:30:00+01:00', "
            "DATE '2027-03-12', 'scheduled', 1, TIMESTAMPTZ '2026-10-01 05:30:00+00', "
            "TIMESTAMPTZ '2026-10-01 05:30:00+00', [{'source_id': 'kongresse-bund', "
            "'url': 'https://kongresse-bund.example.org/x/', 'extractor': 'jsonld'}])",
            [KONGRESS.id, KONGRESS.title],
        )
        old.query(
            "INSERT INTO core.runs (run_id, started_at) "
            "VALUES ('v1-run', TIMESTAMPTZ '2026-10-01 05:30:00+00')"
        )
        old.query(
            "INSERT INTO core.offering_history (offering_id, version, valid_from, "
            "valid_from_run_id, title, start_iso, status) SELECT id, 1, first_seen, 'v1-run', "
            "title, start_iso, status FROM core.offerings"
        )
        old.query(
            "INSERT INTO core.offering_history (offering_id, version, valid_from, "
            "valid_from_run_id, title, status) VALUES "
            "('nd-old-cop', 1, TIMESTAMPTZ '2026-09-01 05:30:00+00', 'v1-run', 'Alte CoP', 'scheduled'), "
            "('nd-old-cop', 2, TIMESTAMPTZ '2026-09-08 05:30:00+00', 'v1-run', 'Alte CoP', 'removed'), "
            "('nd-old-cop', 3, TIMESTAMPTZ '2026-09-15 05:30:00+00', 'v1-run', 'Alte CoP', 'scheduled')"
        )
    monkeypatch.delenv(SQL_DIR_ENV)

    with Warehouse.open(db_path) as warehouse:
        assert warehouse.migrate() == LATEST
        _, rows = warehouse.query(
            "SELECT offering_id, change_kind, changed_fields FROM core.offering_history "
            "ORDER BY offering_id, version"
        )
        assert rows == [
            (KONGRESS.id, "added", None),
            ("nd-old-cop", "added", None),
            ("nd-old-cop", "removed", None),
            ("nd-old-cop", "reappeared", None),
        ]
        # The upgraded file takes the next run like a new one.
        moved_kongress = moved(KONGRESS, start="2027-03-19T09:30:00+01:00")
        summary = warehouse.load_run(
            run_input(
                "after-upgrade", RUN2_AT, SOURCES, [result("kongresse-bund")], [moved_kongress]
            )
        )
        assert summary.changed == 1
        _, rows = warehouse.query(
            "SELECT previous_start, start FROM mart.changes WHERE offering_id = ?", [KONGRESS.id]
        )
        assert rows == [
            (None, "2027-03-12T09:30:00+01:00"),
            ("2027-03-12T09:30:00+01:00", "2027-03-19T09:30:00+01:00"),
        ]
        _, rows = warehouse.query("SELECT first_seen, version FROM core.offerings")
        assert [(seen.isoformat(), version) for seen, version in rows] == [
            ("2026-10-01T05:30:00+00:00", 2)
        ]


def test_a_file_from_a_newer_netdir_is_refused_and_left_alone(db_path: Path) -> None:
    with Warehouse.open(db_path) as warehouse:
        warehouse.migrate()
        warehouse.query(
            "INSERT INTO meta.schema_migrations VALUES (?, '099_from_the_future', current_timestamp)",
            [LATEST + 1],
        )
    with Warehouse.open(db_path) as warehouse:
        with pytest.raises(SchemaTooNew) as refused:
            warehouse.migrate()
        assert f"schema version {LATEST + 1}" in str(refused.value)
        assert f"up to {LATEST}" in str(refused.value)
        assert count(warehouse, "SELECT count(*) FROM meta.schema_migrations") == LATEST + 1


def test_loading_into_an_unmigrated_file_says_to_migrate_first(
    db_path: Path, scenario: Scenario
) -> None:
    with Warehouse.open(db_path) as warehouse, pytest.raises(WarehouseError, match="migrate"):
        warehouse.load_run(scenario.run1)


def test_a_gap_in_the_migration_numbers_is_an_error(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "sql-gap"
    (broken / "migrations").mkdir(parents=True)
    (broken / "views").mkdir()
    (broken / "migrations" / "001_initial.sql").write_text("CREATE SCHEMA core;")
    (broken / "migrations" / "003_skipped_two.sql").write_text("SELECT 1;")
    monkeypatch.setenv(SQL_DIR_ENV, str(broken))
    with Warehouse.open(db_path) as warehouse, pytest.raises(WarehouseError) as error:
        warehouse.migrate()
    assert "expected 002" in str(error.value) and "003_skipped_two" in str(error.value)
