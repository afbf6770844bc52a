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

The worker keeps what it normalized and, after the crawl, merges it with what this process
normalized itself (``HeldRecords``): the normalized records then live in one process only, not
pickled back into this one beside its raw records (50,000 records of the bench's web: ~1 KB
each here), and the merge's working set is the worker's too. This process gets the merged
offerings.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.connection
import weakref
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from operator import attrgetter
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from netdir.catalog.model import Source
from netdir.gc_pause import gc_paused
from netdir.heap import release_free_memory
from netdir.records import Offering, RawRecord, SourceRef

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.process import BaseProcess

    # Imported by the worker and once a page needs reading: an unchanged re-run (every page
    # 304) imports no normalization rules (see the pipeline).
    from netdir.normalize.stage import Normalized, Prepared
    from netdir.warehouse.offerings_file import OfferingsFile

T = TypeVar("T")
#: A batch of records sent to the worker: its number and records, and which of them it did.
_Batch = tuple[int, Sequence[RawRecord], "Future[bytes]"]

#: Records sent to the worker at a time. Each hand-over costs this process's pool threads
#: a few GIL switches against the busy event loop (~10 ms); one page (10 records) at a time,
#: the worker got only ~55 % of a 1,000-page crawl's records before the crawl ended.
BATCH_RECORDS = 250

# Set in the worker by _start (inherited through fork, not pickled).
_today: date | None = None
_sources: Mapping[str, Source] = {}
#: In the worker: each batch's records, normalized (None: not done), by batch number.
_held: dict[int, list[Normalized | None]] = {}
#: A held record's number: its batch's number shifted by this, plus its place in the batch.
_PLACE_BITS = 24

#: How often a wait for the worker looks whether it is still alive (seconds).
_LIVENESS_SECONDS = 0.5


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
    # What writing the merged offerings for the load needs (pyarrow: ~0.1-0.2 CPU-s), now,
    # while the first pages are read, not after the crawl, on the run's critical path.
    import netdir.warehouse.arrow_tables  # noqa: F401


def _normalize_batch(number: int, records: Sequence[RawRecord]) -> bytes:
    """Normalize and keep a batch (for ``_merge_held``); which records were done, one byte
    each (1: done)."""
    done = _normalized(records)
    _held[number] = done
    return bytes(item is not None for item in done)


def _merge_held(
    items: list[Normalized | int],
    precedence: Mapping[str, int],
    domains: Mapping[str, Sequence[str]],
    finish: Callable[[Offering], Offering] | None = None,
    into: Path | None = None,
) -> list[Offering] | OfferingsFile:
    """``merge_normalized`` of the records in ``items``: each a held record's number or one
    normalized by the main process, in the order the main process merges them; each offering
    then passed through ``finish``. With ``into``: written there for the load
    (``netdir.warehouse.offerings_file``), and only where they are comes back."""
    from netdir.normalize.merge import merge_normalized

    held = _held
    records: list[Normalized] = []
    with gc_paused():  # offerings, members and clusters form no cycles
        for item in items:
            if isinstance(item, int):
                found = held[item >> _PLACE_BITS][item & ((1 << _PLACE_BITS) - 1)]
                assert found is not None, "the main process merges only records done here"
                records.append(found)
            else:
                records.append(item)
        del items
        held.clear()  # ``records`` holds them now: the merge lets go of each in turn
        merged = merge_normalized(records, precedence=precedence, domains=domains)
        if into is not None:
            # Finished and written by two processes (a fork makes the second half).
            from netdir.warehouse.offerings_halves import write_offerings_halves

            return write_offerings_halves(merged, into, finish)
        if finish is not None:
            merged = [finish(offering) for offering in merged]
        _share_merged_values(merged)
        return merged


def _normalized(records: Sequence[RawRecord]) -> list[Normalized | None]:
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
_read_repeating_text = attrgetter(*_REPEATING_TEXT)


class _SharedCollections:
    """One object for each distinct provenance dict and audience or topic list of the offerings
    it is given (``share``): equal ones of other offerings become the first one seen."""

    def __init__(self) -> None:
        self._provenances: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}
        self._lists: dict[tuple[str, ...], list[str]] = {}

    def share(self, offering: Offering) -> None:
        provenance = offering.field_provenance
        offering.field_provenance = self._provenances.setdefault(
            tuple(provenance.items()), provenance
        )
        lists = self._lists
        offering.audience = lists.setdefault(("audience", *offering.audience), offering.audience)
        offering.topics = lists.setdefault(("topics", *offering.topics), offering.topics)


def _share_equal_values(done: list[Normalized | None]) -> None:
    """One object for each repeated value of the batch: the worker, which keeps every
    normalized record until the merge, holds one object where it made one per record (the
    field provenance alone is a dict of a dozen entries, the same on every record of a
    source; 5,000 records of the bench's web: 3.2 -> 2.1 KB each). Nothing changes a
    normalized offering's lists or dicts after normalization (the merge builds new ones), and
    match features are frozen, so they may be shared."""
    from netdir.normalize.merge import MatchFeatures
    from netdir.normalize.stage import Normalized

    values: dict[Any, Any] = {}
    shared = values.setdefault  # the first value equal to each (as _Shared)
    collections = _SharedCollections()
    for index, item in enumerate(done):
        if item is None:
            continue
        offering = item.offering
        for name, value in zip(_REPEATING_TEXT, _read_repeating_text(offering), strict=True):
            if value is not None:
                setattr(offering, name, shared(value, value))
        collections.share(offering)
        features = item.features
        # Made whole, not by dataclasses.replace (which looks every field up by name: ~2 µs).
        features = MatchFeatures(
            title=shared(features.title, features.title),
            tokens=shared(features.tokens, features.tokens),
            years=shared(features.years, features.years),
            numbers=shared(features.numbers, features.numbers),
            formats=shared(features.formats, features.formats),
            span=shared(features.span, features.span),
            city=shared(features.city, features.city),
            url=features.url,
            domain=shared(features.domain, features.domain),
        )
        done[index] = Normalized(offering, features)


def _share_merged_values(offerings: list[Offering]) -> None:
    """One object for each repeated value the merge made before the merged offerings go to the
    main process as one pickle, which keeps objects shared (not values equal): the merge makes a
    provenance dict and audience and topic lists per offering, the same on most offerings of a
    source, and the same hours recur on many days (the texts it copies from its members are
    shared already: ``_share_equal_values``). 50,000 offerings of the bench's web: 57 -> 47 MB
    in the main process. Nothing changes a merged offering's dicts or lists (the warehouse load
    reads them)."""
    texts: dict[str, str] = {}
    collections = _SharedCollections()
    for offering in offerings:
        start, end = offering.start, offering.end
        if start is not None:
            offering.start = texts.setdefault(start, start)
            if end is not None:
                offering.end = texts.setdefault(end, end)
        collections.share(offering)


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
    """The records this process normalized itself (batches the worker had not started when the
    crawl ended), one object per distinct value across them and shared with their raw records:
    each is held beside its raw record until the merge. Match features are frozen and nothing
    changes an offering's texts after normalization (the merge builds new offerings), so records
    may share them."""

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


class WorkerGone(Exception):
    """The worker ended (killed, out of memory) before it answered."""


def _answer(future: Future[T], workers: Sequence[BaseProcess]) -> T:
    """``future.result()``, or ``WorkerGone`` once every worker has ended without answering.

    The pool fails its futures when a worker dies, but not a future submitted while its thread
    is taking note of the death (CPython 3.11: ``submit`` checks the pool's broken flag before
    the thread sets it and adds the work after the thread failed the pending work); waiting on
    it alone would wait forever. A worker's sentinel is ready once it has ended, reaped or not.
    """
    sentinels = [worker.sentinel for worker in workers]
    while True:
        try:
            return future.result(timeout=_LIVENESS_SECONDS)
        except TimeoutError:
            if sentinels and len(multiprocessing.connection.wait(sentinels, 0)) == len(sentinels):
                if future.done():  # it answered as it ended
                    return future.result()
                raise WorkerGone from None


class BackgroundNormalizer:
    """One worker process that normalizes batches of records and keeps them; ``prepared()``
    says which it did (and hands the worker over for the merge, ``HeldRecords``). ``start()``
    forks it: call it before the extraction pool forks its workers (a process forked later
    holds the pool's pipe ends, and the pool's workers would not see them close) and after the
    gazetteer is read (the worker inherits it)."""

    def __init__(self, today: date, sources: Mapping[str, Source]) -> None:
        self.today = today
        self.sources = dict(sources)
        self._pool: ProcessPoolExecutor | None = None
        self._workers: tuple[BaseProcess, ...] = ()  # the pool's process, once forked
        self._batches: deque[_Batch] = deque()
        self._sent = 0  # batches sent: the next one's number
        self._waiting: list[RawRecord] = []  # not sent yet: fewer than BATCH_RECORDS
        self._broken = False
        #: Records normalized in this process because the worker had not started their batch.
        self.taken_over = 0
        self._held = _RunShared()
        #: The finished batches' records: the number the worker holds each under.
        self._done: dict[int, tuple[RawRecord, Normalized | int]] = {}
        #: Whether the caller is idle now (a polite crawl waiting out its delays): records are
        #: then sent at once, not kept until there are BATCH_RECORDS of them (see ``submit``).
        self.idle: Callable[[], bool] | None = None

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
        # Forked by now (a fork pool starts its processes with its manager thread, so that their
        # sentinels are known); a private attribute, so without it waits only trust the pool.
        self._workers = tuple(getattr(self._pool, "_processes", {}).values())

    def submit(self, records: Sequence[RawRecord]) -> None:
        """Queue ``records`` (returns at once). They must not be changed afterwards."""
        self.start()
        if not records or self._broken or self._pool is None:
            return
        self._collect()
        self._waiting.extend(records)
        # An idle caller loses nothing to a hand-over; kept here, the records of a polite
        # crawl's last pages were normalized by ``prepared`` after the crawl, on its tail
        # (20 hosts x 8 pages: ~0.05-0.1 s), not by the worker while the last pages are read.
        if len(self._waiting) < BATCH_RECORDS and not (self.idle is not None and self.idle()):
            return
        batch, self._waiting = tuple(self._waiting), []
        number, self._sent = self._sent, self._sent + 1
        try:
            self._batches.append(
                (number, batch, self._pool.submit(_normalize_batch, number, batch))
            )
        except RuntimeError:  # the worker died (BrokenProcessPool): the rest is done afterwards
            self._broken = True

    def prepared(self, today: date) -> Prepared:
        """Collect the queued batches; the lookup answers None for records not done (or when
        ``today`` is not the day they were normalized for). The worker, holding the records it
        did, is handed over to the result (closed here if it holds none).

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

        held = None
        if self._pool is not None and any(item.__class__ is int for _, item in by_record.values()):
            held, self._pool = _WorkerHeld(self._pool, self._workers), None
        return Prepared(by_record, held)

    def _collect(self) -> None:
        """Take note of the batches the worker has finished, in order (it keeps their records:
        only which it did comes back)."""
        while self._batches and self._batches[0][2].done():
            self._take_result(*self._batches.popleft(), self._done)

    def _take_result(
        self,
        number: int,
        batch: Sequence[RawRecord],
        future: Future[bytes],
        into: dict[int, tuple[RawRecord, Normalized | int]],
    ) -> None:
        if future.cancelled():
            return
        try:
            done = _answer(future, self._workers)
        except Exception:  # a dead worker: those records are normalized afterwards
            return
        first = number << _PLACE_BITS
        for place, (raw, ok) in enumerate(zip(batch, done, strict=True)):
            if ok:
                into[id(raw)] = (raw, first + place)

    def _take_over_unstarted(self, into: dict[int, tuple[RawRecord, Normalized | int]]) -> None:
        for _, batch, future in reversed(self._batches):
            # A future the pool has handed to the worker can no longer be cancelled, and it
            # hands them over in order: every earlier one is under way or done.
            if not future.cancel():
                return
            self._normalize_here(batch, into)

    def _normalize_here(
        self, batch: Sequence[RawRecord], into: dict[int, tuple[RawRecord, Normalized | int]]
    ) -> None:
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


class _WorkerHeld:
    """The worker of a ``BackgroundNormalizer`` after the crawl, holding the records it
    normalized (``netdir.normalize.stage.HeldRecords``). Ended after the merge, by ``close``,
    or when nothing refers to it any more (a run that failed before its merge)."""

    def __init__(self, pool: ProcessPoolExecutor, workers: Sequence[BaseProcess] = ()) -> None:
        self._pool: ProcessPoolExecutor | None = pool
        self._workers = workers
        self._finalizer = weakref.finalize(self, pool.shutdown, wait=False, cancel_futures=True)

    def merge(
        self,
        items: list[Normalized | int],
        precedence: Mapping[str, int],
        domains: Mapping[str, Sequence[str]],
        finish: Callable[[Offering], Offering] | None = None,
        into: Path | None = None,
    ) -> list[Offering] | OfferingsFile | None:
        from concurrent.futures.process import BrokenProcessPool

        pool, self._pool = self._pool, None
        if pool is None:
            return None
        try:
            merged: list[Offering] | OfferingsFile = _answer(
                pool.submit(_merge_held, items, dict(precedence), dict(domains), finish, into),
                self._workers,
            )
        except (BrokenProcessPool, WorkerGone):  # the worker died: the caller does it all itself
            return None
        finally:
            self._finalizer()  # the worker exits on its own time: its records need no freeing
        # The offerings came as one pickle (5,000 pages: ~10,000 offerings), read by the pool's
        # thread from its own malloc arena: that buffer, free now, goes back to the system
        # before the load's DuckDB work comes on top.
        release_free_memory()
        return merged

    def close(self) -> None:
        self._pool = None
        self._finalizer()
