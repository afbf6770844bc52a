"""Normalize records in a worker process while the crawl goes on.

During a crawl the main process is busy with the network and its event loop, and after it the
merge needs every record: normalizing each page's records as soon as they are extracted, on the
other core, leaves only the merge for after the crawl (10,000 records: ~2.5 CPU-s off the tail).

The result is the one normalizing afterwards gives: a record is a pure input, and ``today`` and
the sources are fixed for a run. A record is matched to its result by identity (the pipeline
never changes a record after extraction: enrichment and carrying make new ones, which are then
normalized after the crawl as before), and any record the worker did not do (an error, a dead
worker, a batch still running at shutdown) is normalized after the crawl as before — so an error
is still raised with the record's source and URL, from the main process.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar, cast

from netdir.catalog.model import Source
from netdir.records import Offering, RawRecord, SourceRef

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    # Imported by the worker and once a page needs reading: an unchanged re-run (every page
    # 304) imports no normalization rules (see the pipeline).
    from netdir.normalize.stage import Normalized, Prepared

T = TypeVar("T")
#: A batch of records sent to the worker, and its results to come.
_Batch = tuple[Sequence[RawRecord], "Future[list[Normalized | None]]"]

#: Records sent to the worker at a time. Each hand-over costs this process's pool threads
#: a few GIL switches against the busy event loop (~10 ms); one page (10 records) at a time,
#: the worker got only ~55 % of a 1,000-page crawl's records before the crawl ended.
BATCH_RECORDS = 250

# Set in the worker by _start (inherited through fork, not pickled).
_today: date | None = None
_sources: Mapping[str, Source] = {}


def _start(today: date, sources: Mapping[str, Source]) -> None:
    global _today, _sources
    _today, _sources = today, sources
    # As in the extraction workers: what the fork inherited (the gazetteer, the catalog, the
    # crawl's pages so far) goes to the collector's permanent generation, so the worker's
    # collections walk only its own batches.
    gc.freeze()


def _warm_up() -> None:
    from netdir.normalize.topics import load_taxonomy

    load_taxonomy()


def _normalize_batch(records: Sequence[RawRecord]) -> list[Normalized | None]:
    from netdir.normalize.stage import normalize_one

    assert _today is not None, "worker started without _start"
    done: list[Normalized | None] = []
    for raw in records:
        try:
            done.append(normalize_one(raw, today=_today, source=_sources.get(raw.source_id)))
        except Exception:  # the main process normalizes it again and reports the error
            done.append(None)
    _share_equal_values(done)
    return done


#: Offering fields whose values repeat across a batch (a source's organizer, a town, a kind,
#: the same title on other days).
_REPEATING_TEXT = (
    "title", "kind", "date_precision", "format", "venue", "city", "state", "organizer",
    "description",
)  # fmt: skip


def _share_equal_values(done: list[Normalized | None]) -> None:
    """One object for each repeated value of the batch: its pickle then holds the value once,
    and the main process, which keeps every normalized record until the merge, unpickles one
    object where it made one per record (the field provenance alone is a dict of a dozen
    entries, the same on every record of a source). 5,000 records of the bench's web: 3.2 ->
    2.1 KB each in the main process. Nothing changes a normalized offering's lists or dicts
    after normalization (the merge builds new ones), and match features are frozen, so they
    may be shared."""
    from netdir.normalize.stage import Normalized

    share = _Shared()
    provenances: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
    lists: dict[tuple[str, ...], list[str]] = {}
    for index, item in enumerate(done):
        if item is None:
            continue
        offering = item.offering
        for name in _REPEATING_TEXT:
            value = getattr(offering, name)
            if value is not None:
                setattr(offering, name, share(value))
        provenance = offering.field_provenance
        offering.field_provenance = provenances.setdefault(tuple(provenance.items()), provenance)
        offering.audience = lists.setdefault(("audience", *offering.audience), offering.audience)
        offering.topics = lists.setdefault(("topics", *offering.topics), offering.topics)
        features = item.features
        shared = replace(
            features,
            title=share(features.title),
            tokens=share(features.tokens),
            years=share(features.years),
            numbers=share(features.numbers),
            formats=share(features.formats),
            span=share(features.span),
            city=share(features.city),
            domain=share(features.domain),
        )
        done[index] = Normalized(offering, shared)


#: Offering fields that mostly keep the raw record's text as it is, and are (nearly) unique per
#: record: the worker's copy and the one this process holds of the raw record become one.
_RAW_TEXT = ("title", "url", "description")

#: Offering texts that repeat across the run's pages (the same day and hour on many pages): one
#: object each in this process, where a batch's pickle shares them only within the batch.
_RUN_TEXT = ("start", "end", "date_text")


def _share_raw_text(offering: Offering, raw: RawRecord) -> None:
    """Where a normalized offering's text equals its raw record's, the offering takes the raw
    record's object: both are held until the merge, and the worker's copy came back through the
    pipe as a second one (~0.45 KB a record on the bench's pages). Likewise the URL each source
    reference names."""
    for name in _RAW_TEXT:
        value = getattr(offering, name)
        if value is not None:
            same = getattr(raw, name)
            if same == value:
                setattr(offering, name, same)
    if any(ref.url == raw.url and ref.url is not raw.url for ref in offering.sources):
        offering.sources = [
            SourceRef(ref.source_id, raw.url, ref.extractor) if ref.url == raw.url else ref
            for ref in offering.sources
        ]


class _RunShared:
    """What this process holds of the run's normalized records, one object per distinct value
    across the whole run (each batch's pickle shares values only within its batch). Every
    normalized record is held from its batch's return until the merge: 50,000 records of the
    bench's web (5,000 pages) 2.5 -> 1.8 KB each. Match features are frozen and nothing changes
    an offering's texts after normalization (the merge builds new offerings), so records may
    share them."""

    def __init__(self) -> None:
        self._texts: dict[object, object] = {}
        #: title key -> the features' (title, tokens) objects of the first record with it
        self._titles: dict[str, tuple[str, frozenset[str]]] = {}

    def hold(self, item: Normalized, raw: RawRecord) -> Normalized:
        """``item`` with its values shared: its own objects, or the run's equal ones."""
        from netdir.normalize.stage import Normalized

        offering = item.offering
        _share_raw_text(offering, raw)
        texts = self._texts.setdefault
        for name in _RUN_TEXT:
            value = getattr(offering, name)
            if value is not None:
                setattr(offering, name, texts(value, value))
        offering.confidence = texts(offering.confidence, offering.confidence)  # type: ignore[assignment]
        features = item.features
        title, tokens = self._titles.setdefault(features.title, (features.title, features.tokens))
        # The canonical URL mostly is the offering's URL, now the raw record's object.
        url = offering.url if features.url == offering.url else features.url
        span = texts(features.span, features.span) if features.span is not None else None
        if (
            title is features.title
            and tokens is features.tokens
            and url is features.url
            and span is features.span
        ):
            return item
        return Normalized(
            offering,
            replace(features, title=title, tokens=tokens, url=url, span=span),  # type: ignore[arg-type]
        )


class _Shared:
    """``shared(value)``: the first value equal to ``value`` this object was given."""

    def __init__(self) -> None:
        self._values: dict[object, object] = {}

    def __call__(self, value: T) -> T:
        return cast(T, self._values.setdefault(value, value))


class BackgroundNormalizer:
    """One worker process that normalizes batches of records; ``prepared()`` collects what it
    did. ``start()`` forks it: call it before the extraction pool forks its workers (a process
    forked later holds the pool's pipe ends, and the pool's workers would not see them close)
    and after the gazetteer is read (the worker inherits it)."""

    def __init__(self, today: date, sources: Mapping[str, Source]) -> None:
        self.today = today
        self.sources = dict(sources)
        self._pool: ProcessPoolExecutor | None = None
        self._batches: deque[_Batch] = deque()
        self._waiting: list[RawRecord] = []  # not sent yet: fewer than BATCH_RECORDS
        self._broken = False
        #: Records normalized in this process because the worker had not started their batch.
        self.taken_over = 0
        self._held = _RunShared()
        #: The finished batches' records, their values shared with the run's (``_collect``).
        self._done: dict[int, tuple[RawRecord, Normalized]] = {}

    async def __aenter__(self) -> BackgroundNormalizer:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def start(self) -> None:
        """Fork the worker now (once)."""
        if self._pool is not None or self._broken:
            return
        from concurrent.futures import ProcessPoolExecutor  # not needed by an unchanged run

        self._pool = ProcessPoolExecutor(
            max_workers=1,
            # fork: spawn would re-import everything (seconds) and pickle the sources.
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start,
            initargs=(self.today, self.sources),
        )
        try:
            self._pool.submit(_warm_up)  # a pool forks its worker on the first task
        except RuntimeError:
            self._broken = True

    def submit(self, records: Sequence[RawRecord]) -> None:
        """Queue ``records`` (returns at once). They must not be changed afterwards."""
        self.start()
        if not records or self._broken or self._pool is None:
            return
        self._collect()
        self._waiting.extend(records)
        if len(self._waiting) < BATCH_RECORDS:
            return
        batch, self._waiting = tuple(self._waiting), []
        try:
            self._batches.append((batch, self._pool.submit(_normalize_batch, batch)))
        except RuntimeError:  # the worker died (BrokenProcessPool): the rest is done afterwards
            self._broken = True

    def prepared(self, today: date) -> Prepared:
        """Collect the queued batches; the lookup answers None for records not done (or when
        ``today`` is not the day they were normalized for).

        Batches the worker has not started yet are normalized here meanwhile, from the last
        one back, until the two meet: when the crawl ends before the worker does (a busy
        machine, a fast crawl), both cores finish the rest instead of this one waiting."""
        by_record, self._done = self._done, {}
        if today == self.today:
            self._normalize_here(self._waiting, by_record)
            self._take_over_unstarted(by_record)
            while self._batches:
                self._take_result(*self._batches.popleft(), by_record)
        else:
            by_record = {}
        self._batches.clear()
        self._waiting = []
        self._held = _RunShared()  # its tables: the records hold what they share
        from netdir.normalize.stage import Prepared

        return Prepared(by_record)

    def _collect(self) -> None:
        """Take the batches the worker has finished, in order, sharing their values with the
        run's now: held as they came back until the crawl ended, the batches' own copies were
        the crawl's high-water mark, and the heap the main process keeps through the merge,
        the load and publish (a freed object's pages mostly stay the process's)."""
        while self._batches and self._batches[0][1].done():
            self._take_result(*self._batches.popleft(), self._done)

    def _take_result(
        self,
        batch: Sequence[RawRecord],
        future: Future[list[Normalized | None]],
        into: dict[int, tuple[RawRecord, Normalized]],
    ) -> None:
        if future.cancelled():
            return
        try:
            results = future.result()
        except Exception:  # a dead worker: those records are normalized afterwards
            return
        for raw, result in zip(batch, results, strict=True):
            if result is not None:
                into[id(raw)] = (raw, self._held.hold(result, raw))

    def _take_over_unstarted(self, into: dict[int, tuple[RawRecord, Normalized]]) -> None:
        for batch, future in reversed(self._batches):
            # A future the pool has handed to the worker can no longer be cancelled, and it
            # hands them over in order: every earlier one is under way or done.
            if not future.cancel():
                return
            self._normalize_here(batch, into)

    def _normalize_here(
        self, batch: Sequence[RawRecord], into: dict[int, tuple[RawRecord, Normalized]]
    ) -> None:
        from netdir.gc_pause import gc_paused
        from netdir.normalize.stage import normalize_one

        self.taken_over += len(batch)
        with gc_paused():  # offerings form no cycles
            for raw in batch:
                source = self.sources.get(raw.source_id)
                try:
                    done = normalize_one(raw, today=self.today, source=source)
                except Exception:  # normalized again afterwards, where the error is raised
                    continue
                into[id(raw)] = (raw, self._held.hold(done, raw))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._batches.clear()
        self._waiting = []
        self._done = {}
