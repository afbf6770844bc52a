"""Written files made durable in a thread while the writer goes on to the next one.

A publish fsyncs every temporary file before it moves any of them into place: after a crash a
moved file must have its bytes. Synced where they were written, those fsyncs held up the
process that rendered them: the disk's wait for each file (1,000 pages of the bench's web:
~20 files, 0.05-0.1 s in the publishing process and as much in the second one, more on a busy
disk), on the run's critical path. Here the writer hands a written file's descriptor over and
goes on; one thread fsyncs and closes the files in turn, and ``wait`` (before the moves) returns
once every file handed over is on disk, raising the first failure.
"""

from __future__ import annotations

import os
from concurrent.futures import Future, ThreadPoolExecutor


class SyncBehind:
    """fsync, in a background thread, the files handed over with ``sync``; ``wait`` for them.

    The thread starts with the first file. Pickled (a publish target sent to the second
    process), it is a new one with nothing pending: each process syncs the files it wrote.
    """

    def __init__(self) -> None:
        self._executor: ThreadPoolExecutor | None = None
        self._pending: list[Future[None]] = []

    def sync(self, fd: int) -> None:
        """fsync the open file ``fd`` soon, then close it. ``fd`` is this object's from now:
        pass a duplicate (``os.dup``) of a descriptor the caller closes itself."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="netdir-fsync")
        try:
            self._pending.append(self._executor.submit(_sync_and_close, fd))
        except BaseException:
            os.close(fd)
            raise

    def wait(self) -> None:
        """Return once every file handed over is synced and closed; raise the first error
        (after all of them ended: no descriptor is left open)."""
        pending, self._pending = self._pending, []
        first: BaseException | None = None
        for future in pending:
            error = future.exception()
            if error is not None and first is None:
                first = error
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        if first is not None:
            raise first

    def __reduce__(self) -> tuple[type[SyncBehind], tuple[()]]:
        return SyncBehind, ()


def _sync_and_close(fd: int) -> None:
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
