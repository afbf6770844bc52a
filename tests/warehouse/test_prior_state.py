"""What the next crawl gets back: validators per page and the last good records per page."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from netdir.records import Page
from netdir.warehouse import Warehouse
from tests.warehouse.factories import RUN2_AT, page, record, result, run_input, source
from tests.warehouse.scenario import COP_LISTING, LAND_FEED, LISTING, Scenario


def test_an_empty_warehouse_knows_nothing_yet(db_path: Path) -> None:
    with Warehouse.open(db_path) as warehouse:
        prior = warehouse.prior_state("kongresse-bund")
    assert prior.validators == {} and prior.records_by_page == {}


def test_validators_are_the_latest_per_page_and_survive_a_304(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    prior = warehouse_after_two_runs.prior_state("kongresse-bund")
    v2_page = scenario.run2.results[0].pages[0]
    assert prior.validators[LISTING].content_hash == v2_page.content_hash
    assert prior.validators[LISTING].etag == v2_page.etag

    # A 304 that carries no validators of its own keeps the ones seen before.
    run1_cop_page = scenario.run1.results[1].pages[0]
    bare_304 = Page(
        "cop-netzwerke", COP_LISTING, COP_LISTING, 304, RUN2_AT + timedelta(days=1), changed=False
    )
    warehouse_after_two_runs.load_run(
        run_input(
            "run-bare-304",
            RUN2_AT + timedelta(days=1),
            [source("cop-netzwerke")],
            [result("cop-netzwerke", pages=[bare_304])],
            [],
        )
    )
    cop = warehouse_after_two_runs.prior_state("cop-netzwerke").validators[COP_LISTING]
    assert cop.etag == run1_cop_page.etag
    assert cop.content_hash == run1_cop_page.content_hash


def test_records_come_back_per_page_in_their_order_with_provenance(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    prior = warehouse_after_two_runs.prior_state("kongresse-bund")
    expected = scenario.run2.results[0].records
    assert list(prior.records_by_page) == [LISTING]
    assert prior.records_by_page[LISTING] == expected


def test_a_failed_source_gets_back_what_it_listed_when_it_last_answered(
    warehouse_after_two_runs: Warehouse, scenario: Scenario
) -> None:
    prior = warehouse_after_two_runs.prior_state("termine-bayern")
    assert prior.records_by_page[LAND_FEED] == scenario.run1.results[2].records
    # The 503 answer is no validator to send next time.
    assert (
        prior.validators[LAND_FEED].content_hash == scenario.run1.results[2].pages[0].content_hash
    )


def test_next_page_links_come_from_the_last_full_answer(db_path: Path) -> None:
    listing = "https://wp.example.org/termine/"
    with_next = page("wp", listing, "<a rel=next href=?seite=2>Weiter</a>", RUN2_AT)
    with_next.next_url = listing + "?seite=2"
    last_page_now = page(
        "wp", listing, "<p>keine weiteren Termine</p>", RUN2_AT + timedelta(days=1)
    )
    with Warehouse.open(db_path) as warehouse:
        warehouse.migrate()
        for run_id, at, answer in (
            ("r1", RUN2_AT, with_next),
            ("r2", RUN2_AT + timedelta(days=1), last_page_now),
        ):
            warehouse.load_run(
                run_input(
                    run_id,
                    at,
                    [source("wp")],
                    [result("wp", pages=[answer], records=[record("wp", listing, "Stammtisch")])],
                    [],
                )
            )
        assert warehouse.prior_state("wp").validators[listing].next_url is None
