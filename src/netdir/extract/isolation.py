"""Extraction off the event loop: worker processes, one page at a time each, with a deadline.

A hostile page (deep nesting, a regex trap, a huge field) must neither block the crawl of the
other sources nor hang the run. ``ExtractionPool`` runs ``extract_page`` and
``enrich_from_detail`` in separate processes; a page that takes longer than the deadline has its
worker killed (SIGKILL, so even C code stops) and becomes a ``SourceIssue`` naming the source, the
URL and what to do. Each page also has a budget of CPU time (``RLIMIT_CPU``, counted from the
page's start) and of memory (``RLIMIT_AS``: address space beyond what the worker inherited); a
page over either budget fails alone and becomes an issue the same way. A worker still waiting for
a CPU when its deadline passes (a loaded machine, not a slow page) gets up to four times the
deadline instead of losing a good page. The pool is started once per run; workers are forked from the running
process, which has imported the extractors already: a worker costs ~20 ms, where a fresh
interpreter importing them costs 1.5–2.3 s (pydantic model building, measured).

API (kept small on purpose)::

    async with ExtractionPool(deadline_seconds=5) as pool:
        outcome = await pool.extract(page, source)          # ExtractResult, never raises
        reading = await pool.read(page, source)             # the same plus ValidityCounts
        record, issue = await pool.enrich(record, page, source)
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import math
import multiprocessing
import os
import resource
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from operator import attrgetter
from types import TracebackType
from typing import TYPE_CHECKING, Any

from netdir.catalog.model import Source
from netdir.extract.pipe_frames import IncomingFrame, frame, send_frame
from netdir.fast_pickle import pickled_by_fields
from netdir.records import Page, RawRecord, SourceIssue

if TYPE_CHECKING:
    from netdir.extract.dispatch import ExtractResult
    from netdir.extract.validity import ValidityCounts

DEFAULT_DEADLINE_SECONDS = 5.0
#: CPU seconds one page may use; the wall deadline cannot see CPU time when it is raised for a
#: slow source, this limit still can.
DEFAULT_CPU_LIMIT_SECONDS = 5.0
#: Memory one page may add to its worker (address space beyond what the fork inherited); a page
#: that needs more fails alone (MemoryError → issue) instead of pushing the machine into swap.
DEFAULT_MEMORY_LIMIT_MB = 200.0
_PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
#: A worker the machine starved of CPU may run past its deadline up to this many times it.
STARVED_DEADLINE_FACTOR = 4.0


def _process_stat(pid: int) -> tuple[str, float] | None:
    """The process's scheduler state letter and its CPU seconds so far (Linux /proc), or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return fields[0].decode(), (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


def _starved(pid: int | None, cpu_at_start: float | None, deadline: float, elapsed: float) -> bool:
    """True when a page past its wall deadline is slow because the machine is busy, not the page.

    On a loaded machine (a CI runner, two crawls at once) a legitimate page can wait seconds for
    a CPU and would be dropped as "hostile". Such a worker is runnable (state R) and has used
    little CPU on the page; a page that burns CPU, or a worker that hangs asleep, is not starved.
    The stretch is bounded (``STARVED_DEADLINE_FACTOR``), and the CPU budget still applies.
    """
    if pid is None or cpu_at_start is None or elapsed >= deadline * STARVED_DEADLINE_FACTOR:
        return False
    found = _process_stat(pid)
    if found is None:
        return False
    state, cpu_now = found
    return state == "R" and cpu_now - cpu_at_start < deadline / 2


@dataclass(slots=True)
class PoolStats:
    """What the pool saw: the chaos suite reports these."""

    pages: int = 0
    deadlines_hit: int = 0
    #: Times a deadline passed while the worker was still waiting for a CPU (a loaded machine).
    deadlines_stretched: int = 0
    cpu_limits_hit: int = 0
    memory_limits_hit: int = 0
    crashes: int = 0
    max_seconds: float = 0.0  # wall time of the slowest page that finished
    max_cpu_seconds: float = 0.0  # CPU time of the slowest page, measured inside the worker
    max_rss_mb: float = 0.0  # the most resident memory one page added to its worker


class PageTimeout(Exception):
    """A page did not finish within the deadline; its worker was killed."""


class WorkerCrash(Exception):
    """A worker died (out of memory, a crash in C code) while reading a page."""


def _load_extractors() -> None:
    """Import the extractors in this process before it forks a worker (the worker inherits
    them), not when this module is imported: a run whose pages are all unchanged starts no
    worker and never needs them (~0.5 s of imports)."""
    import netdir.extract.detail
    import netdir.extract.dispatch  # noqa: F401


class PageOverBudget(Exception):
    """A page needed more CPU time or memory than a page may use; its worker lives on."""


class _CpuLimitExceeded(BaseException):
    """Raised in a worker by SIGXCPU: the page used up its CPU seconds.

    A ``BaseException`` so that no ``except Exception`` in extraction code can swallow it.
    """


@pickled_by_fields
@dataclass(slots=True)
class PageReading:
    """What a worker read from one page, and how valid those records are: counted there, so
    the crawling process only adds the counts up (title checks cost ~25 µs a record)."""

    result: ExtractResult
    validity: ValidityCounts


@dataclass(frozen=True, slots=True)
class _Limits:
    cpu_seconds: float
    memory_bytes: int


def _run_job(job: tuple[str, tuple[Any, ...]]) -> Any:
    from netdir.extract.detail import enrich_from_detail
    from netdir.extract.dispatch import extract_page
    from netdir.html_depth import exceeds_element_budget

    kind, args = job
    if kind in ("extract", "read", "read_next"):
        page, source = args
        result = extract_page(page, source, find_next=kind == "read_next")
        if page.text is not None and exceeds_element_budget(page.text):
            result.issues.append(_cut_off_issue(page, source))
        if kind != "extract":
            from netdir.extract.validity import count_validity

            return PageReading(result, count_validity(source, result.records))
        return result
    if kind == "enrich":
        return enrich_from_detail(*args)
    raise ValueError(f"unknown job {kind!r}")


def _cut_off_issue(page: Page, source: Source) -> SourceIssue:
    from netdir.html_depth import MAX_HTML_ELEMENTS

    return SourceIssue(
        source.id,
        page.url,
        "extract",
        f"the page has more than {MAX_HTML_ELEMENTS:,} HTML elements: only the first "
        f"{MAX_HTML_ELEMENTS:,} were read",
        hint="if the page is a legitimate listing, split it (a catalog entry per page, or "
        "the site's own pagination)",
    )


def _serve(conn: Connection, parent_end: Connection, limits: _Limits) -> None:
    """A worker's life: receive a job, answer (result or error text, CPU seconds, peak RSS)."""
    # The fork copied the parent's end of this worker's own pipe: closed here, or the worker
    # never sees EOF when the pool hangs up and every stop waited out its join timeout.
    parent_end.close()
    # Everything inherited from the parent (catalog, gazetteer, imported modules: ~1M objects)
    # goes to the collector's permanent generation: a full collection in the worker no longer
    # walks it, and no longer writes to (so copies) every inherited page of memory.
    gc.freeze()
    inherited_size, inherited_rss = _memory_now()
    with contextlib.suppress(ValueError, OSError):  # not every platform lets us lower it
        memory = inherited_size + limits.memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    signal.signal(signal.SIGXCPU, _on_cpu_limit)
    sources: dict[int, Source] = {}
    while True:
        try:
            job = _with_sources(conn.recv(), sources)
        except (EOFError, OSError):
            return
        cpu = time.process_time()
        _allow_cpu_seconds(cpu + limits.cpu_seconds)
        try:
            _page_running[0] = True
            answer: tuple[str, Any] = ("ok", _run_job(job))
        except MemoryError:
            answer = (
                "memory",
                f"the page needs more than the {limits.memory_bytes / 2**20:g} MB of memory "
                "a page may use",
            )
        except _CpuLimitExceeded:
            answer = ("cpu", f"the page used up its {limits.cpu_seconds:g} s of CPU time")
        except Exception as exc:  # one odd page must not take its worker down
            answer = ("error", f"{type(exc).__name__}: {exc}")
        finally:
            _page_running[0] = False
            _allow_cpu_seconds(None)  # no SIGXCPU while the worker waits or answers
        # ru_maxrss counts what the fork inherited; the page's share is the growth beyond it.
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - inherited_rss
        now = time.process_time()
        conn.send((*answer, now - cpu, max(0, peak) / 2**20, now))


#: Set while a job runs: a late SIGXCPU (the kernel repeats it every second) must not hit the
#: worker's own bookkeeping between pages.
_page_running = [False]


def _on_cpu_limit(signum: int, frame: object) -> None:
    if _page_running[0]:
        raise _CpuLimitExceeded


def _allow_cpu_seconds(total: float | None) -> None:
    """Send SIGXCPU once this process has used ``total`` CPU seconds (None: never).

    Only the soft limit moves: a process may raise it again up to the hard limit, which stays
    untouched. The kernel counts whole seconds, so the budget is rounded up.
    """
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = hard if total is None else math.ceil(total)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _memory_now() -> tuple[int, int]:
    """(virtual size, resident size) of this process in bytes; zeros where /proc is missing."""
    try:
        with open("/proc/self/statm") as statm:
            size, resident = statm.read().split()[:2]
    except OSError:
        return 0, 0
    return int(size) * _PAGE_SIZE, int(resident) * _PAGE_SIZE


@dataclass(frozen=True, slots=True)
class _SourceRef:
    """A source the worker was sent before (``source`` is None) or is sent now, by key.

    Sources are pydantic models: pickling one costs as much as a page of text, and every page
    of a source has the same one, so each worker gets each source once.
    """

    key: int
    source: Source | None = None


def _with_sources(job: tuple[str, tuple[Any, ...]], sources: dict[int, Source]) -> Any:
    """The job with its source references replaced by the sources (remembered by key)."""
    kind, args = job
    resolved = []
    for arg in args:
        if isinstance(arg, _SourceRef):
            if arg.source is not None:
                sources[arg.key] = arg.source
            arg = sources[arg.key]
        resolved.append(arg)
    return kind, tuple(resolved)


class _Worker:
    def __init__(self, context: multiprocessing.context.BaseContext, limits: _Limits) -> None:
        parent, child = context.Pipe(duplex=True)
        self.conn = parent
        self.sources_sent: set[int] = set()  # keys of the sources this worker holds
        # The worker's CPU seconds when it last answered (a fork starts from 0): what its next
        # page has used is measured from there, without reading /proc for every page.
        self.cpu_seconds = 0.0
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child, parent, limits), daemon=True, name="netdir-extract"
        )
        self.process.start()
        child.close()
        # This end is read and written on the event loop, never waiting (pipe_frames).
        os.set_blocking(parent.fileno(), False)

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        self.conn.close()  # the worker sees EOF and returns
        self.process.join(timeout=2)
        if self.process.is_alive():
            self.kill()


class ExtractionPool:
    """Up to ``workers`` processes, started on first use, each reading one page at a time.

    Per page: ``deadline_seconds`` of wall time, ``cpu_limit_seconds`` of CPU time and
    ``memory_limit_mb`` of memory beyond what a worker starts with.
    """

    def __init__(
        self,
        *,
        deadline_seconds: float = DEFAULT_DEADLINE_SECONDS,
        workers: int | None = None,
        cpu_limit_seconds: float = DEFAULT_CPU_LIMIT_SECONDS,
        memory_limit_mb: float = DEFAULT_MEMORY_LIMIT_MB,
    ) -> None:
        self.deadline_seconds = deadline_seconds
        self.workers = workers or max(1, min(4, os.cpu_count() or 1))
        self._limits = _Limits(cpu_limit_seconds, int(memory_limit_mb * 2**20))
        self.stats = PoolStats()
        # fork, not spawn/forkserver: those re-import the caller's __main__ and every module
        # (seconds); the child only runs pure extraction code, no threads or sockets of ours.
        self._context = multiprocessing.get_context("fork")
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._slots: asyncio.Semaphore | None = None
        self._sources: dict[int, Source] = {}
        # One object per distinct provenance, extra and repeated text (see _share_repeated),
        # for this pool's run.
        self._shared = _Repeated()

    async def __aenter__(self) -> ExtractionPool:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        # Hang up on every idle worker first, then wait: a worker forked later inherited the
        # parent's end of its elders' pipes, so an elder sees EOF only once its younger
        # siblings are gone (stopping them one by one waited out each join timeout: ~2 s a run).
        for worker in self._idle:
            worker.conn.close()
        for worker in self._idle:
            worker.stop()
        for worker in self._busy:
            worker.kill()
        self._idle.clear()
        self._busy.clear()

    @property
    def started(self) -> bool:
        """Whether a worker has been forked (and is still there)."""
        return bool(self._idle or self._busy)

    def start_workers(self) -> None:
        """Fork every worker now, not when the first pages arrive: with politeness delays the
        crawl waits ~1 s for its first page, and the forks (~20-40 ms each, on the event loop)
        then held back the requests due at that moment (20 hosts x 8 pages at delay 1: the
        third host wave's first page went out 0.2 s late)."""
        _load_extractors()
        while len(self._idle) + len(self._busy) < self.workers:
            self._idle.append(_Worker(self._context, self._limits))

    # -- the API ------------------------------------------------------------------------------

    async def extract(
        self, page: Page, source: Source, *, deadline_seconds: float | None = None
    ) -> ExtractResult:
        """``extract_page(page, source)`` in a worker; a timeout or crash becomes an issue."""
        from netdir.extract.dispatch import ExtractResult

        try:
            result = await self._submit(
                ("extract", (_without_body(page), source)), deadline_seconds
            )
        except (PageTimeout, PageOverBudget, WorkerCrash, _JobError) as exc:
            return ExtractResult(issues=[self._issue(source, page, exc)])
        assert isinstance(result, ExtractResult)
        return result

    async def read(
        self,
        page: Page,
        source: Source,
        *,
        deadline_seconds: float | None = None,
        find_next: bool = False,
    ) -> PageReading:
        """``extract`` plus ``count_validity`` of its records, both in the worker; with
        ``find_next`` also the page's next-page link (``ExtractResult.next_link``; None if
        the page failed)."""
        from netdir.extract.dispatch import ExtractResult
        from netdir.extract.validity import ValidityCounts

        kind = "read_next" if find_next else "read"
        try:
            reading = await self._submit((kind, (_without_body(page), source)), deadline_seconds)
        except (PageTimeout, PageOverBudget, WorkerCrash, _JobError) as exc:
            return PageReading(
                ExtractResult(issues=[self._issue(source, page, exc)]), ValidityCounts()
            )
        assert isinstance(reading, PageReading)
        self._shared.share(reading.result.records)
        return reading

    async def enrich(
        self,
        record: RawRecord,
        page: Page,
        source: Source,
        *,
        deadline_seconds: float | None = None,
    ) -> tuple[RawRecord, SourceIssue | None]:
        """``enrich_from_detail`` in a worker; on failure the record stays as it was."""
        try:
            enriched = await self._submit(
                ("enrich", (record, _without_body(page), source)), deadline_seconds
            )
        except (PageTimeout, PageOverBudget, WorkerCrash, _JobError) as exc:
            return record, self._issue(source, page, exc)
        assert isinstance(enriched, RawRecord)
        return enriched, None

    # -- machinery ----------------------------------------------------------------------------

    async def _submit(self, job: tuple[str, tuple[Any, ...]], deadline: float | None) -> Any:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.workers)
        async with self._slots:
            if not self._idle:
                _load_extractors()
            worker = self._idle.pop() if self._idle else _Worker(self._context, self._limits)
            self._busy.add(worker)
            started = time.perf_counter()
            try:
                answer = await self._exchange(worker, job, deadline or self.deadline_seconds)
            except BaseException:
                # Timed out, crashed or cancelled: the worker may still be busy — never reuse it.
                self._busy.discard(worker)
                worker.kill()
                raise
            self._busy.discard(worker)
            self._idle.append(worker)
        status, value, cpu_seconds, peak_mb, worker.cpu_seconds = answer
        self.stats.pages += 1
        self.stats.max_seconds = max(self.stats.max_seconds, time.perf_counter() - started)
        self.stats.max_cpu_seconds = max(self.stats.max_cpu_seconds, cpu_seconds)
        self.stats.max_rss_mb = max(self.stats.max_rss_mb, peak_mb)
        if status == "memory":
            self.stats.memory_limits_hit += 1
            raise PageOverBudget(value)
        if status == "cpu":
            self.stats.cpu_limits_hit += 1
            raise PageOverBudget(value)
        if status != "ok":
            raise _JobError(value)
        return value

    async def _exchange(
        self, worker: _Worker, job: tuple[str, tuple[Any, ...]], deadline: float
    ) -> Any:
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()
        fd = worker.conn.fileno()
        answer = IncomingFrame(fd)
        lost: list[Exception] = []  # the worker ended before its whole answer was there

        def readable() -> None:
            if ready.done():
                return
            try:
                whole = answer.feed()
            except (EOFError, OSError) as exc:
                lost.append(exc)
                whole = True
            if whole:
                ready.set_result(None)

        cpu_at_start = worker.cpu_seconds
        await send_frame(fd, frame(self._referring_to_sources(worker, job)))
        loop.add_reader(fd, readable)
        try:
            started = loop.time()
            wait = deadline
            while not (await asyncio.wait({ready}, timeout=wait))[0]:
                elapsed = loop.time() - started
                if not _starved(worker.process.pid, cpu_at_start, deadline, elapsed):
                    self.stats.deadlines_hit += 1
                    raise PageTimeout(f"extraction did not finish within {deadline:g} s")
                self.stats.deadlines_stretched += 1
                wait = deadline / 4
        finally:
            loop.remove_reader(fd)
        if lost:
            self.stats.crashes += 1
            code = worker.process.exitcode
            raise WorkerCrash(f"the extraction worker died (exit code {code})") from lost[0]
        return answer.message()

    def _referring_to_sources(
        self, worker: _Worker, job: tuple[str, tuple[Any, ...]]
    ) -> tuple[str, tuple[Any, ...]]:
        kind, args = job
        referring: list[Any] = []
        for arg in args:
            if isinstance(arg, Source):
                key = id(arg)
                self._sources[key] = arg  # held, so the key is not reused by another object
                first = key not in worker.sources_sent
                worker.sources_sent.add(key)
                arg = _SourceRef(key, arg if first else None)
            referring.append(arg)
        return kind, tuple(referring)

    def _issue(self, source: Source, page: Page, exc: Exception) -> SourceIssue:
        if isinstance(exc, PageTimeout):
            message = f"{exc}: page skipped (deeply nested, huge or built to trap a parser?)"
            hint = (
                "check the page with `netdir inspect URL`; if it is legitimate, raise "
                "settings.extract_deadline_seconds for this source"
            )
        elif isinstance(exc, PageOverBudget):
            message = f"{exc}: page skipped (huge, or built to exhaust a parser?)"
            hint = (
                "check the page with `netdir inspect URL`; if it is legitimate, report it: "
                "the per-page budget is there to stop hostile pages"
            )
        elif isinstance(exc, WorkerCrash):
            message = f"{exc}: page skipped"
            hint = "check the page with `netdir inspect URL`; report a bug if it reproduces"
        else:
            message = f"extraction failed: {exc}"
            hint = "run `netdir inspect URL` on the page; report a bug if it reproduces"
        return SourceIssue(source.id, page.url, "extract", message, hint=hint)


#: RawRecord text fields whose values repeat across a run's records (a source's organizer, its
#: page's URL, a town, a day): one string object each. Titles, URLs and descriptions are
#: (nearly) unique per record: a table entry each would cost more than it shares.
_REPEATED_TEXT = (
    "source_id", "page_url", "extractor", "kind", "attendance_mode", "organizer", "city",
    "venue", "location_text", "date_text", "start", "end", "status_text", "cost_text",
    "audience_text", "published",
)  # fmt: skip


_read_repeated_text = attrgetter(*_REPEATED_TEXT)


class _Repeated:
    """One object per distinct value of what a run's records repeat. Every record names where
    each field came from ("jsonld:Event.startDate"): a dozen names and strings, the same on
    every record of a source, but unpickled as a new dict of new strings each time; likewise
    its ``extra`` and the texts in ``_REPEATED_TEXT``. Records are held until the run is loaded
    (and the merge needs them all), so the run keeps one object per distinct value instead
    (the bench's JSON-LD pages: 2.7 KB a record unpickled, 1.4 KB with one provenance dict per
    source, 0.7 KB with all of these shared). Nothing changes a record's ``field_sources`` or
    ``extra`` after extraction (detail enrichment and carrying copy them first), and strings
    cannot change, so records may share them."""

    def __init__(self) -> None:
        self._dicts: dict[tuple[object, ...], dict[str, str]] = {}
        self._texts: dict[str, str] = {}

    def share(self, records: list[RawRecord]) -> None:
        shared = self._texts.setdefault
        for record in records:
            record.field_sources = self._dict(("\0sources", *record.field_sources.items()))
            record.extra = self._dict(("\0extra", *record.extra.items()))
            for name, value in zip(_REPEATED_TEXT, _read_repeated_text(record), strict=True):
                if value is not None:
                    setattr(record, name, shared(value, value))

    def _dict(self, key: tuple[object, ...]) -> dict[str, str]:
        """The shared dict of these items (``key``: a tag, then the items)."""
        try:
            found = self._dicts.get(key)
        except TypeError:  # a value that cannot be hashed: not shared
            return dict(key[1:])  # type: ignore[arg-type]
        if found is None:
            found = self._dicts[key] = dict(key[1:])  # type: ignore[arg-type]
        return found


def _without_body(page: Page) -> Page:
    """The page as the worker needs it: extraction reads the decoded text, so the raw bytes
    (as large again) are not pickled through the pipe when there is text."""
    if page.text is None or (page.body is None and page.body_aside is None):
        return page
    return dataclasses.replace(page, body=None, body_aside=None)


class _JobError(Exception):
    """The job raised inside the worker; the message carries its type and text."""
