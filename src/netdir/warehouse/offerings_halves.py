"""The merged offerings' file written by two processes: the second half's Arrow batches by a
forked child while the merging process makes the first half's.

After a run's merge the background normalizer passes every offering through the pipeline's
``finish`` (personal data out) and turns them into Arrow batches (``write_offerings_file``): at
5,000 pages ~0.2 + ~0.65 CPU-s on one core, on the run's critical path, while the other core
waits for the file (the main process has loaded the raw rows by then). A fork shares the
offerings without pickling them: the child finishes and converts the second half into a file of
its own, and the parent copies those batches after its own. The batches are the ones one
process makes (the halves split at a batch boundary), so the file is byte for byte the same.

Should the child fail or not end in time, the parent makes the second half itself; the child
never raises into the run (it leaves by ``os._exit``).
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from netdir.records import Offering
from netdir.warehouse.offerings_file import OfferingsFile, repeated_ids

#: Fewer offerings than this are written by one process: a fork (~10-30 ms with the merge's
#: heap) would cost about what the child saves.
MIN_FORKED_OFFERINGS = 8_000
#: How long the parent waits for the child after its own half: this many seconds plus this
#: many times what its own half took. A child that hangs (a lock another thread held at the
#: fork: the worker has pyarrow's jemalloc thread) is then killed and its half made here, so
#: the run loses at most a few times what the split saves.
CHILD_DEADLINE_SECONDS = 1.0
CHILD_DEADLINE_FACTOR = 4.0
_POLL_SECONDS = 0.002


def write_offerings_halves(
    offerings: Sequence[Offering],
    path: Path,
    finish: Callable[[Offering], Offering] | None = None,
) -> OfferingsFile:
    """``write_offerings_file`` of ``finish`` of each offering (in place, as the merge's caller
    did), the second half made by a forked child where there are enough of them."""
    import pyarrow as pa

    from netdir.warehouse.arrow_tables import BATCH_ROWS, OFFERINGS_SCHEMA, offerings_batches

    split = _split_at(len(offerings), BATCH_ROWS)
    second = path.with_name(path.name + ".second")
    child = _fork_writer(offerings[split:], second, finish) if split else None
    exit_code: int | None = None  # the child's, once reaped
    try:
        with (
            pa.OSFile(str(path), "wb") as sink,
            pa.ipc.new_stream(sink, OFFERINGS_SCHEMA) as writer,
        ):
            started = time.monotonic()
            for batch in offerings_batches(_finished(offerings[: split or None], finish)):
                writer.write_batch(batch)
            if split:
                if child is not None:
                    own = time.monotonic() - started
                    exit_code = _exit_code(
                        child, CHILD_DEADLINE_SECONDS + CHILD_DEADLINE_FACTOR * own
                    )
                if exit_code == 0:
                    with pa.memory_map(str(second)) as source:
                        for batch in pa.ipc.open_stream(source):
                            writer.write_batch(batch)
                else:
                    for batch in offerings_batches(_finished(offerings[split:], finish)):
                        writer.write_batch(batch)
    finally:
        if child is not None and exit_code is None:
            _end(child)
        second.unlink(missing_ok=True)
    # ``finish`` leaves ids as they are: the child's half counts as it was.
    return OfferingsFile(path, len(offerings), repeated_ids(offerings))


def _split_at(count: int, batch_rows: int) -> int:
    """Where the second half starts: the batch boundary nearest the middle (0: no split)."""
    if count < MIN_FORKED_OFFERINGS:
        return 0
    batches = max(1, round(count / 2 / batch_rows))
    split = batches * batch_rows
    return split if split < count else 0


def _finished(
    offerings: Sequence[Offering], finish: Callable[[Offering], Offering] | None
) -> Sequence[Offering]:
    return offerings if finish is None else [finish(offering) for offering in offerings]


def _fork_writer(
    offerings: Sequence[Offering], path: Path, finish: Callable[[Offering], Offering] | None
) -> int | None:
    """The child's pid, writing ``offerings`` to ``path``; None where the fork failed."""
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid:
        return pid
    code = 1
    try:
        from netdir.warehouse.offerings_file import write_offerings_file

        write_offerings_file(_finished(offerings, finish), path)
        code = 0
    except BaseException:  # the parent makes this half itself
        pass
    finally:
        os._exit(code)


def _exit_code(pid: int, wait_seconds: float) -> int | None:
    """The child's exit code once it ended (reaped then; -1: not this process's child), or
    None if it did not end within ``wait_seconds``."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            return -1
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            return None
        time.sleep(_POLL_SECONDS)


def _end(pid: int) -> None:
    """Kill and reap a child not reaped yet (it still runs: the pid is still its own)."""
    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
