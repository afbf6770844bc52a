"""The warehouse opened in a thread while the caller does something else."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

from netdir.warehouse.warehouse import Warehouse


class OpeningWarehouse:
    """``Warehouse.open(path, wait_seconds=…)`` in a thread started now (DuckDB's work, mostly
    without the GIL). ``take()`` waits for it and hands the warehouse over (or raises what the
    open raised, e.g. ``WarehouseLocked``); ``close()`` closes one nobody took."""

    def __init__(self, path: Path | str, *, wait_seconds: float = 0) -> None:
        self._opened: Future[Warehouse] = Future()
        self._taken = False
        self._thread = threading.Thread(
            target=self._open, args=(path, wait_seconds), name="netdir-open", daemon=True
        )
        self._thread.start()

    def _open(self, path: Path | str, wait_seconds: float) -> None:
        try:
            self._opened.set_result(Warehouse.open(path, wait_seconds=wait_seconds))
        except BaseException as exc:  # raised by take(), in the caller's thread
            self._opened.set_exception(exc)

    def take(self) -> Warehouse:
        if self._taken:
            raise RuntimeError("the opened warehouse was taken already")
        self._taken = True
        return self._opened.result()

    def close(self) -> None:
        """Close the warehouse unless it was taken (waits for the open to end)."""
        if self._taken:
            return
        self._taken = True
        self._thread.join()
        if self._opened.exception() is None:
            self._opened.result().close()
