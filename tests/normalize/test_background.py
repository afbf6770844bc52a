"""BackgroundNormalizer: records normalized in a worker during the crawl give the offerings
normalizing them afterwards gives; what the worker could not do is done afterwards."""

from __future__ import annotations

import asyncio
import multiprocessing
import pickle
import threading
import time
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from netdir.normalize import NormalizeError, background, normalize_all
from netdir.normalize.background import BackgroundNormalizer
from netdir.normalize.background import _normalize_batch as normalize_batch
from netdir.normalize.background import _normalized as normalized_batch
from netdir.normalize.stage import Normalized, Prepared, normalize_one
from netdir.records import Offering, RawRecord
from tests.normalize.conftest import TODAY, make_raw

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess
from tests.normalize.dedup_set_large import LARGE_DEDUP_SET, LARGE_DEDUP_SOURCES

RECORDS = [item.record for item in LARGE_DEDUP_SET]


@pytest.fixture(autouse=True)
def _send_every_submission(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each submitted page goes to the worker at once (a run gathers BATCH_RECORDS first)."""
    monkeypatch.setattr(background, "BATCH_RECORDS", 1)


async def _normalized_in_background(
    batches: list[list[RawRecord]], *, worker_done: bool = False
) -> Prepared:
    """``worker_done``: the worker finished every batch before the crawl's end (otherwise
    those it has not started are done here)."""
    async with BackgroundNormalizer(TODAY, LARGE_DEDUP_SOURCES) as normalizer:
        normalizer.start()
        for batch in batches:
            normalizer.submit(batch)
        if worker_done:
            for _, _, future in normalizer._batches:
                future.result(timeout=60)
        return normalizer.prepared(TODAY)


def test_records_done_in_the_worker_merge_into_the_same_offerings() -> None:
    batches = [RECORDS[i : i + 10] for i in range(0, len(RECORDS), 10)]
    prepared = asyncio.run(_normalized_in_background(batches))
    afterwards = normalize_all(RECORDS, today=TODAY, sources=LARGE_DEDUP_SOURCES)
    assert all(prepared(raw) is not None for raw in RECORDS)
    early = normalize_all(
        RECORDS,
        today=TODAY,
        sources=LARGE_DEDUP_SOURCES,
        prepared=prepared,
    )
    assert early == afterwards


def test_the_worker_keeps_what_it_normalized_and_merges_it_as_this_process_would() -> None:
    """Only a number per record comes back (the worker holds the record for the merge), and
    merging in the worker gives what normalizing and merging here gives."""
    records = RECORDS[:20]
    prepared = asyncio.run(_normalized_in_background([records], worker_done=True))
    assert all(isinstance(prepared(raw), int) for raw in records)
    assert normalize_all(
        records, today=TODAY, sources=LARGE_DEDUP_SOURCES, prepared=prepared
    ) == normalize_all(records, today=TODAY, sources=LARGE_DEDUP_SOURCES)


@pytest.mark.timeout(60)
def test_records_the_worker_held_are_normalized_here_when_it_died_before_the_merge() -> None:
    records = RECORDS[:30]
    prepared = asyncio.run(_normalized_in_background([records[:20]], worker_done=True))
    held = prepared._held
    assert held is not None
    for process in list(held._pool._processes.values()):  # type: ignore[attr-defined]
        process.kill()
        process.join()
    assert normalize_all(
        records, today=TODAY, sources=LARGE_DEDUP_SOURCES, prepared=prepared
    ) == normalize_all(records, today=TODAY, sources=LARGE_DEDUP_SOURCES)


class _LostWorkPool:
    """A pool that took the merge but will never answer: its worker died while the pool's
    thread was failing the pending work (CPython 3.11 loses a submission made just then)."""

    def submit(self, *args: object) -> Future[object]:
        return Future()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


def _ended_process() -> BaseProcess:
    process = multiprocessing.get_context("fork").Process(target=int)
    process.start()
    process.join()
    return process


@pytest.mark.timeout(60)  # without the liveness look it waits forever
def test_a_merge_the_dead_worker_never_answers_is_done_here() -> None:
    records = RECORDS[:30]
    prepared = asyncio.run(_normalized_in_background([records[:20]], worker_done=True))
    held = prepared._held
    assert held is not None
    held.close()  # the real worker ends; its stand-in below lost the merge
    prepared._held = background._WorkerHeld(_LostWorkPool(), [_ended_process()])  # type: ignore[arg-type]
    assert normalize_all(
        records, today=TODAY, sources=LARGE_DEDUP_SOURCES, prepared=prepared
    ) == normalize_all(records, today=TODAY, sources=LARGE_DEDUP_SOURCES)


def test_waiting_on_a_live_worker_gives_its_answer() -> None:
    future: Future[int] = Future()
    worker = multiprocessing.get_context("fork").Process(target=time.sleep, args=(30,))
    worker.start()
    try:
        threading.Timer(1.2, future.set_result, (7,)).start()  # after two liveness looks
        assert background._answer(future, [worker]) == 7
    finally:
        worker.kill()
        worker.join()


def test_the_merged_offerings_come_back_sharing_their_repeated_values() -> None:
    """The main process holds every merged offering until the load: a provenance dict, an
    audience list or an hour the merge made per offering arrives once for all that hold it."""
    records = RECORDS[:60]
    prepared = asyncio.run(_normalized_in_background([records], worker_done=True))
    merged = normalize_all(records, today=TODAY, sources=LARGE_DEDUP_SOURCES, prepared=prepared)
    assert merged == normalize_all(records, today=TODAY, sources=LARGE_DEDUP_SOURCES)
    for values in (
        [tuple(offering.field_provenance.items()) for offering in merged],
        [tuple(offering.audience) for offering in merged],
        [offering.start for offering in merged if offering.start is not None],
    ):
        assert len(set(values)) < len(values)  # the records repeat them
    assert len({id(o.field_provenance) for o in merged}) == len(
        {tuple(o.field_provenance.items()) for o in merged}
    )
    assert len({id(o.audience) for o in merged}) == len({tuple(o.audience) for o in merged})
    starts = [offering.start for offering in merged if offering.start is not None]
    assert len({id(start) for start in starts}) == len(set(starts))


def test_released_unmerged_the_worker_ends() -> None:
    prepared = asyncio.run(_normalized_in_background([RECORDS[:5]], worker_done=True))
    held = prepared._held
    assert held is not None
    pids = list(held._pool._processes)  # type: ignore[attr-defined]
    prepared.release()
    # Not Process.join/is_alive: the pool's own thread reaps the worker, and a second waiter
    # may see it as alive. Ended: gone from /proc, or a zombie not reaped yet.
    deadline = time.monotonic() + 30
    while not all(_ended(pid) for pid in pids):
        assert time.monotonic() < deadline, "the worker did not end"
        time.sleep(0.05)


def _ended(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (FileNotFoundError, ProcessLookupError):  # gone before or while being read
        return True


def test_only_the_submitted_objects_are_found_not_equal_copies() -> None:
    prepared = asyncio.run(_normalized_in_background([RECORDS[:3]]))
    # Enrichment and carrying make new records: they are normalized afterwards.
    assert prepared(replace(RECORDS[0])) is None
    assert prepared(RECORDS[3]) is None


def test_another_day_finds_nothing_prepared() -> None:
    async def run() -> Prepared:
        async with BackgroundNormalizer(TODAY, LARGE_DEDUP_SOURCES) as normalizer:
            normalizer.submit(RECORDS[:3])
            return normalizer.prepared(TODAY.replace(year=TODAY.year + 1))

    prepared = asyncio.run(run())
    assert prepared(RECORDS[0]) is None


def test_a_record_the_worker_cannot_normalize_still_fails_with_its_source_and_url() -> None:
    broken = make_raw("kommune21", title=None, url="https://www.kommune21.de/meldung_1.html")  # type: ignore[arg-type]
    prepared = asyncio.run(_normalized_in_background([[RECORDS[0], broken]]))
    assert prepared(RECORDS[0]) is not None
    assert prepared(broken) is None
    with pytest.raises(NormalizeError) as error:
        normalize_all(
            [RECORDS[0], broken],
            today=TODAY,
            sources=LARGE_DEDUP_SOURCES,
            prepared=prepared,
        )
    assert "[kommune21]" in str(error.value)
    assert "https://www.kommune21.de/meldung_1.html" in str(error.value)


async def _until_the_worker_has_the_first_batch(normalizer: BackgroundNormalizer) -> None:
    first = normalizer._batches[0][2]
    deadline = time.monotonic() + 30
    while not (first.running() or first.done()):
        assert time.monotonic() < deadline, "the worker never took its first batch"
        await asyncio.sleep(0.01)


def _slow_batch(number: int, records: list[RawRecord]) -> bytes:
    time.sleep(0.3)
    return normalize_batch(number, records)


def test_batches_the_worker_has_not_started_are_done_here_and_merge_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The worker is forked after this: it runs the slow batch function too.
    monkeypatch.setattr(background, "_normalize_batch", _slow_batch)
    batches = [RECORDS[i : i + 10] for i in range(0, 100, 10)]

    async def run() -> tuple[Prepared, int]:
        async with BackgroundNormalizer(TODAY, LARGE_DEDUP_SOURCES) as normalizer:
            for batch in batches:
                normalizer.submit(batch)
            # On a busy machine the pool's hand-over thread may not have run yet; then every
            # batch would be taken over and the worker's part would go untested.
            await _until_the_worker_has_the_first_batch(normalizer)
            return normalizer.prepared(TODAY), normalizer.taken_over

    prepared, taken_over = asyncio.run(run())
    # The worker holds the batch it runs and the next one; the rest is done here. Each
    # batch takes the worker 0.3 s: it cannot have started them all before they are taken.
    assert 10 <= taken_over <= 90
    assert all(prepared(raw) is not None for raw in RECORDS[:100])
    records = RECORDS[:100]
    assert normalize_all(
        records, today=TODAY, sources=LARGE_DEDUP_SOURCES, prepared=prepared
    ) == normalize_all(records, today=TODAY, sources=LARGE_DEDUP_SOURCES)


def test_records_are_gathered_into_batches_and_the_rest_is_done_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(background, "BATCH_RECORDS", 25)

    async def run() -> tuple[Prepared, int, int]:
        async with BackgroundNormalizer(TODAY, LARGE_DEDUP_SOURCES) as normalizer:
            for start in range(0, 60, 10):  # six pages of ten: two batches of 30, none left
                normalizer.submit(RECORDS[start : start + 10])
            normalizer.submit(RECORDS[60:65])  # five more: fewer than a batch, kept here
            sent = len(normalizer._batches)
            return normalizer.prepared(TODAY), sent, normalizer.taken_over

    prepared, sent, taken_over = asyncio.run(run())
    assert sent == 2
    assert taken_over >= 5
    assert all(prepared(raw) is not None for raw in RECORDS[:65])


def test_a_batch_comes_back_with_one_object_per_repeated_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The worker holds every normalized record until the merge: values repeated across a
    batch (a source's field provenance, its organizer, a title's tokens) are one object, also
    once pickled, and every record is still what normalizing it here gives."""
    monkeypatch.setattr(background, "_today", TODAY)  # as _start sets them in the worker
    monkeypatch.setattr(background, "_sources", LARGE_DEDUP_SOURCES)
    batch = [raw for raw in RECORDS if raw.source_id == RECORDS[0].source_id][:40]
    sent = pickle.loads(pickle.dumps(normalized_batch(batch)))
    done = [item for item in sent if item is not None]
    assert len(done) == len(batch)
    for raw, item in zip(batch, done, strict=True):
        assert item == normalize_one(raw, today=TODAY, source=LARGE_DEDUP_SOURCES[raw.source_id])
    provenances = {tuple(item.offering.field_provenance.items()) for item in done}
    assert len({id(item.offering.field_provenance) for item in done}) == len(provenances) < 40
    organizers = [item.offering.organizer for item in done if item.offering.organizer]
    assert len({id(text) for text in organizers}) == len(set(organizers))
    tokens = [item.features.tokens for item in done]
    assert len({id(token_set) for token_set in tokens}) == len(set(tokens))


def test_a_prepared_offering_holds_its_raw_records_text_not_a_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Records this process normalized itself (the crawl ended before their batch went to the
    worker) are held here until the merge, beside their raw records: text the normalizer kept
    as the page gave it is one object."""
    monkeypatch.setattr(background, "BATCH_RECORDS", 1000)  # kept here, never sent
    described = [
        replace(raw, description=f"Ein Tag über {raw.title} für Beschäftigte der Verwaltung.")
        for raw in RECORDS[:5]
    ]
    prepared = asyncio.run(_normalized_in_background([described]))
    for raw in described:
        normalized = prepared(raw)
        assert isinstance(normalized, Normalized)
        offering = normalized.offering
        assert offering.description == raw.description
        assert offering.description is raw.description
        assert offering.title != raw.title or offering.title is raw.title


def test_values_repeated_across_pages_are_one_object_in_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The records normalized here and held until the merge share a day's start text, a
    title's tokens and each source reference's URL across the whole run, and each is still
    what normalizing it here gives."""
    monkeypatch.setattr(background, "BATCH_RECORDS", 1000)  # kept here, never sent
    twins = [replace(raw, page_url=raw.page_url + "?seite=2") for raw in RECORDS[:10]]
    prepared = asyncio.run(_normalized_in_background([RECORDS[:10], twins]))
    for first, second in zip(RECORDS[:10], twins, strict=True):
        a, b = prepared(first), prepared(second)
        assert isinstance(a, Normalized) and isinstance(b, Normalized)
        source = LARGE_DEDUP_SOURCES.get(first.source_id)
        assert b == normalize_one(second, today=TODAY, source=source)
        if a.offering.start is not None:
            assert a.offering.start is b.offering.start
        assert a.features.tokens is b.features.tokens
        assert a.features.span is b.features.span
        for ref in b.offering.sources:
            if ref.url == second.url:
                assert ref.url is second.url


def test_a_finished_batch_is_taken_in_when_the_next_records_arrive() -> None:
    """A finished batch's future is not held until the crawl ends: the next submission takes
    note of which records the worker did, and ``prepared`` finds each of them."""

    async def run() -> tuple[Prepared, int, int]:
        async with BackgroundNormalizer(TODAY, LARGE_DEDUP_SOURCES) as normalizer:
            normalizer.submit(RECORDS[:10])
            first = normalizer._batches[0][2]
            first.result(timeout=60)  # the worker finished it
            normalizer.submit(RECORDS[10:20])
            still_held = sum(future is first for _, _, future in normalizer._batches)
            taken_in = len(normalizer._done)
            return normalizer.prepared(TODAY), still_held, taken_in

    prepared, still_held, taken_in = asyncio.run(run())
    assert still_held == 0
    assert taken_in == 10
    assert all(isinstance(prepared(raw), int) for raw in RECORDS[:10])  # held by the worker
    assert all(prepared(raw) is not None for raw in RECORDS[10:20])  # done there or here


def test_the_worker_writes_the_offerings_it_merged_for_the_load(tmp_path: Path) -> None:
    """With ``into``, the merged offerings (each passed through ``finish``) come as the file
    the worker wrote them to: the load's columns of what merging here gives."""
    from netdir.warehouse.arrow_tables import offerings_table
    from netdir.warehouse.offerings_file import OfferingsFile

    records = RECORDS[:20]
    prepared = asyncio.run(_normalized_in_background([records], worker_done=True))
    written = normalize_all(
        records,
        today=TODAY,
        sources=LARGE_DEDUP_SOURCES,
        prepared=prepared,
        finish=_shouted,
        into=tmp_path / "offerings.arrows",
    )
    here = normalize_all(records, today=TODAY, sources=LARGE_DEDUP_SOURCES, finish=_shouted)
    assert isinstance(written, OfferingsFile) and isinstance(here, list)
    assert len(written) == len(here) and written.duplicate_ids == ()
    assert all(offering.title.isupper() for offering in here)
    assert written.batches().read_all().equals(offerings_table(here))


def _shouted(offering: Offering) -> Offering:
    offering.title = offering.title.upper()
    return offering
