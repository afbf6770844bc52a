"""The refresh, composed once: catalog → crawl → extract → normalize → warehouse → publish.

The CLI calls ``refresh`` directly; the Prefect flow calls the same ``run_refresh`` with a ``step``
wrapper that turns each step into a Prefect task (one task per source, not per page). No stage
imports this module, and this module imports neither the CLI nor Prefect. One source's crawl and
extraction is ``netdir.source_step``; what reading pages imports, and when, ``netdir.reading_ready``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from netdir.catalog import Catalog, Source, load_catalog
from netdir.catalog.curated import curated_source, default_curated_path, load_curated
from netdir.crawl import Crawler
from netdir.early_snapshot import SNAPSHOT_FIRST_MAX_OFFERINGS, EarlySnapshot
from netdir.extract.isolation import ExtractionPool
from netdir.heap import release_free_memory
from netdir.normalize.background import BackgroundNormalizer
from netdir.paths import DEFAULT_DB, DEFAULT_OUT
from netdir.privacy import redact_personal_data
from netdir.publish import check_target
from netdir.publish.target import is_remote
from netdir.reading_ready import normalization_prepared
from netdir.records import (
    Offering,
    RawRecord,
    SourceIssue,
    SourceResult,
)
from netdir.source_step import all_prior_records, prior_records, process_source
from netdir.verdicts import SourceVerdict, judge_source
from netdir.warehouse import PriorState, RunInput, RunSummary, Warehouse
from netdir.warehouse.body_spool import BodySpool
from netdir.warehouse.model import LastRun
from netdir.warehouse.offerings_file import OfferingsFile, offerings_path
from netdir.warehouse.opening import OpeningWarehouse

if TYPE_CHECKING:
    # The extractors, normalization and the publishers are imported when a run needs them:
    # an unchanged re-run (every page 304) needs none of them (~1 s of imports).
    from netdir.normalize.stage import Prepared
    from netdir.publish import DatasetMetadata
    from netdir.publish.parallel import RenderProcess
BERLIN = ZoneInfo("Europe/Berlin")
logger = logging.getLogger("netdir.pipeline")
T = TypeVar("T")
#: Wraps one named step; the identity for plain runs, a Prefect task factory in flows.
Step = Callable[[str, Callable[..., T]], Callable[..., T]]
ProgressCallback = Callable[[str, str, int | None], None]
#: (stage, sources done, sources in this run): "extract" while sources are crawled and read,
#: then "normalize", "load", "publish".
StageCallback = Callable[[str, int, int], None]


def plain_step(name: str, function: Callable[..., T]) -> Callable[..., T]:
    """Run a step as it is (no orchestration)."""
    return function


def berlin_today() -> date:
    return datetime.now(BERLIN).date()


@dataclass(slots=True)
class RefreshOptions:
    catalog: Catalog | Path | str | None = None  # None: the shipped real catalog
    db_path: Path = DEFAULT_DB
    out: Path | str = DEFAULT_OUT
    source_ids: Sequence[str] = ()
    allow_private_hosts: bool = False
    today: date | None = None
    include_curated: bool = True
    progress: ProgressCallback | None = None
    stage_progress: StageCallback | None = None
    create_bucket: bool = False  # a missing bucket is an error unless asked to create it
    # How long to wait for another process to let go of the warehouse (0: fail at once).
    wait_seconds: float = 0


@dataclass(slots=True)
class RunPlan:
    """What a refresh reads from the warehouse before crawling; the warehouse is then let go,
    so analysts (``netdir query``) can open it while the crawl runs."""

    run_id: str
    started_at: datetime
    today: date
    catalog: Catalog
    sources: list[Source]  # the sources refreshed this run
    untouched: list[Source]  # the catalog's other sources: they keep their last records
    priors: dict[str, PriorState]  # of the refreshed and the untouched sources
    # ``inputs_fingerprint`` of this run's inputs, taken once when the run is planned (a curated
    # file edited during the crawl then differs from it next run: that run reads everything).
    fingerprint: str
    # Catalog, selection, curated entries, day and version as in the last run: a source whose
    # pages all answer 304 then lists, and passes the checks, exactly as it did then.
    inputs_as_last_run: bool = False
    # The warehouse file did not exist: created (and migrated) while the crawl runs.
    warehouse_deferred: bool = False
    # Whether the run merges the curated entries; once read (``_normalized_early``), them as
    # records: finish_run merges these objects, which the background normalizer may have done.
    include_curated: bool = True
    curated: list[RawRecord] | None = None

    @property
    def crawlable(self) -> list[Source]:
        return [source for source in self.sources if not source.login_only]

    @property
    def carried(self) -> list[RawRecord]:
        """The untouched sources' last records (built only when a run normalizes)."""
        return [
            record
            for source in self.untouched
            for record in all_prior_records(self.priors[source.id])
        ]


@dataclass(slots=True)
class RefreshReport:
    run_id: str
    results: list[SourceResult]
    summary: RunSummary
    published_to: str
    offerings_published: int
    curated_records: int = 0
    issues: list[SourceIssue] = field(default_factory=list)
    # Every page unchanged, catalog, curated entries and day as in the last run: nothing was
    # re-extracted, re-normalized or re-published (the run, its 304s and last_seen are recorded).
    unchanged: bool = False
    verdicts: list[SourceVerdict] = field(default_factory=list)
    # {source_id: {"added": n, "changed": n, "removed": n, "reappeared": n}} of this run
    changes_by_source: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def refreshed_any(self) -> bool:
        """At least one source answered with pages this run (the CLI's exit-code rule)."""
        return any(result.status in ("ok", "partial") for result in self.results)

    @property
    def broken(self) -> list[SourceVerdict]:
        return [verdict for verdict in self.verdicts if verdict.broken]


def refresh(options: RefreshOptions) -> RefreshReport:
    """Run one full refresh without Prefect."""
    return asyncio.run(run_refresh(options))


async def run_refresh(options: RefreshOptions, step: Step = plain_step) -> RefreshReport:
    """Compose the stages once. ``step`` lets the Prefect flow wrap each step as a task."""
    # A new warehouse has no validators to send: the crawl starts at once while the file is
    # created and migrated in a thread (~0.2-0.5 s that delayed every host's first request).
    plan = prepare_run(options, defer_new_warehouse=True)
    warehouse_ready = asyncio.create_task(
        asyncio.to_thread(_prepare_warehouse, options) if plan.warehouse_deferred else _nothing()
    )
    crawl = await _crawl_sources(plan, options, step, warehouse_ready)
    try:
        await warehouse_ready
        # Handed over in ``crawl``, not as arguments: a call's arguments stay referenced by the
        # calling frame until it returns, so finish_run could not let go of the records once
        # the load has them (5,000 pages: ~50,000 raw and as many normalized records, held
        # through the load and the publish).
        # With the collector: paused for the whole tail (e5b337e, ~0.5 CPU-s of collections
        # at 5,000 pages) the crawl's cyclic leftovers waited until the run's end, and two of
        # three 5,000-page runs of make bench peaked at 428-431 MB instead of 376 (memory
        # growth 1.22x -> 1.41x, over the 1.3x target). The steps that make millions of
        # acyclic objects pause it themselves (the merge, the load, the rows' read).
        return finish_run(plan, crawl, options, step, requests=crawl.requests)
    finally:
        crawl.let_go()


@dataclass(slots=True)
class _Crawled:
    """What the crawl hands to ``finish_run``; taking a part leaves no reference here."""

    results: list[SourceResult] | None
    prepared: Prepared | None
    requests: int
    # The warehouse, opened for the load from the crawl's end (``OpeningWarehouse``).
    opening: OpeningWarehouse | None = None

    def take_results(self) -> list[SourceResult]:
        results, self.results = self.results, None
        assert results is not None, "taken once"
        return results

    def take_prepared(self) -> Prepared | None:
        prepared, self.prepared = self.prepared, None
        return prepared

    def take_opening(self) -> OpeningWarehouse | None:
        opening, self.opening = self.opening, None
        return opening

    def let_go(self) -> None:
        """Close what ``finish_run`` did not take (it failed, or never ran)."""
        if self.opening is not None:
            self.opening.close()
            self.opening = None


async def _crawl_sources(
    plan: RunPlan,
    options: RefreshOptions,
    step: Step,
    warehouse_ready: asyncio.Future[None] | None = None,
) -> _Crawled:
    """Crawl and read every crawlable source: their results, the records normalized meanwhile,
    and how many requests the crawl sent. ``warehouse_ready``: the new warehouse being created
    (``RunPlan.warehouse_deferred``)."""
    # Extraction runs in worker processes with a per-page deadline: a hostile page can
    # neither block the crawl of the other sources nor hang the run. Each page's records are
    # normalized on the other core as soon as they are extracted: after the crawl only the
    # merge, which needs every record, is left.
    # Each page's body goes to a file beside the warehouse as it arrives: the load reads it back
    # from there (see netdir.warehouse.body_spool).
    bodies = BodySpool(Path(options.db_path).parent)
    async with (
        Crawler(
            plan.catalog.settings,
            allow_private_hosts=options.allow_private_hosts,
            progress=options.progress,
            set_body_aside=bodies.set_aside,
        ) as crawler,
        ExtractionPool(deadline_seconds=plan.catalog.settings.extract_deadline_seconds) as pool,
        BackgroundNormalizer(plan.today, _normalized_sources(plan)) as normalizer,
    ):
        # Only with delays: without, a hand-over per page costs the busy event loop (see
        # BATCH_RECORDS); its idle moments are the crawl's last.
        if plan.catalog.settings.delay_seconds > 0:
            normalizer.idle = lambda: crawler.waiting_out_delays
        process = step("crawl-extract", process_source)
        report_stage = _stage_reporter(options)
        preparing = _prepared_early(plan)
        forking = _forked_early(plan, preparing, crawler, pool, normalizer)
        known = asyncio.ensure_future(_nothing())
        if _forks_before_crawling(plan):
            await preparing
            normalizer.start()  # before the pool's forks (see BackgroundNormalizer)
            pool.start_workers()
            known = asyncio.ensure_future(_normalized_early(plan, normalizer))
        done = 0
        report_stage("extract", done, len(plan.crawlable))

        # Each result goes into its slot here, not out as its task's result: the tasks and the
        # gathering future are made before reading_ready's gc.freeze, so the collector never
        # frees them (they reference each other), and what they returned (every record of the
        # run) stayed referenced until the process ended: through the merge, load and publish.
        slots: list[SourceResult | None] = [None] * len(plan.crawlable)

        async def counted(index: int, source: Source) -> None:
            nonlocal done
            prior = plan.priors[source.id]
            result = await process(
                crawler,
                source,
                prior,
                extraction=pool,
                normalizer=normalizer,
                read_unchanged=not plan.inputs_as_last_run,
            )
            slots[index] = result
            done += 1
            report_stage("extract", done, len(plan.crawlable))

        try:
            await asyncio.gather(*(counted(i, source) for i, source in enumerate(plan.crawlable)))
            await preparing
        finally:
            preparing.cancel()  # its thread runs on (shielded); only this waiting ends
            forking.cancel()  # a crawl that never waited: the pages forked the workers
            known.cancel()
        opening = _opening_for_load(plan, options, slots, warehouse_ready)
        try:
            prepared = normalizer.prepared(plan.today)
        except BaseException:
            if opening is not None:
                opening.close()
            raise
    results = [result for result in slots if result is not None]
    assert len(results) == len(slots), "every source's task ended with a result"
    return _Crawled(results, prepared, crawler.requests_sent, opening)


def _opening_for_load(
    plan: RunPlan,
    options: RefreshOptions,
    results: Sequence[SourceResult | None],
    warehouse_ready: asyncio.Future[None] | None,
) -> OpeningWarehouse | None:
    """The warehouse opened for the load from now, when the crawl has ended and a page changed
    (a run with none may be unchanged: ``finish_run`` opens it for that check itself). Opening
    takes ~0.06-0.1 s, mostly DuckDB's, which now overlaps the normalization of the crawl's last
    records instead of following it (polite mode: the tail after the last request). Not while
    the crawl runs: analysts may query the warehouse meanwhile (``RunPlan``). Nor before a new
    warehouse is ready."""
    if plan.warehouse_deferred and (
        warehouse_ready is None or not warehouse_ready.done() or warehouse_ready.exception()
    ):
        return None
    if _no_page_changed([result for result in results if result is not None]):
        return None
    return OpeningWarehouse(
        options.db_path, wait_seconds=options.wait_seconds, threads=RUN_DUCKDB_THREADS
    )


def _prepared_early(plan: RunPlan) -> asyncio.Future[None]:
    """``normalization_prepared`` from the crawl's first moment when pages will surely be
    read: a source without validators (a first run) gets every page back whole. Otherwise
    it starts with the first changed page, as before (an unchanged run never needs it). With
    politeness delays the crawl waits ~1 s for its first page (robots.txt, then the delay):
    that wait now covers the imports and the gazetteer, which held back every page's
    extraction until ~1.2 CPU-s after that first page (~8 s at load 13, 20 hosts x 8 pages)."""
    if not _reads_every_page(plan):
        return asyncio.ensure_future(_nothing())
    polite = plan.catalog.settings.delay_seconds > 0
    return asyncio.ensure_future(normalization_prepared(publishers=polite))


def _forks_before_crawling(plan: RunPlan) -> bool:
    """Without politeness delays, a run that reads every page readies reading (imports, the
    gazetteer: ~0.3 CPU-s) and forks its workers before its first request. Imported in a thread
    while the crawl ran, the two shared the GIL: the workers came ~0.55 s after the crawl's start
    (1,000 pages of the bench's web), and until then the second core idled. With delays the
    crawl mostly waits, and the workers fork while it does (``_forked_early``)."""
    return plan.catalog.settings.delay_seconds <= 0 and _reads_every_page(plan)


def _reads_every_page(plan: RunPlan) -> bool:
    return any(not plan.priors[source.id].validators for source in plan.crawlable)


#: How often the crawl is asked whether it waits out its politeness delays.
_CRAWL_QUIET_POLL_SECONDS = 0.01


def _forked_early(
    plan: RunPlan,
    preparing: asyncio.Future[None],
    crawler: Crawler,
    pool: ExtractionPool,
    normalizer: BackgroundNormalizer,
) -> asyncio.Future[None]:
    """With politeness delays and pages surely read: once prepared, the normalizer and the
    extraction workers are forked while the crawl waits for its first pages. Forked when those
    pages arrived (~20-40 ms each, on the event loop), they held back the requests due then
    (20 hosts x 8 pages at delay 1: the last host wave's first page went out 0.2 s late).
    Not before every host's first request (robots.txt) has gone out: forks held those back.
    Without delays the first page forks them at once, as before."""
    if plan.catalog.settings.delay_seconds <= 0 or not _reads_every_page(plan):
        return asyncio.ensure_future(_nothing())

    async def fork_while_waiting() -> None:
        await asyncio.shield(preparing)
        while not crawler.waiting_out_delays and not pool.started:
            await asyncio.sleep(_CRAWL_QUIET_POLL_SECONDS)
        normalizer.start()  # before the pool's forks (see BackgroundNormalizer)
        pool.start_workers()
        await _normalized_early(plan, normalizer)

    return asyncio.ensure_future(fork_while_waiting())


def _normalized_sources(plan: RunPlan) -> dict[str, Source]:
    """The sources of every record a run normalizes, by id: those of ``normalize_run``."""
    by_id = {source.id: source for source in [*plan.sources, *plan.untouched]}
    by_id["curated"] = curated_source()
    return by_id


async def _normalized_early(plan: RunPlan, normalizer: BackgroundNormalizer) -> None:
    """The records a run that reads pages merges besides its pages' (the curated entries, the
    untouched sources' last records) go to the background normalizer as the crawl starts, not
    after it: normalized after the crawl, in this process, the curated entries alone held up
    the merge by ~0.15 CPU-s, most of it compiling the date and place patterns that only the
    worker had used so far. After the crawl's first requests are out (one turn of the loop).
    A curated file that does not load is loaded again after the crawl, where its error is
    raised as before."""
    await asyncio.sleep(0)
    if plan.include_curated and plan.curated is None:
        try:
            plan.curated = load_curated(default_curated_path())
        except Exception:
            logger.debug("curated entries not read early; read after the crawl", exc_info=True)
    normalizer.submit([*(plan.curated or []), *plan.carried])


def _as_loaded(result: SourceResult) -> SourceResult:
    """``result`` once the warehouse holds its page bodies and records (raw.pages, raw.records):
    a new object (a retried ``finish_run`` gets the caller's) with its pages without bodies and
    its records counted, not held (``unread_records``): publish and the report need neither."""
    if not result.records and not any(
        page.body is not None or page.body_aside is not None for page in result.pages
    ):
        return result
    return replace(
        result,
        pages=[replace(page, body=None, body_aside=None) for page in result.pages],
        records=[],
        unread_records=result.record_count,
    )


def _stage_reporter(options: RefreshOptions) -> StageCallback:
    return options.stage_progress or (lambda stage, done, total: None)


async def _nothing() -> None:
    return None


#: DuckDB's threads while a run holds the warehouse. Its default, one per core, cost ~25 % more
#: CPU for a load of 50,000 offerings on 2 cores (1.2-1.3 -> 0.9-1.0 CPU-s; the marts snapshot
#: 0.8-1.0 -> 0.7-0.8) and was no faster even alone; and the run's load and snapshot run beside
#: its other work (the background merge, the second publish process), which a second DuckDB
#: thread only takes the core from.
RUN_DUCKDB_THREADS = 1


def _open_warehouse(options: RefreshOptions) -> Warehouse:
    return Warehouse.open(
        options.db_path, wait_seconds=options.wait_seconds, threads=RUN_DUCKDB_THREADS
    )


def _prepare_warehouse(options: RefreshOptions) -> None:
    with _open_warehouse(options) as warehouse:
        warehouse.migrate()


def prepare_run(options: RefreshOptions, *, defer_new_warehouse: bool = False) -> RunPlan:
    """Load the catalog and read what the last runs left; the warehouse is open only meanwhile.

    ``defer_new_warehouse``: if the warehouse file does not exist yet (no last run, nothing
    prior), it is not created here; the caller must run ``_prepare_warehouse`` before
    ``finish_run`` (``RunPlan.warehouse_deferred`` says whether it has to).
    """
    catalog = (
        options.catalog if isinstance(options.catalog, Catalog) else load_catalog(options.catalog)
    )
    sources = catalog.select(list(options.source_ids) or None)
    # A wrong --out or missing bucket credentials must end the run now, not after the crawl.
    check_target(options.out, create_bucket=options.create_bucket)
    refreshed = {source.id for source in sources}
    untouched = [source for source in catalog.select(None) if source.id not in refreshed]
    deferred = defer_new_warehouse and not Path(options.db_path).exists()
    if deferred:
        priors = {source.id: PriorState() for source in [*sources, *untouched]}
        last = None
    else:
        priors, last = _read_priors(options, [*sources, *untouched])
    today = options.today or berlin_today()
    fingerprint = inputs_fingerprint(catalog, sources, _curated_file(options), today, options)
    return RunPlan(
        run_id=datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6],
        started_at=datetime.now(UTC),
        today=today,
        catalog=catalog,
        sources=sources,
        untouched=untouched,
        priors=priors,
        fingerprint=fingerprint,
        inputs_as_last_run=last is not None and last.inputs_fingerprint == fingerprint,
        warehouse_deferred=deferred,
        include_curated=options.include_curated,
    )


def _read_priors(
    options: RefreshOptions, sources: list[Source]
) -> tuple[dict[str, PriorState], LastRun | None]:
    with _open_warehouse(options) as warehouse:
        warehouse.migrate()
        # A refresh of some sources must not make the others' offerings look gone or changed:
        # they enter normalization with what they listed last time (``RunPlan.carried``).
        return warehouse.prior_states([source.id for source in sources]), warehouse.last_run()


def _curated_file(options: RefreshOptions) -> bytes:
    """The curated entries as their file's bytes (b"" without them): whether they changed is
    known without parsing them."""
    return default_curated_path().read_bytes() if options.include_curated else b""


def finish_run(
    plan: RunPlan,
    crawl: Sequence[SourceResult] | _Crawled,
    options: RefreshOptions,
    step: Step = plain_step,
    *,
    requests: int = 0,
    prepared: Prepared | None = None,
) -> RefreshReport:
    """Normalize, then load and publish: the warehouse is opened for writing only now.
    ``requests``: how many HTTP requests the crawl sent (recorded with the run);
    ``prepared``: the records the crawl already normalized. ``crawl``: the source results,
    or the crawl's hand-over (``_Crawled``, with the prepared records), which is emptied: the
    records are let go once loaded, which a list the caller passed (and still references)
    cannot be."""
    # Kept to take its opened warehouse from at the load: what finish_run has not taken when
    # it fails, the caller closes (``_Crawled.let_go``).
    handed_over = crawl if isinstance(crawl, _Crawled) else None
    if isinstance(crawl, _Crawled):
        prepared = crawl.take_prepared()
        crawl = crawl.take_results()
    results = [
        *crawl,
        *(
            _description_only(source, plan.priors[source.id])
            for source in plan.sources
            if source.login_only
        ),
    ]
    del crawl
    # The crawl freed most of what it allocated, but the records left alive keep its heap pages
    # resident (5,000 pages: 567 -> 418 MB once given back); the merge and publish reuse them.
    release_free_memory()
    verdicts = judge_run(plan, results)
    fingerprint = plan.fingerprint
    report_stage = _stage_reporter(options)
    crawled = len(plan.crawlable)

    def run_input(
        offerings: Sequence[Offering] | OfferingsFile, curated: SourceResult | None
    ) -> RunInput:
        return RunInput(
            run_id=plan.run_id,
            started_at=plan.started_at,
            finished_at=datetime.now(UTC),
            sources=[*plan.sources, curated_source()] if curated else list(plan.sources),
            results=[*results, curated] if curated else results,
            offerings=offerings,
            today=plan.today,
            inputs_fingerprint=fingerprint,
            requests=requests,
            retire_after_days=plan.catalog.settings.retire_after_days,
        )

    # A changed page or an issue rules "unchanged" out without the last run: the warehouse is
    # then opened once, for the load (an open and its closing checkpoint: ~0.1-0.2 s).
    with (
        _open_warehouse(options) if _no_page_changed(results) else contextlib.nullcontext()
    ) as warehouse:
        if (
            warehouse is not None
            and (last := warehouse.last_run()) is not None
            and nothing_changed(results, last, fingerprint, options.out)
        ):
            # Every page unchanged, same inputs: record the run, re-extract and publish nothing.
            # The curated entries are those of the last run (same file): counted, not parsed.
            curated_count = last.record_counts.get(curated_source().id, 0)
            unread_curated = (
                SourceResult(
                    source_id=curated_source().id,
                    status="ok",
                    healthy=True,
                    unread_records=curated_count,
                )
                if curated_count
                else None
            )
            summary = step("load", warehouse.record_unchanged_run)(
                run_input([], unread_curated), last
            )
            _, overview_count = warehouse.query("SELECT count(*) FROM mart.overview")
            return RefreshReport(
                run_id=plan.run_id,
                results=results,
                summary=summary,
                published_to=str(options.out),
                offerings_published=int(overview_count[0][0]),
                curated_records=curated_count,
                issues=[],
                unchanged=True,
                verdicts=verdicts,
            )
    # Something changed: the sources that listed what they listed last time need their records.
    results = [_with_records_read(result, plan.priors) for result in results]
    curated = _curated_records(plan) if options.include_curated else []
    curated_result = _curated_result(curated) if curated else None
    from netdir.publish.parallel import started_early

    expected_rows = sum(len(r.records) for r in results) + len(curated) + len(plan.carried)
    opening = handed_over.take_opening() if handed_over is not None else None
    with (
        opening.take() if opening is not None else _open_warehouse(options) as warehouse,
        # Publish's second process starts now: its imports overlap the merge and the load.
        started_early(expected_rows) as render_process,
        # Where the background worker writes the merged offerings for the load.
        offerings_path(Path(options.db_path).parent) as merged_into,
    ):
        # The run's pages, records and health go into the warehouse (a thread, mostly DuckDB's
        # own work on the other core) while this one merges; one transaction all the same.
        pending = warehouse.begin_load(run_input([], curated_result))
        report_stage("normalize", crawled, crawled)
        try:
            offerings = step("normalize", normalize_run)(
                results,
                [*curated, *plan.carried],
                [*plan.sources, *plan.untouched],
                plan.today,
                prepared,
                merged_into,
            )
        except BaseException:
            pending.abandon()
            raise
        prepared = None  # the records normalized during the crawl: merged into ``offerings`` now
        snapshot_first = len(offerings) <= SNAPSHOT_FIRST_MAX_OFFERINGS
        run = run_input(offerings, curated_result)
        del offerings  # held by ``run`` until the load has them
        report_stage("load", crawled, crawled)
        summary = step("load", pending.finish)(run)
        del run, pending  # the offerings are in the warehouse: publish reads them from there
        merged_into.unlink(missing_ok=True)
        # So are the page bodies and the records (~20 KB a page): publish and the report
        # need neither (the report counts the records).
        results = [_as_loaded(result) for result in results]
        release_free_memory()  # what the merge and the load let go of, before publish's peak
        changes = warehouse.changes_by_source(plan.run_id)
        report_stage("publish", crawled, crawled)
        from netdir.publish import DatasetMetadata

        metadata = DatasetMetadata.from_settings(plan.catalog.publish)
        names = {source.id: source.name for source in plan.catalog.sources}
        if curated:
            names[curated_source().id] = curated_source().name
        published_to, published = step("publish", _publish_rows)(
            warehouse,
            options.out,
            metadata,
            names,
            options.create_bucket,
            render_process,
            snapshot_first,
        )

    return RefreshReport(
        run_id=plan.run_id,
        results=results,
        summary=summary,
        published_to=published_to,
        offerings_published=published,
        curated_records=len(curated),
        issues=[issue for result in results for issue in result.issues],
        verdicts=verdicts,
        changes_by_source=changes,
    )


def judge_run(plan: RunPlan, results: Sequence[SourceResult]) -> list[SourceVerdict]:
    """One verdict per source result (see ``netdir.verdicts``), logged for the run's log."""
    by_id = {source.id: source for source in plan.sources}
    verdicts = []
    for result in results:
        source = by_id.get(result.source_id)
        prior = plan.priors.get(result.source_id, PriorState())
        start_url = str(source.start_urls[0]) if source and source.start_urls else None
        verdict = judge_source(result, start_url, prior.recent_record_counts)
        _log_source(result, verdict)
        verdicts.append(verdict)
    return verdicts


def _log_source(result: SourceResult, verdict: SourceVerdict) -> None:
    level = logging.WARNING if verdict.broken else logging.INFO
    logger.log(
        level,
        "%s: %s, %d pages (%d unchanged), %d records%s",
        result.source_id,
        verdict.verdict,
        result.pages_fetched,
        result.pages_unchanged,
        result.record_count,
        f"; {verdict.reason}" if verdict.reason else "",
        extra={"source_id": result.source_id, "url": verdict.url, "verdict": verdict.verdict},
    )


def inputs_fingerprint(
    catalog: Catalog,
    sources: Sequence[Source],
    curated_file: bytes,
    today: date,
    options: RefreshOptions,
) -> str:
    """What a run's result depends on besides the pages: the whole catalog (other sources'
    offerings are carried), the selection, the curated entries (their file, b"" without them),
    the day ("past", year-less dates), where it publishes and the netdir version (extraction
    and normalization rules)."""
    try:
        netdir_version = version("netdir")
    except PackageNotFoundError:
        netdir_version = "unknown"
    digest = hashlib.sha256()
    for part in (
        netdir_version,
        catalog.model_dump_json(warnings=False),
        ",".join(sorted(source.id for source in sources)),
        hashlib.sha256(curated_file).hexdigest(),
        today.isoformat(),
        str(options.out),
    ):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def _no_page_changed(results: Sequence[SourceResult]) -> bool:
    """No source has an issue or a changed page: the part of ``nothing_changed`` that needs no
    last run."""
    return not any(
        result.issues or any(page.changed for page in result.pages) for result in results
    )


def nothing_changed(
    results: Sequence[SourceResult], last: LastRun, fingerprint: str, out: Path | str
) -> bool:
    """True when this run would publish what the last one published: the same inputs, every
    page answered 304 (or the same bytes), every source fared as last time, and the last
    publish is still there."""
    if last.inputs_fingerprint != fingerprint:
        return False
    if not is_remote(out) and not (Path(out) / "overview.json").exists():
        return False
    for result in results:
        before = last.health.get(result.source_id)
        if before is None or (before[0], before[1]) != (result.status, result.healthy):
            return False
        if result.issues or any(page.changed for page in result.pages):
            return False
        if result.status in ("ok", "partial") and result.pages_fetched == 0:
            return False
    return True


def _with_records_read(result: SourceResult, priors: Mapping[str, PriorState]) -> SourceResult:
    """``result`` with the records it left unread, page by page as extraction would list them."""
    if not result.unread_records:
        return result
    prior = priors[result.source_id]
    records = [record for page in result.pages for record in prior_records(prior, page)]
    return replace(result, records=records, unread_records=0)


def _description_only(source: Source, prior: PriorState) -> SourceResult:
    """Login-only platforms: nothing to crawl; their curated entry describes them."""
    return SourceResult(
        source_id=source.id, status="skipped", records=all_prior_records(prior), healthy=False
    )


def _curated_records(plan: RunPlan) -> list[RawRecord]:
    """The curated entries as records: those read during the crawl (``_normalized_early``),
    else read now."""
    if plan.curated is None:
        plan.curated = load_curated(default_curated_path())
    return plan.curated


def _curated_result(records: list[RawRecord]) -> SourceResult:
    return SourceResult(source_id="curated", status="ok", records=records, healthy=True)


def normalize_run(
    results: Sequence[SourceResult],
    extra_records: Sequence[RawRecord],
    sources: Sequence[Source],
    today: date,
    prepared: Prepared | None = None,
    into: Path | None = None,
) -> list[Offering] | OfferingsFile:
    """Normalize and merge this run's records plus ``extra_records`` (curated, carried over);
    ``prepared``: records normalized during the crawl. ``into``: where the background worker
    writes the offerings it merges for the load (``OfferingsFile``, else a list)."""
    from netdir.normalize import normalize_all

    records = [record for result in results for record in result.records]
    records.extend(extra_records)
    by_id = {source.id: source for source in sources}
    by_id["curated"] = curated_source()
    return normalize_all(
        records,
        today=today,
        sources=by_id,
        prepared=prepared,
        finish=_without_personal_data,
        into=into,
    )


def _without_personal_data(offering: Offering) -> Offering:
    """The overview names offerings, not people (see netdir.privacy)."""
    offering.title = redact_personal_data(offering.title) or offering.title
    offering.description = redact_personal_data(offering.description)
    offering.organizer = redact_personal_data(offering.organizer)
    offering.venue = redact_personal_data(offering.venue)
    return offering


def _publish_rows(
    warehouse: Warehouse,
    out: Path | str,
    metadata: DatasetMetadata,
    source_names: dict[str, str],
    create_bucket: bool,
    render_process: RenderProcess | None = None,
    snapshot_first: bool = False,
) -> tuple[str, int]:
    """Publish the warehouse's overview; where it went and how many offerings it holds.
    The rows are streamed from the warehouse: publish keeps one form of each, not two.
    ``snapshot_first``: write the marts snapshot beside the rows' read (``EarlySnapshot``)."""
    from netdir.publish import publish

    rows = warehouse.iter_overview_rows()
    revisions = warehouse.offering_revisions()
    # A few offerings: the snapshot starts now, beside the rows' read (netdir.early_snapshot);
    # after the reads above, as it holds the warehouse's connection until it is written.
    with (
        EarlySnapshot(warehouse, Path(str(out).removeprefix("file://")))
        if snapshot_first and not is_remote(out)
        else contextlib.nullcontext()
    ) as early:

        def snapshot(path: Path) -> None:
            if early is not None:
                early.move_to(path)
            else:
                warehouse.export_marts(path)
            # The load's WAL (page bodies, records, history) is written into the file here, in
            # publish's snapshot thread, mostly waiting for the disk while the formats render:
            # closing the warehouse afterwards wrote it after publish, on the run's critical
            # path (0.04-0.2 s at 160 pages, polite mode).
            warehouse.checkpoint()

        report = publish(
            rows,
            out,
            snapshot=snapshot,
            metadata=metadata,
            create_bucket=create_bucket,
            revisions_by_id=revisions,
            source_names=source_names,
            render_process=render_process,
        )
    return str(getattr(report, "location", out)), report.count
