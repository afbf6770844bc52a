"""One call run in a thread while the caller goes on; its outcome handed back to the caller.

The run overlaps DuckDB's work (opening the warehouse, loading the run's rows, exporting the
marts snapshot) with its own: DuckDB runs without the GIL. Each of those needs the same few
things: start the call now, wait for it later, and see its error raised in the waiting thread
(never lost in the worker thread's stderr), or, when the caller is giving up anyway, only wait.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class InThread(Generic[T]):
    """``call()`` in a daemon thread named ``name``, started now.

    ``result()`` waits for it and returns what it returned, or raises what it raised (any
    ``BaseException``), in the caller's thread; ``wait()`` only waits, and ``error()`` then
    tells what it raised (None if it returned).
    """

    def __init__(self, call: Callable[[], T], *, name: str) -> None:
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(call,), name=name, daemon=True)
        self._thread.start()

    def _run(self, call: Callable[[], T]) -> None:
        try:
            self._value = call()
        except BaseException as exc:  # raised by result(), in the caller's thread
            self._error = exc

    def wait(self) -> None:
        """Wait until the call has ended (returned or raised)."""
        self._thread.join()

    def error(self) -> BaseException | None:
        """What the call raised, None if it returned (waits for it to end)."""
        self._thread.join()
        return self._error

    def result(self) -> T:
        """What the call returned; what it raised is raised here (waits for it to end)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]
