"""Render some publish formats in a forked process while this one renders the others.

Rendering 10,000 offerings takes seconds per format (iCal and CSV most), all pure Python on one
core; the machine has a second. The child is forked after the rows are prepared, so it gets them
without copying or pickling; it sends back only the finished bytes (or the error, re-raised here
under the format's name). Formats that use threads or C libraries that do not survive a fork
(Parquet through pyarrow, the DuckDB snapshot) stay in this process.
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
#: Rendered by the forked child: pure Python, the slowest (CPU-s for 10,044 offerings, cProfile
#: off, load ~5: ics 2.5, csv 2.1, ndjson 1.1 vs json 1.5, parquet 1.3, html 0.9, changes 0.7).
CHILD_FORMATS = ("ics", "csv", "ndjson")

Render = Callable[[str], dict[str, bytes]]


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

    def result(self, fmt: str) -> dict[str, bytes]:
        """The files of ``fmt``; its rendering error is raised here, as if rendered here."""
        if self._results is None:
            self._results = self._collect()
        status, value = self._results[fmt]
        if status == "error":
            raise value
        return value  # type: ignore[no-any-return]

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
