"""The warehouse opened in a thread while the caller does something else."""

from __future__ import annotations

from pathlib import Path

from netdir.in_thread import InThread
from netdir.warehouse.warehouse import Warehouse


class OpeningWarehouse:
    """``Warehouse.open(path, wait_seconds=…, threads=…)`` in a thread started now (DuckDB's work, mostly
    without the GIL). ``take()`` waits for it and hands the warehouse over (or raises what the
    open raised, e.g. ``WarehouseLocked``); ``close()`` closes one nobody took."""

    def __init__(
        self, path: Path | str, *, wait_seconds: float = 0, threads: int | None = None
    ) -> None:
        self._taken = False
        self._opened = InThread(
            lambda: Warehouse.open(path, wait_seconds=wait_seconds, threads=threads),
            name="netdir-open",
        )

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
        if self._opened.error() is None:
            self._opened.result().close()
