"""Render some publish formats in a forked process while this one renders the others.

Rendering 10,000 offerings is pure Python on one core; the machine has a second. The child is
forked after the rows are prepared, so it gets them without copying or pickling; it sends back
only what ``render`` returns (publish: the facts of the files it wrote itself, or their bytes
for a remote target), or the error, re-raised here under the format's name. Formats that use
threads or C libraries that do not survive a fork (Parquet through pyarrow, the DuckDB snapshot)
stay in this process, and the snapshot's thread starts only after the fork.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

#: Below this many rows a fork (~10-30 ms plus sending the bytes back) costs more than it saves.
MIN_ROWS_TO_FORK = 1000
#: A child that has not answered by then is stuck (a lock inherited mid-use): it is killed.
ANSWER_TIMEOUT_SECONDS = 900.0
#: Rendered by the forked child: pure Python, the slowest (CPU-s for 10,044 offerings, best of 3,
#: load ~16: csv 0.60, ics 0.55, ndjson 0.05 vs html 0.37, parquet 0.24, validation 0.23,
#: changes ~0.2, json 0.03, and the DuckDB snapshot ~0.35 in a thread of this process).
CHILD_FORMATS = ("ics", "csv", "ndjson")

Render = Callable[[str], Any]


class RenderedElsewhere:
    """Formats rendered in a forked child; ``result(fmt)`` waits for them."""

    def __init__(self, formats: Sequence[str], render: Render) -> None:
        self.formats = list(formats)
        self._results: dict[str, tuple[str, Any]] | None = None
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        self._receiver = receiver
        self._process = context.Process(
            target=_render_all, args=(sender, self.formats, render), daemon=True
        )
        self._process.start()
        sender.close()

    def result(self, fmt: str) -> Any:
        """The files of ``fmt``; its rendering error is raised here, as if rendered here."""
        if self._results is None:
            self._results = self._collect()
        status, value = self._results[fmt]
        if status == "error":
            raise value
        return value

    def cancel(self) -> None:
        """Stop the child now (the publish failed): what it wrote is the caller's to remove."""
        self._process.kill()
        self._process.join()
        self._receiver.close()

    def close(self) -> None:
        self._receiver.close()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def _collect(self) -> dict[str, tuple[str, Any]]:
        try:
            if not self._receiver.poll(ANSWER_TIMEOUT_SECONDS):
                raise TimeoutError
            results: dict[str, tuple[str, Any]] = self._receiver.recv()
        except (EOFError, OSError):  # TimeoutError is an OSError
            self._process.kill()
            self._process.join()
            failure = RuntimeError(
                f"the rendering process died or hung (exit code {self._process.exitcode})"
            )
            results = {fmt: ("error", failure) for fmt in self.formats}
        self.close()
        return results


def _render_all(sender: Connection, formats: list[str], render: Render) -> None:
    results: dict[str, tuple[str, Any]] = {}
    for fmt in formats:
        try:
            results[fmt] = ("ok", render(fmt))
        except Exception as exc:
            results[fmt] = ("error", _picklable(exc))
    try:
        sender.send(results)
    finally:
        sender.close()
        os._exit(0)  # no atexit handlers or finalizers of the parent's objects in this child


def _picklable(exc: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc
