"""History: every field change is a version; removal, cancellation and past are separate facts."""

from __future__ import annotations

from datetime import timedelta

from netdir.warehouse import Warehouse
from tests.warehouse.conftest import count
from tests.warehouse.factories import RUN1_AT, RUN2_AT, moved, result, run_input
from tests.warehouse.scenario import (
    COP_AGIL,
    COP_KI,
    COP_OPEN_DATA,
    FACHTAG,
    KONGRESS,
    LAND_TAG,
    SOURCES,
    WERKSTATT,
    ZUKUNFTSKONGRESS,
    Scenario,
)


def _versions(warehouse: Warehouse, offering_id: str) -> list[tuple]:
    _, rows = warehouse.query(
        "SELECT version, valid_from, valid_to, valid_to_run_id, change_kind, changed_fields, "
        "start_iso, end_iso, status FROM core.offering_history WHERE offering_id = ? "
        "ORDER BY version",
        [offering_id],
    )
    return rows


def test_the_second_run_is_summarized_by_what_happened(
    migrated_warehouse: Warehouse, scenario: Scenario
) -> None:
    first = migrated_warehouse.load_run(scenario.run1)
    second = migrated_warehouse.load_run(scenario.run2)
    assert (first.added, first.changed, first.removed, first.offerings_current) == (8, 0, 0, 8)
    # added: the Bayern Fachkongress; changed: moved Kongress, cancelled Fachtag, past Werkstatt;
    # removed: the KI network; the Land calendar's offering is neither listed nor removed.
    assert (second.added, second.changed, second.removed, second.unchanged) == (1, 3, 1, 3)
    assert second.offerings_current == 8


def test_a_moved_conference_keeps_its_old_date_in_a_closed_version(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    old, new = _versions(warehouse_after_two_runs, KONGRESS.id)
    assert old[0] == 1 and old[6] == "2027-03-12T09:30:00+01:00" and old[7] == "2027-03-14"
    assert old[1] == RUN1_AT and old[2] == RUN2_AT and old[3] == scenario.run2.run_id
    assert new[0] == 2 and new[6] == "2027-03-19T09:30:00+01:00" and new[2] is None
    assert new[4] == "changed" and set(new[5]) == {"start", "end", "date_text"}
    _, rows = warehouse_after_two_runs.query(
        "SELECT start_date, start_ts, first_seen, last_seen FROM core.offerings WHERE id = ?",
        [KONGRESS.id],
    )
    start_date, start_ts, first_seen, last_seen = rows[0]
    assert start_date.isoformat() == "2027-03-19"
    assert start_ts.isoformat() == "2027-03-19T08:30:00+00:00"
    assert (first_seen, last_seen) == (RUN1_AT, RUN2_AT)


def test_an_offering_gone_from_a_healthy_source_is_removed_not_deleted(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    listed = {row["id"] for row in warehouse_after_two_runs.overview_rows()}
    assert COP_KI.id not in listed
    _, rows = warehouse_after_two_runs.query(
        "SELECT status, removed_at, removed_run_id, first_seen, title FROM core.offerings "
        "WHERE id = ?",
        [COP_KI.id],
    )
    assert rows == [("removed", RUN2_AT, scenario.run2.run_id, RUN1_AT, COP_KI.title)]
    kept, removal = _versions(warehouse_after_two_runs, COP_KI.id)
    assert kept[8] == "scheduled" and kept[2] == RUN2_AT
    assert removal[4] == "removed" and removal[8] == "removed" and removal[2] is None


def test_a_failed_source_retires_nothing_even_when_its_offering_is_missing(
    warehouse_after_two_runs: Warehouse,
) -> None:
    rows = {row["id"]: row for row in warehouse_after_two_runs.overview_rows()}
    assert rows[LAND_TAG.id]["status"] == "scheduled"
    assert rows[LAND_TAG.id]["last_seen"] == RUN1_AT.isoformat()
    assert len(_versions(warehouse_after_two_runs, LAND_TAG.id)) == 1


def test_cancelled_past_and_removed_are_separate_facts(
    warehouse_after_two_runs: Warehouse,
) -> None:
    _, rows = warehouse_after_two_runs.query("SELECT id, status FROM core.offerings")
    status = dict(rows)
    assert status[FACHTAG.id] == "cancelled"  # the page says so
    assert status[WERKSTATT.id] == "past"  # 2026-11-10 lies before the run's today
    assert status[COP_KI.id] == "removed"  # gone from a healthy source
    assert status[COP_AGIL.id] == "scheduled"  # no dates: never past


def test_an_offering_of_two_sources_stays_while_one_of_them_is_unhealthy(
    warehouse_after_two_runs: Warehouse,
) -> None:
    """The Zukunftskongress is listed by the conference source and the Land calendar."""
    later = RUN2_AT + timedelta(days=7)
    without_it = [COP_AGIL, COP_OPEN_DATA]
    conferences_dropped_it = run_input(
        "run-3",
        later,
        SOURCES,
        [
            result("kongresse-bund"),
            result("cop-netzwerke"),
            result("termine-bayern", status="partial", healthy=False),
        ],
        without_it,
    )
    summary = warehouse_after_two_runs.load_run(conferences_dropped_it)
    assert ZUKUNFTSKONGRESS.id in {row["id"] for row in warehouse_after_two_runs.overview_rows()}

    both_healthy = run_input(
        "run-4",
        later + timedelta(days=7),
        SOURCES,
        [result("kongresse-bund"), result("cop-netzwerke"), result("termine-bayern")],
        without_it,
    )
    summary = warehouse_after_two_runs.load_run(both_healthy)
    listed = {row["id"] for row in warehouse_after_two_runs.overview_rows()}
    assert ZUKUNFTSKONGRESS.id not in listed and LAND_TAG.id not in listed
    assert summary.removed >= 2


def test_a_source_missing_from_the_run_retires_nothing(
    warehouse_after_two_runs: Warehouse,
) -> None:
    """``netdir refresh --source cop-netzwerke`` must not retire the conferences."""
    only_cops = run_input(
        "run-cops-only",
        RUN2_AT + timedelta(days=1),
        SOURCES[1:2],
        [result("cop-netzwerke")],
        [COP_AGIL, COP_OPEN_DATA],
    )
    summary = warehouse_after_two_runs.load_run(only_cops)
    assert summary.removed == 0
    assert KONGRESS.id in {row["id"] for row in warehouse_after_two_runs.overview_rows()}


def test_a_removed_offering_listed_again_reappears_with_its_first_seen(
    warehouse_after_two_runs: Warehouse,
) -> None:
    back_at = RUN2_AT + timedelta(days=7)
    summary = warehouse_after_two_runs.load_run(
        run_input(
            "run-ki-is-back",
            back_at,
            SOURCES[1:2],
            [result("cop-netzwerke")],
            [COP_AGIL, COP_OPEN_DATA, moved(COP_KI, topics=["KI", "Daten"])],
        )
    )
    assert summary.added == 1
    versions = _versions(warehouse_after_two_runs, COP_KI.id)
    assert [v[4] for v in versions] == ["added", "removed", "reappeared"]
    assert versions[1][2] == back_at and versions[2][8] == "scheduled"
    row = next(r for r in warehouse_after_two_runs.overview_rows() if r["id"] == COP_KI.id)
    assert row["first_seen"] == RUN1_AT.isoformat() and row["topics"] == ["KI", "Daten"]
    assert (
        count(
            warehouse_after_two_runs,
            "SELECT count(*) FROM core.offerings WHERE id = ? AND removed_at IS NULL",
            [COP_KI.id],
        )
        == 1
    )
