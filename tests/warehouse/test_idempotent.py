"""Re-running a load changes nothing but last_seen."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from netdir.warehouse import Warehouse
from tests.warehouse.scenario import Scenario

TABLES = (
    "raw.pages",
    "raw.records",
    "core.sources",
    "core.runs",
    "core.source_health",
    "core.offerings",
    "core.offering_history",
)


def _snapshot(warehouse: Warehouse, exclude: str = "updated_at") -> dict[str, list[tuple]]:
    state = {}
    for table in TABLES:
        columns, _ = warehouse.query(f"SELECT * FROM {table} LIMIT 0")
        kept = ", ".join(c for c in columns if c not in {exclude, "loaded_at"})
        _, rows = warehouse.query(f"SELECT {kept} FROM {table} ORDER BY ALL")
        state[table] = rows
    return state


def test_loading_the_same_run_again_changes_nothing(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    before = _snapshot(warehouse_after_two_runs)
    again = warehouse_after_two_runs.load_run(scenario.run2)
    assert (again.added, again.changed, again.removed) == (0, 0, 0)
    assert again.unchanged == len(scenario.run2.offerings)
    assert _snapshot(warehouse_after_two_runs) == before


def test_a_new_run_with_the_same_content_only_moves_last_seen(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    _, history_before = warehouse_after_two_runs.query(
        "SELECT * FROM core.offering_history ORDER BY ALL"
    )
    _, first_seen_before = warehouse_after_two_runs.query(
        "SELECT id, first_seen, version, status FROM core.offerings ORDER BY id"
    )
    later = scenario.run2.started_at + timedelta(days=1)
    same_content = replace(scenario.run2, run_id="run-same-content", started_at=later)

    summary = warehouse_after_two_runs.load_run(same_content)

    assert (summary.added, summary.changed, summary.removed) == (0, 0, 0)
    _, history_after = warehouse_after_two_runs.query(
        "SELECT * FROM core.offering_history ORDER BY ALL"
    )
    assert history_after == history_before
    _, first_seen_after = warehouse_after_two_runs.query(
        "SELECT id, first_seen, version, status FROM core.offerings ORDER BY id"
    )
    assert first_seen_after == first_seen_before
    listed_ids = {offering.id for offering in same_content.offerings}
    _, seen = warehouse_after_two_runs.query("SELECT id, last_seen FROM core.offerings")
    assert {i for i, last_seen in seen if last_seen == later} == listed_ids
