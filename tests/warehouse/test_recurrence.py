"""A recurring offering: its RRULE is stored, versioned, carried over and listed as upcoming."""

from __future__ import annotations

from datetime import UTC, date, datetime

from netdir.warehouse import Warehouse
from tests.warehouse.factories import offering, page, record, result, run_input, source

LISTING = "https://stammtische.example.org/veranstaltungen/"
RULE = "FREQ=MONTHLY;BYDAY=1TH"
LOADED_AT = datetime(2020, 1, 1, 5, 30, tzinfo=UTC)


def _load(warehouse: Warehouse, run_id: str, rule: str | None) -> None:
    stammtisch = offering(
        "o-stammtisch",
        "Digitaler Stammtisch",
        ["stammtische"],
        start="2020-01-02T16:00:00+01:00",
        recurrence=rule,
    )
    one_off = offering("o-fachtag", "Fachtag 2020", ["stammtische"], start="2020-01-02")
    raw = record("stammtische", LISTING, "Digitaler Stammtisch", recurrence=rule)
    warehouse.load_run(
        run_input(
            run_id,
            LOADED_AT,
            [source("stammtische", kind="event")],
            [
                result(
                    "stammtische",
                    pages=[page("stammtische", LISTING, "<html/>", LOADED_AT)],
                    records=[raw],
                )
            ],
            [stammtisch, one_off],
            today=date(2020, 1, 1),
        )
    )


def test_the_rule_reaches_the_overview_and_upcoming_keeps_the_series_listed(
    migrated_warehouse: Warehouse,
) -> None:
    _load(migrated_warehouse, "run-1", RULE)
    rows = {row["id"]: row for row in migrated_warehouse.overview_rows()}
    assert rows["o-stammtisch"]["recurrence"] == RULE
    assert rows["o-fachtag"]["recurrence"] is None
    # Both were scheduled on 2 January 2020, long past now: only the series still repeats.
    upcoming = migrated_warehouse.overview_rows(upcoming=True)
    assert [row["id"] for row in upcoming] == ["o-stammtisch"]


def test_a_changed_rule_is_a_new_version_and_the_raw_record_keeps_it(
    migrated_warehouse: Warehouse,
) -> None:
    _load(migrated_warehouse, "run-1", RULE)
    _load(migrated_warehouse, "run-2", "FREQ=MONTHLY;BYDAY=3TH")
    _, history = migrated_warehouse.query(
        "SELECT version, recurrence, changed_fields FROM core.offering_history "
        "WHERE offering_id = 'o-stammtisch' ORDER BY version"
    )
    assert history[0][:2] == (1, RULE)
    assert history[1] == (2, "FREQ=MONTHLY;BYDAY=3TH", ["recurrence"])
    carried = migrated_warehouse.prior_state("stammtische").records_by_page[LISTING]
    assert [r.recurrence for r in carried] == ["FREQ=MONTHLY;BYDAY=3TH"]
