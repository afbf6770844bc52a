"""The warehouse's marts snapshot written as soon as the load has committed, beside publish's
read of the rows, rather than after it.

The snapshot (``Warehouse.export_marts``: five tables into a fresh DuckDB file) costs a fixed
~0.15 CPU-s and ~0.2-0.5 s of wall time whatever the run's size. Publish starts it once it has
read every row, and for a small run (a polite crawl: ~1,600 offerings, the rows read in ~0.1 s)
it is then the last thing publish waits for. Started at the commit, it runs beside the read (it
is DuckDB's work, without the GIL). For a large run the read feeds the second publish process
(``netdir.publish.parallel``) and is the critical path: the snapshot beside it would only take
CPU from it, so it starts where it did (``SNAPSHOT_FIRST_MAX_OFFERINGS``).

The file is written in the publish directory under a hidden temporary name of the shape the
publish target removes when a killed run leaves one behind, and moved to publish's own temporary
name once publish asks for the snapshot: nothing is visible under a published name before
publish commits.
"""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path
from types import TracebackType

from netdir.in_thread import InThread
from netdir.warehouse import Warehouse

#: Up to this many offerings the snapshot starts before publish reads the rows (see above).
SNAPSHOT_FIRST_MAX_OFFERINGS = 5000


class EarlySnapshot:
    """``Warehouse.export_marts`` into a temporary file of ``out`` in a thread, from now on;
    ``move_to(path)`` waits for it and moves the file there (raising what the export raised).
    Used as a context manager: on leaving, a file nobody took is removed."""

    def __init__(self, warehouse: Warehouse, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        # The name publish's leftover cleanup matches (``.<name>.<8 hex>.tmp``).
        path = self._path = out / f".netdir.duckdb.{secrets.token_hex(4)}.tmp"
        # What the export raises is raised by move_to(), in publish's snapshot thread.
        self._export = InThread(lambda: warehouse.export_marts(path), name="netdir-snapshot")

    def move_to(self, path: Path) -> None:
        self._export.result()
        shutil.move(self._path, path)  # a rename: both are in the publish directory

    def __enter__(self) -> EarlySnapshot:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._export.wait()
        for leftover in (self._path, self._path.with_name(self._path.name + ".wal")):
            leftover.unlink(missing_ok=True)
