"""What publish and the CLI read: overview rows in the published shape, source summary, snapshot."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import jsonschema
import pytest

from netdir.warehouse import Warehouse
from tests.warehouse.factories import RUN1_AT, RUN2_AT
from tests.warehouse.scenario import COP_KI, KONGRESS, LAND_TAG, NEW_IN_BAYERN, Scenario

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "src/netdir/publish/overview.schema.json"


def test_overview_rows_are_valid_overview_json_offerings(
    warehouse_after_two_runs: Warehouse,
) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    rows = warehouse_after_two_runs.overview_rows()
    document = {"generated_at": "2026-11-27T06:00:00+00:00", "count": len(rows), "offerings": rows}
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(json.loads(json.dumps(document)))
    expected_keys = set(schema["$defs"]["offering"]["properties"])
    assert all(set(row) == expected_keys for row in rows)


def test_overview_rows_keep_the_iso_dates_the_offering_had(
    warehouse_after_two_runs: Warehouse,
) -> None:
    rows = {row["id"]: row for row in warehouse_after_two_runs.overview_rows()}
    assert rows[NEW_IN_BAYERN.id]["start"] == "2027-04-15T09:00:00+02:00"
    assert rows[NEW_IN_BAYERN.id]["end"] == "2027-04-15T17:00:00+02:00"
    assert rows[LAND_TAG.id]["start"] == "2027-05-06"
    assert rows[KONGRESS.id]["first_seen"] == RUN1_AT.isoformat()
    assert rows[KONGRESS.id]["last_seen"] == RUN2_AT.isoformat()
    assert rows[KONGRESS.id]["sources"] == [
        {
            "source_id": "kongresse-bund",
            "url": "https://kongresse-bund.example.org/nd-kongress-digital-2027/",
            "extractor": "jsonld",
        }
    ]
    assert COP_KI.id not in rows


def test_overview_rows_filter_by_condition_and_by_upcoming(
    warehouse_after_two_runs: Warehouse,
) -> None:
    bayern = warehouse_after_two_runs.overview_rows(where="state = 'Bayern'")
    assert {row["id"] for row in bayern} == {NEW_IN_BAYERN.id, LAND_TAG.id}
    upcoming = warehouse_after_two_runs.overview_rows(upcoming=True)
    statuses = {row["status"] for row in upcoming}
    assert upcoming and statuses <= {"scheduled", "postponed"}
    starts = [row["start"][:10] for row in upcoming]
    assert starts == sorted(starts)


def test_source_summary_tells_which_source_broke_and_when_it_last_worked(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    summary = {row["source_id"]: row for row in warehouse_after_two_runs.source_summary()}
    assert set(summary) == {"kongresse-bund", "cop-netzwerke", "termine-bayern"}
    broken = summary["termine-bayern"]
    assert broken["last_run_status"] == "failed"
    assert broken["last_success"] == RUN1_AT.isoformat()
    assert broken["issues_last_run"] == 1 and broken["records_last_run"] == 0
    healthy = summary["kongresse-bund"]
    assert healthy == {
        "source_id": "kongresse-bund",
        "kind": "conference",
        "extract_mode": "jsonld",
        "last_run_status": "ok",
        "last_success": RUN2_AT.isoformat(),
        "records_last_run": len(scenario.run2.results[0].records),
        "pages_last_run": 1,
        "issues_last_run": 0,
    }


def test_the_snapshot_holds_the_marts_as_tables_and_opens_standalone(
    warehouse_after_two_runs: Warehouse, tmp_path: Path
) -> None:
    target = tmp_path / "publish" / "netdir.duckdb"
    target.parent.mkdir()
    target.write_bytes(b"an older snapshot")  # replaced, not appended to
    warehouse_after_two_runs.export_marts(target)
    listed = len(warehouse_after_two_runs.overview_rows())
    with duckdb.connect(str(target), read_only=True) as con:
        tables = dict(
            con.execute(
                "SELECT table_schema || '.' || table_name, table_type "
                "FROM information_schema.tables"
            ).fetchall()
        )
        overview_count = con.execute("SELECT count(*) FROM mart.overview").fetchone()
    for mart in ("overview", "upcoming", "changes", "source_health", "topics"):
        assert tables[f"mart.{mart}"] == "BASE TABLE"
    assert "core.offerings" not in tables and "raw.pages" not in tables
    assert overview_count == (listed,)


def test_a_read_only_warehouse_can_still_write_its_snapshot(
    warehouse_file: Path, tmp_path: Path
) -> None:
    """``netdir export`` opens the warehouse read-only and still publishes the snapshot."""
    target = tmp_path / "snapshot.duckdb"
    with Warehouse.open(warehouse_file, read_only=True) as warehouse:
        warehouse.export_marts(target)
    with duckdb.connect(str(target), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM mart.topics").fetchone() != (0,)


def test_streamed_overview_rows_are_the_listed_ones_while_the_warehouse_serves_others(
    warehouse_after_two_runs: Warehouse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Publish streams the rows (a batch at a time) while it takes the snapshot and reads
    the revisions through the same warehouse: neither may cut the stream short."""
    from netdir.warehouse import reads

    listed = warehouse_after_two_runs.overview_rows()
    monkeypatch.setattr(reads, "FETCH_ROWS", 1)  # one row per fetch: reads between them
    streamed = []
    for row in warehouse_after_two_runs.iter_overview_rows():
        streamed.append(row)
        warehouse_after_two_runs.offering_revisions()
        if len(streamed) == 1:
            warehouse_after_two_runs.export_marts(tmp_path / "snapshot.duckdb")
    assert len(listed) > 1 and streamed == listed
    assert (tmp_path / "snapshot.duckdb").stat().st_size > 0


def test_overview_rows_come_in_duckdbs_order_though_python_sorts_them(
    migrated_warehouse: Warehouse,
) -> None:
    """The rows are read unsorted and put in order in Python (DuckDB's ORDER BY held every row
    whole): the order must be exactly ``ORDER BY start_date NULLS LAST, start_ts NULLS FIRST,
    title, id`` — undated last, a day's all-day entry before its timed ones, times compared
    as instants across offsets, titles by their bytes (capitals before small letters before
    umlauts), the id breaking ties."""
    from tests.warehouse.factories import offering, result, run_input, source

    starts = {
        "a": ("2027-03-01", "Zukunft"),
        "b": ("2027-03-01T10:00:00+01:00", "Zukunft"),
        "c": ("2027-03-01T09:30:00+00:00", "Ärger"),  # 10:30 in Berlin: after b
        "d": ("2027-03-01", "apfel"),
        "e": ("2027-03-01", "Apfel"),
        "f": ("2027-03-01", "Öko"),
        "g": (None, "Netzwerk"),
        "h": (None, "Forum"),
        "i": ("2027-03-01T10:00:00+01:00", "Zukunft"),  # ties b but for the id
        "j": ("2026-12-31", "Zukunft"),
        "k": ("2027-03", "Monat"),  # no day: start_date is NULL, with the undated
    }
    offerings = [
        offering(f"o-{key}", title, ["alpha"], start=start)
        for key, (start, title) in sorted(starts.items(), reverse=True)
    ]
    migrated_warehouse.load_run(
        run_input("run-1", RUN1_AT, [source("alpha")], [result("alpha")], offerings)
    )
    _, expected = migrated_warehouse.query(
        "SELECT id FROM mart.overview "
        "ORDER BY start_date NULLS LAST, start_ts NULLS FIRST, title, id"
    )
    listed = [row["id"] for row in migrated_warehouse.overview_rows()]
    assert listed == [offering_id for (offering_id,) in expected]
    assert listed[:2] == ["o-j", "o-e"]  # the order is not the load's (reversed ids)
    assert listed[-3:] == ["o-h", "o-k", "o-g"]


@pytest.mark.parametrize("zone", ["UTC", "America/St_Johns"])
def test_overview_rows_hold_what_duckdb_hands_python(
    warehouse_after_two_runs: Warehouse, zone: str
) -> None:
    """The seen instants are read as epoch microseconds and the lists as their JSON text:
    the rows must be those DuckDB's own Python values give (ISO text of the aware datetime in
    the session's time zone; lists, and sources as dicts), whatever that zone is."""
    from netdir.warehouse import reads

    con = warehouse_after_two_runs._con.cursor()
    con.execute(f"SET TimeZone = '{zone}'")
    columns = ", ".join(f'"{key}"' for key in reads.OVERVIEW_KEYS)
    direct = {}
    for values in con.execute(f"SELECT {columns} FROM mart.overview").fetchall():
        row = dict(zip(reads.OVERVIEW_KEYS, values, strict=True))
        for key in ("first_seen", "last_seen", "stale_since"):
            row[key] = row[key].isoformat() if row[key] is not None else None
        for key in ("audience", "topics", "sources"):
            row[key] = row[key] or []
        direct[row["id"]] = row
    read = list(reads.iter_overview_rows(con))
    assert len(read) == len(direct) > 1
    assert all(row == direct[row["id"]] for row in read)
    assert all(row["first_seen"].endswith("+00:00") == (zone == "UTC") for row in read)
    assert any(row["sources"] and row["audience"] for row in read)
