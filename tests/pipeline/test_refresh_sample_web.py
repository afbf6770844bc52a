"""The whole pipeline against the sample web: what a user of the overview would check."""

from __future__ import annotations

from pathlib import Path

import jsonschema

from netdir.catalog import FieldRule
from netdir.demo.server import SampleWeb
from netdir.pipeline import RefreshOptions, RefreshReport, refresh
from netdir.publish import load_overview_schema
from netdir.warehouse import Warehouse
from tests.pipeline.conftest import TODAY, read_overview, with_source_changed


def run_refresh(web: SampleWeb, workdir: dict[str, Path], **overrides: object) -> RefreshReport:
    options = RefreshOptions(
        catalog=web.catalog(),
        db_path=workdir["db"],
        out=workdir["out"],
        allow_private_hosts=True,
        today=TODAY,
    )
    for name, value in overrides.items():
        setattr(options, name, value)
    return refresh(options)


def test_first_refresh_publishes_a_valid_overview_from_every_source(
    sample_web: SampleWeb, workdir: dict[str, Path]
) -> None:
    report = run_refresh(sample_web, workdir)

    statuses = {result.source_id: result.status for result in report.results}
    assert statuses and set(statuses.values()) == {"ok"}, statuses
    assert all(result.record_count for result in report.results), (
        "every sample source lists offerings"
    )
    # The report counts the records; the records themselves are in the warehouse, not held.
    assert not any(result.records for result in report.results)
    with Warehouse.open(workdir["db"], read_only=True) as warehouse:
        _, loaded = warehouse.query(
            "SELECT source_id, count(*) FROM raw.records WHERE run_id = ? GROUP BY source_id",
            [report.run_id],
        )
    assert dict(loaded) == {r.source_id: r.record_count for r in report.results} | {
        "curated": report.curated_records
    }
    overview = read_overview(workdir["out"])
    jsonschema.validate(overview, load_overview_schema())
    assert overview["count"] == len(overview["offerings"]) == report.offerings_published
    ids = [offering["id"] for offering in overview["offerings"]]
    assert len(ids) == len(set(ids))
    by_source = {ref["source_id"] for o in overview["offerings"] for ref in o["sources"]}
    assert set(statuses) <= by_source
    assert "curated" in by_source


def test_offerings_listed_on_several_sites_merge_into_one(
    sample_web: SampleWeb, workdir: dict[str, Path]
) -> None:
    run_refresh(sample_web, workdir)
    offerings = read_overview(workdir["out"])["offerings"]
    multi = [o for o in offerings if len({ref["source_id"] for ref in o["sources"]}) >= 3]
    assert multi, "the conference announced on three sample sites must be one offering"
    conference = multi[0]
    assert conference["start"] and conference["city"]


def test_latin1_page_keeps_its_umlauts(sample_web: SampleWeb, workdir: dict[str, Path]) -> None:
    run_refresh(sample_web, workdir)
    titles = " ".join(o["title"] for o in read_overview(workdir["out"])["offerings"])
    assert "Künstliche Intelligenz" in titles
    assert "Ã" not in titles and "\ufffd" not in titles


def test_robots_txt_disallowed_area_is_never_requested(
    sample_web: SampleWeb, workdir: dict[str, Path]
) -> None:
    run_refresh(sample_web, workdir)
    assert not any("/intern/" in entry.path for entry in sample_web.requests)
    robots_hits = [entry for entry in sample_web.requests if entry.path == "/robots.txt"]
    assert len(robots_hits) == len({entry.site for entry in robots_hits}), (
        "robots.txt once per host"
    )


def test_second_run_uses_conditional_requests_and_keeps_ids(
    sample_web: SampleWeb, workdir: dict[str, Path]
) -> None:
    run_refresh(sample_web, workdir)
    first = read_overview(workdir["out"])
    sample_web.requests.clear()

    report = run_refresh(sample_web, workdir)
    second = read_overview(workdir["out"])

    assert sorted(o["id"] for o in second["offerings"]) == sorted(
        o["id"] for o in first["offerings"]
    )
    assert report.summary.added == 0 and report.summary.removed == 0
    page_requests = [e for e in sample_web.requests if e.path != "/robots.txt"]
    assert page_requests and all(e.if_none_match or e.if_modified_since for e in page_requests)
    assert all(e.status == 304 for e in page_requests)
    assert sum(result.pages_unchanged for result in report.results) == len(page_requests)


def test_a_week_later_history_records_moves_cancellations_and_removals(
    sample_web: SampleWeb, workdir: dict[str, Path]
) -> None:
    run_refresh(sample_web, workdir)
    before = {o["id"]: o for o in read_overview(workdir["out"])["offerings"]}
    sample_web.switch("v2")

    report = run_refresh(sample_web, workdir)
    after = {o["id"]: o for o in read_overview(workdir["out"])["offerings"]}

    assert report.summary.added >= 1 and report.summary.removed >= 1 and report.summary.changed >= 1
    removed = set(before) - set(after)
    assert removed, "the event dropped from a healthy source leaves the overview"
    assert any(o["status"] == "cancelled" for o in after.values())
    moved = [i for i in set(before) & set(after) if before[i]["start"] != after[i]["start"]]
    assert moved, "a moved event keeps its id and gets its new date"
    with Warehouse.open(workdir["db"], read_only=True) as warehouse:
        _, rows = warehouse.query(
            "SELECT count(*) FROM core.offering_history WHERE offering_id = ?", [moved[0]]
        )
        assert rows[0][0] >= 2, "the old date stays in the history"
        _, rows = warehouse.query(
            "SELECT count(*) FROM core.offerings WHERE id = ? AND status = 'removed'",
            [sorted(removed)[0]],
        )
        assert rows[0][0] == 1


def test_a_broken_source_keeps_its_last_good_offerings(
    sample_web: SampleWeb, workdir: dict[str, Path]
) -> None:
    catalog = sample_web.catalog()
    run_refresh(sample_web, workdir)
    before = read_overview(workdir["out"])
    victim = catalog.sources[0]
    broken = with_source_changed(
        catalog, victim.id, start_urls=[f"{victim.start_urls[0]}gibt-es-nicht/"]
    )

    report = run_refresh(sample_web, workdir, catalog=broken)

    result = next(r for r in report.results if r.source_id == victim.id)
    assert result.status in {"failed", "partial"} and not result.healthy
    assert any(issue.status_code == 404 for issue in result.issues)
    after_ids = {o["id"] for o in read_overview(workdir["out"])["offerings"]}
    victim_ids = {
        o["id"]
        for o in before["offerings"]
        if any(r["source_id"] == victim.id for r in o["sources"])
    }
    assert victim_ids and victim_ids <= after_ids
    assert report.summary.removed == 0


def test_refresh_of_one_source_only(sample_web: SampleWeb, workdir: dict[str, Path]) -> None:
    source_id = sample_web.catalog().sources[1].id
    report = run_refresh(sample_web, workdir, source_ids=[source_id])
    assert [result.source_id for result in report.results] == [source_id]


def test_private_hosts_are_refused_by_default(
    sample_web: SampleWeb, workdir: dict[str, Path]
) -> None:
    report = run_refresh(sample_web, workdir, allow_private_hosts=False)
    assert not report.refreshed_any
    assert sample_web.requests == [], "not even robots.txt is asked for"
    assert read_overview(workdir["out"])["count"] >= 1, "curated entries are still published"


def test_a_source_whose_rules_break_keeps_its_last_good_offerings(
    sample_web: SampleWeb, workdir: dict[str, Path]
) -> None:
    """A relaunch renames the title cell: the rules find no titles, the old offerings stay."""
    catalog = sample_web.catalog()
    run_refresh(sample_web, workdir)
    before = read_overview(workdir["out"])
    source = catalog.source("typo3-termine")
    assert source.rules is not None
    junk_rules = source.rules.model_copy(
        update={"fields": {**source.rules.fields, "title": FieldRule(select="td.veranstaltung a")}}
    )
    broken = with_source_changed(catalog, source.id, rules=junk_rules)
    sample_web.switch("v2")  # the page changed, so extraction really runs again

    report = run_refresh(sample_web, workdir, catalog=broken)

    result = next(r for r in report.results if r.source_id == source.id)
    assert not result.healthy
    assert any(issue.stage in {"extract", "validity"} for issue in result.issues)
    after = {o["id"]: o for o in read_overview(workdir["out"])["offerings"]}
    kept = [o for o in before["offerings"] if [r["source_id"] for r in o["sources"]] == [source.id]]
    assert kept and all(o["id"] in after for o in kept), "last good offerings stay published"
    assert all(after[o["id"]]["title"] == o["title"] for o in kept)


def test_refreshing_some_sources_leaves_the_others_offerings_untouched(
    sample_web: SampleWeb, workdir: dict[str, Path]
) -> None:
    run_refresh(sample_web, workdir)
    before = {o["id"]: o for o in read_overview(workdir["out"])["offerings"]}

    report = run_refresh(sample_web, workdir, source_ids=["wp-events"])

    after = {o["id"]: o for o in read_overview(workdir["out"])["offerings"]}
    assert set(after) == set(before)
    assert report.summary.changed == 0 and report.summary.removed == 0
    merged = [o for o in after.values() if len(o["sources"]) >= 3]
    assert merged, "the conference listed on three sites still names all three"
    for offering_id, offering in before.items():
        assert after[offering_id]["sources"] == offering["sources"]
