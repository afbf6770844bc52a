"""One source's step of a refresh: crawl it, extract its changed pages (in the worker pool while the
crawl goes on), follow pagination only the data names, enrich records from detail pages, check
validity — and when the source breaks, keep what it listed last time."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from netdir.catalog import Source
from netdir.crawl import Crawler, canonicalize_url
from netdir.extract.isolation import ExtractionPool, PageReading
from netdir.normalize.background import BackgroundNormalizer
from netdir.reading_ready import normalization_prepared, prepare_normalization
from netdir.records import (
    CrawlResult,
    Page,
    PageValidators,
    RawRecord,
    SourceIssue,
    SourceResult,
    SourceStatus,
)
from netdir.warehouse import PriorState
from netdir.warehouse.prior import PriorRecords

if TYPE_CHECKING:
    # The validity checks are imported by a run that reads pages, when it first does.
    from netdir.crawl.pagination import NextLink
    from netdir.extract.validity import ValidityCounts


async def process_source(
    crawler: Crawler,
    source: Source,
    prior: PriorState,
    *,
    extraction: ExtractionPool | None = None,
    normalizer: BackgroundNormalizer | None = None,
    read_unchanged: bool = True,
) -> SourceResult:
    """Crawl one source and extract its records; keep the last good records when it breaks.

    A bug or an unexpected page in one source must not take the other sources down with it: any
    exception becomes a failed result that names the source, and its last good records stay.
    ``extraction`` runs each page in a worker process with a deadline; without it pages are
    extracted in this process (tools and tests that read trusted pages). ``normalizer``
    normalizes each page's records in the background.
    ``read_unchanged=False``: a source whose pages all answered as in its last healthy run
    leaves its records unread (``SourceResult.unread_records``); ``finish_run`` reads them if the
    run needs them. Only for callers that hand the result to ``finish_run`` with the same priors.
    """
    try:
        return await _process_source(
            crawler,
            source,
            prior,
            _Extractor(source, crawler, extraction, normalizer),
            read_unchanged,
        )
    except Exception as exc:
        issue = SourceIssue(
            source.id,
            str(source.start_urls[0]),
            "pipeline",
            f"processing failed: {type(exc).__name__}: {exc}",
            hint="run `netdir inspect URL` on the start page; report a bug if it reproduces",
        )
        return SourceResult(
            source_id=source.id,
            status="failed",
            records=all_prior_records(prior),
            issues=[issue],
            healthy=False,
            carried=True,
        )


def all_prior_records(prior: PriorState) -> list[RawRecord]:
    return [record for page_records in prior.records_by_page.values() for record in page_records]


@dataclass(slots=True)
class _Extractor:
    """Extraction of one source's pages: in the worker pool when there is one."""

    source: Source
    crawler: Crawler
    pool: ExtractionPool | None
    normalizer: BackgroundNormalizer | None = None

    @property
    def deadline(self) -> float:
        return self.source.effective_settings(self.crawler.defaults).extract_deadline_seconds

    @property
    def finds_next_links(self) -> bool:
        """Whether ``extract(page, find_next=True)`` can give the crawl its next link without
        holding it up: the worker parses the page anyway, so this process need not parse it
        a second time for the link (~0.7 CPU-ms a page, on the crawl's event loop). Not while
        the extractors are still being imported (~1 s at a first run's start): the crawl
        finds its links itself meanwhile, as it did before."""
        return self.pool is not None and bool(prepare_normalization.cache_info().currsize)

    async def extract(self, page: Page, *, find_next: bool = False) -> PageReading:
        # With politeness delays the crawl mostly waits: the publishers are imported meanwhile.
        await normalization_prepared(publishers=self.crawler.defaults.delay_seconds > 0)
        if self.normalizer is not None:
            self.normalizer.start()  # before the pool's first fork (see BackgroundNormalizer)
        if self.pool is None:
            from netdir.extract import extract_page

            result = extract_page(page, self.source, find_next=find_next)
            from netdir.extract.validity import count_validity

            reading = PageReading(result, count_validity(self.source, result.records))
        else:
            reading = await self.pool.read(
                page, self.source, deadline_seconds=self.deadline, find_next=find_next
            )
        if self.normalizer is not None:
            self.normalizer.submit(reading.result.records)
        # Read: the text (as large again as the body the warehouse keeps) is not needed again.
        page.text = None
        return reading

    async def enrich(self, record: RawRecord, page: Page) -> tuple[RawRecord, SourceIssue | None]:
        if self.pool is None:
            from netdir.extract import enrich_from_detail

            return enrich_from_detail(record, page, self.source), None
        return await self.pool.enrich(record, page, self.source, deadline_seconds=self.deadline)


async def _process_source(
    crawler: Crawler,
    source: Source,
    prior: PriorState,
    extractor: _Extractor,
    read_unchanged: bool = True,
) -> SourceResult:
    # Each changed page goes to extraction as soon as it arrives: the workers read it while
    # the crawl waits for the next one (politeness delays, the network).
    early: dict[int, asyncio.Future[PageReading]] = {}

    def extract_now(page: Page) -> Awaitable[NextLink | None] | None:
        if not _needs_extraction(page):
            return None
        find_next = extractor.finds_next_links
        reading = asyncio.ensure_future(extractor.extract(page, find_next=find_next))
        early[id(page)] = reading
        return _next_link_of(reading) if find_next else None

    try:
        crawl = await crawler.crawl_source(source, _listing_validators(prior), extract_now)
        if not read_unchanged and _as_in_last_healthy_run(source, crawl, prior, crawler):
            return _unread_result(source, crawl, prior)
        records, issues, listed = await _extract_pages(extractor, crawl.pages, prior, early)
    finally:
        for pending in early.values():
            pending.cancel()  # only those the crawl's failure left behind are still pending
    issues = [*crawl.issues, *issues]
    listed += await _follow_data_pagination(extractor, prior, crawl, records, issues)
    # The validity checks (and their title rules) are loaded only by a run that reads pages.
    from netdir.extract.validity import check_validity, count_validity

    counts: ValidityCounts | None = listed
    detail_pages: list[Page] = []
    if source.detail and source.detail.enabled and records:
        records, detail_pages, detail_issues = await _enrich_with_details(extractor, records, prior)
        issues.extend(detail_issues)
        counts = None  # detail pages may have changed titles and links: count again

    fetched = [page for page in crawl.pages if page.status < 400]
    unchanged = sum(1 for page in fetched if not page.changed)
    detail_ok = [page for page in detail_pages if page.status < 400]
    carried_urls: set[str] = set()
    if not crawl.complete:
        # Pages that failed this time still list what they listed last time (not seen now).
        fetched_urls = {url for page in fetched for url in (page.url, page.final_url)}
        seen_urls = {record.url or record.page_url for record in records}
        for page_url, page_records in prior.records_by_page.items():
            if page_url not in fetched_urls:
                records.extend(page_records)
                carried_urls.update(record.url or record.page_url for record in page_records)
                if counts is not None:
                    counts += count_validity(source, page_records)
        carried_urls -= seen_urls
    validity = check_validity(source, records, counts=counts)
    if validity.issue is not None:
        issues.append(validity.issue)
    lost_everything = not records and any(prior.records_by_page.values())
    if lost_everything:
        issues.append(
            SourceIssue(
                source.id,
                str(source.start_urls[0]),
                "validity",
                "no records found where the last run found some",
                hint="the page layout may have changed: run `netdir inspect URL` and update the rules",
            )
        )
    status = _source_status(crawl, fetched, issues)
    records_found = len(records)
    healthy = status == "ok" and crawl.complete and validity.ok and not lost_everything
    carried = status in ("failed", "unreachable") or not validity.ok or lost_everything
    if carried:
        # A broken source never erases good data: publish what it listed last time.
        records = all_prior_records(prior)
    return SourceResult(
        source_id=source.id,
        status=status,
        pages=[*crawl.pages, *detail_pages],
        records=records,
        issues=issues,
        robots_skipped=crawl.robots_skipped,
        healthy=healthy,
        pages_fetched=len(fetched) + len(detail_ok),
        pages_unchanged=unchanged + sum(1 for page in detail_ok if not page.changed),
        carried=carried,
        carried_urls=[] if carried else sorted(carried_urls),
        records_found=records_found,
    )


def _as_in_last_healthy_run(
    source: Source, crawl: CrawlResult, prior: PriorState, crawler: Crawler
) -> bool:
    """Every page answered "not modified" (or the same bytes), and they are all the pages the
    last healthy run took its records from: the source lists exactly those records, which
    passed every check then. Nothing to extract, enrich, follow or check again."""
    if not (prior.records_healthy and crawl.complete and crawl.pages) or crawl.issues:
        return False
    if crawl.unreachable or (source.detail and source.detail.enabled):
        return False  # detail pages are fetched for the records' URLs
    urls: set[str] = set()
    for page in crawl.pages:
        if page.status >= 400 or page.changed:
            return False
        urls.update((page.url, page.final_url))
    limit = source.max_pages or source.effective_settings(crawler.defaults).max_pages
    if len(crawl.pages) < limit and any(p.next_url and p.next_url not in urls for p in crawl.pages):
        return False  # a next page only the data names (see _follow_data_pagination)
    return all(page_url in urls for page_url in prior.records_by_page)


def _unread_result(source: Source, crawl: CrawlResult, prior: PriorState) -> SourceResult:
    count = sum(_prior_record_count(prior, page) for page in crawl.pages)
    return SourceResult(
        source_id=source.id,
        status="ok",
        pages=crawl.pages,
        robots_skipped=crawl.robots_skipped,
        healthy=True,
        pages_fetched=len(crawl.pages),
        pages_unchanged=len(crawl.pages),
        records_found=count,
        unread_records=count,
    )


def _prior_record_count(prior: PriorState, page: Page) -> int:
    """``len(prior_records(prior, page))`` without building the records."""
    records = prior.records_by_page
    for key in (page.url, page.final_url):
        if key in records:
            return records.count(key) if isinstance(records, PriorRecords) else len(records[key])
    return 0


async def _next_link_of(reading: asyncio.Future[PageReading]) -> NextLink | None:
    """The next link the extraction of a page found; None if it failed (the crawler then looks
    for it itself). Shielded: the crawl's waiting for the link must not cancel the reading."""
    try:
        return (await asyncio.shield(reading)).result.next_link
    except Exception:
        return None


def _needs_extraction(page: Page) -> bool:
    return page.status < 400 and page.changed and page.text is not None


async def _extract_pages(
    extractor: _Extractor,
    pages: Sequence[Page],
    prior: PriorState,
    started: Mapping[int, asyncio.Future[PageReading]] | None = None,
) -> tuple[list[RawRecord], list[SourceIssue], ValidityCounts]:
    """Records of ``pages``: extracted from changed ones (``started``: extractions already
    under way, by ``id(page)``), the last run's for unchanged ones; and their validity counts."""
    records: list[RawRecord] = []
    issues: list[SourceIssue] = []
    from netdir.extract.validity import ValidityCounts, count_validity

    counts = ValidityCounts()
    started = started or {}
    # A page whose extraction started early may have let go of its text already.
    changed = [p for p in pages if id(p) in started or _needs_extraction(p)]
    # The pool bounds how many run at once; gathering keeps both workers busy.
    results = dict(
        zip(
            map(id, changed),
            await asyncio.gather(
                *(started.get(id(page)) or extractor.extract(page) for page in changed)
            ),
            strict=True,
        )
    )
    for page in pages:
        if page.status >= 400:
            continue
        if id(page) not in results:
            # 304 or identical bytes: the last run's records of this page are still true.
            reused = prior_records(prior, page)
            records.extend(reused)
            counts += count_validity(extractor.source, reused)
            continue
        reading = results[id(page)]
        result = reading.result
        if result.next_url and not page.next_url:
            # Remembered with the page, so a 304 next time still knows where the data goes on.
            page.next_url = canonicalize_url(result.next_url)
        records.extend(result.records)
        issues.extend(result.issues)
        counts += reading.validity
    return records, issues, counts


async def _follow_data_pagination(
    extractor: _Extractor,
    prior: PriorState,
    crawl: CrawlResult,
    records: list[RawRecord],
    issues: list[SourceIssue],
) -> ValidityCounts:
    """Follow next pages that only the data says exist (The Events Calendar's next_rest_url).

    The crawler follows HTML pagination itself; a JSON API's "next" link is found by extraction,
    so the pipeline asks the crawler for those pages, bounded by the same ``max_pages``.
    Returns the validity counts of the records it added.
    """
    from netdir.extract.validity import ValidityCounts

    crawler, source = extractor.crawler, extractor.source
    counts = ValidityCounts()
    limit = source.max_pages or source.effective_settings(crawler.defaults).max_pages
    seen = {page.url for page in crawl.pages}
    pending = [page.next_url for page in crawl.pages if page.next_url]
    while len(crawl.pages) < limit:
        batch = list(dict.fromkeys(url for url in pending if url and url not in seen))
        batch = batch[: limit - len(crawl.pages)]
        if not batch:
            return counts
        seen.update(batch)
        more = await crawler.fetch_urls(source, batch, prior.validators)
        crawl.pages.extend(more.pages)
        crawl.complete = crawl.complete and more.complete
        issues.extend(more.issues)
        new_records, new_issues, new_counts = await _extract_pages(extractor, more.pages, prior)
        records.extend(new_records)
        issues.extend(new_issues)
        counts += new_counts
        pending = [page.next_url for page in more.pages if page.next_url]
    return counts


def _listing_validators(prior: PriorState) -> dict[str, PageValidators]:
    """Validators only for pages whose last records we still hold.

    A 304 is only useful when the records of that very page can be reused; for any other page
    (its records were never stored, or belong to an older run) netdir needs the body again.
    """
    return {url: v for url, v in prior.validators.items() if url in prior.records_by_page}


def prior_records(prior: PriorState, page: Page) -> list[RawRecord]:
    for key in (page.url, page.final_url):
        if key in prior.records_by_page:
            return list(prior.records_by_page[key])
    return []


async def _enrich_with_details(
    extractor: _Extractor, records: list[RawRecord], prior: PriorState
) -> tuple[list[RawRecord], list[Page], list[SourceIssue]]:
    """Enrich records from their detail pages; the pages are stored for conditional requests."""
    crawler, source = extractor.crawler, extractor.source
    assert source.detail is not None
    urls = list(dict.fromkeys(record.url for record in records if record.url))[
        : source.detail.max_pages
    ]
    detail: CrawlResult = await crawler.fetch_urls(source, urls, prior.validators)
    pages_by_url: dict[str, Page] = {}
    unchanged_urls: set[str] = set()
    for page in detail.pages:
        if page.status >= 400:
            continue
        if page.text is not None and page.changed:
            pages_by_url[page.url] = pages_by_url[page.final_url] = page
        else:
            unchanged_urls.update((page.url, page.final_url))
    last_enriched = {
        record.url: record
        for page_records in prior.records_by_page.values()
        for record in page_records
        if record.url
    }
    issues = list(detail.issues)

    async def enrich(record: RawRecord) -> RawRecord:
        if record.url in pages_by_url:
            record, issue = await extractor.enrich(record, pages_by_url[record.url])
            if issue is not None:
                issues.append(issue)
        elif record.url in unchanged_urls and record.url in last_enriched:
            record = _with_detail_fields_of(record, last_enriched[record.url])
        return record

    enriched = list(await asyncio.gather(*(enrich(record) for record in records)))
    return enriched, detail.pages, issues


def _with_detail_fields_of(record: RawRecord, last: RawRecord) -> RawRecord:
    """An unchanged detail page (304) says what it said last time: reuse those fields."""
    record = replace(record, field_sources=dict(record.field_sources), extra=dict(record.extra))
    for name, origin in last.field_sources.items():
        if origin.startswith("detail:") and getattr(record, name, None) in (None, "", []):
            setattr(record, name, getattr(last, name))
            record.field_sources[name] = origin
    if "detail_url" in last.extra:
        record.extra["detail_url"] = last.extra["detail_url"]
    return record


def _source_status(
    crawl: CrawlResult, fetched: Sequence[Page], issues: Sequence[SourceIssue]
) -> SourceStatus:
    if crawl.unreachable:
        return "unreachable"
    if not fetched:
        return "failed"
    if issues or not crawl.complete:
        return "partial"
    return "ok"
