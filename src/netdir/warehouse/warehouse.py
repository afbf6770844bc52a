"""``Warehouse``: one DuckDB file, opened by one process at a time."""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from netdir import lazy_re
from netdir.in_thread import InThread
from netdir.warehouse import load, migrate, prior, reads, snapshot, unchanged
from netdir.warehouse.exceptions import WarehouseError, WarehouseLocked
from netdir.warehouse.failures import cause, rollback
from netdir.warehouse.model import LastRun, PriorState, RunInput, RunSummary
from netdir.warehouse.sql_files import migrations

logger = logging.getLogger("netdir.warehouse")

_LOCK_HOLDER = lazy_re.compile(r"\(PID (\d+)\)")
#: DuckDB's memory limit while a run loads (see ``Warehouse.load_run``); its default is 80 %
#: of the machine's memory, which lets a big run's rows stay in memory until COMMIT. DuckDB
#: fills what it is given: at 128MB the offerings' part of a 5,000-page load took the refresh
#: from 388 to 479 MB, its peak (64MB: 389 -> 420 MB; the snapshot, capped alike, 452 -> 416).
LOAD_MEMORY_LIMIT = "64MB"
#: Lower while a run's raw pages and records go in (``Warehouse.begin_load``): mostly page
#: bodies, which DuckDB then writes to its temporary file almost at once instead of holding up
#: to the load's limit (measured alone, raw rows of 1,000 / 5,000 pages: +104 / +186 MB RSS at
#: 128MB, +86 / +105 MB at 32MB; no slower). Raised to ``LOAD_MEMORY_LIMIT`` for the offerings.
#: (16MB was too little: a small statement's 8 MB allocation did not fit.)
RAW_ROWS_MEMORY_LIMIT = "32MB"
#: A load that did not fit under its limit runs again under this one before it runs without
#: any: without a limit DuckDB held every new row of a big run until COMMIT (5,000 pages: the
#: offerings' part of a load took the process from 522 to 663 MB).
RETRY_MEMORY_LIMIT = "512MB"
#: Set to a memory size (``256MB``, ``1GB``), DuckDB's limit for the whole load, raw rows and
#: offerings alike, in place of ``RAW_ROWS_MEMORY_LIMIT`` and ``LOAD_MEMORY_LIMIT``: for a
#: warehouse whose loads keep running out of them (each time logged, and loaded again).
LOAD_MEMORY_ENV = "NETDIR_LOAD_MEMORY_LIMIT"
_MEMORY_SIZE = lazy_re.compile(r"\d+(\.\d+)?\s*[KMGT]i?B", re.IGNORECASE)
#: How often a waiting open retries a file another process holds.
_LOCK_POLL_SECONDS = 0.5


@contextmanager
def _memory_limit(con: duckdb.DuckDBPyConnection, limit: str) -> Iterator[None]:
    """DuckDB's ``memory_limit`` set to ``limit`` meanwhile, then back to DuckDB's default
    (netdir sets it nowhere else). Where DuckDB already holds more than ``limit`` it cannot
    lower it: then nothing changes."""
    if not _limit_memory(con, limit):
        yield
        return
    try:
        yield
    finally:
        con.execute("RESET memory_limit")


def _limit_memory(con: duckdb.DuckDBPyConnection, limit: str) -> bool:
    """Set ``memory_limit`` to ``limit``; False where DuckDB already holds more than that."""
    try:
        con.execute(f"SET memory_limit = '{limit}'")
    except duckdb.OutOfMemoryException:
        return False
    return True


def first_memory_limit(default: str) -> str:
    """DuckDB's limit for a load's first try: ``NETDIR_LOAD_MEMORY_LIMIT`` if set, else
    ``default``."""
    chosen = os.environ.get(LOAD_MEMORY_ENV, "").strip()
    if not chosen:
        return default
    if not _MEMORY_SIZE.fullmatch(chosen):
        raise WarehouseError(
            f"{LOAD_MEMORY_ENV}={chosen!r} is no memory size: set it like 256MB or 1GB, or unset it"
        )
    return chosen


def _warn_out_of_memory(run_id: str, limit: str, next_limit: str | None) -> None:
    """Say that a load ran out of its memory limit and runs again: the run loses nothing (the
    whole load goes in again, one transaction), but its memory peak rises, and a warehouse
    that does this every night wants a larger first limit."""
    logger.warning(
        "loading run %s did not fit in DuckDB's memory limit of %s; loading the whole run "
        "again %s (nothing is lost, but this run's memory peak rises). If this happens on "
        "every run, set %s to a larger size (e.g. %s) so the first try fits",
        run_id,
        limit,
        f"under {next_limit}" if next_limit else "without a limit",
        LOAD_MEMORY_ENV,
        next_limit or RETRY_MEMORY_LIMIT,
    )


class Warehouse:
    """The warehouse file. Open it with ``Warehouse.open``; use it as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only
        # One connection, possibly used from orchestration threads: one statement group at a time.
        self._lock = threading.RLock()

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        sandboxed: bool = False,
        wait_seconds: float = 0,
        threads: int | None = None,
    ) -> Warehouse:
        """Open (and for writing create) the file. If another process holds it, wait up to
        ``wait_seconds`` for it to let go (0: fail at once with ``WarehouseLocked``).
        ``threads``: how many threads DuckDB may use for this connection (None: its default,
        one per core).

        ``sandboxed`` (for analysts' SQL, implies read-only): no file system or network access
        from SQL (no ``COPY … TO``, ``read_csv('/etc/passwd')``, ``ATTACH``, extension loading)
        and the configuration locked so no statement can switch that back on.
        """
        deadline = time.monotonic() + max(wait_seconds, 0)
        while True:
            try:
                return cls._open_now(
                    path, read_only=read_only, sandboxed=sandboxed, threads=threads
                )
            except WarehouseLocked as exc:
                if time.monotonic() >= deadline:
                    if wait_seconds > 0:
                        raise WarehouseLocked(f"{exc} (waited {wait_seconds:g} s)") from exc
                    raise
                time.sleep(min(_LOCK_POLL_SECONDS, max(deadline - time.monotonic(), 0.01)))

    @classmethod
    def _open_now(
        cls, path: Path | str, *, read_only: bool, sandboxed: bool, threads: int | None = None
    ) -> Warehouse:
        read_only = read_only or sandboxed
        db_path = Path(path)
        if read_only and not db_path.exists():
            raise WarehouseError(
                f"no warehouse at {db_path}: run `netdir refresh` first, or pass --db / set "
                "NETDIR_DB to an existing file"
            )
        if not read_only:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            config: dict[str, str | bool | int | float | list[str]] = (
                {"enable_external_access": False} if sandboxed else {}
            )
            if threads is not None:
                config["threads"] = threads
            con = duckdb.connect(str(db_path), read_only=read_only, config=config)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise WarehouseError(f"cannot open warehouse {db_path}: {exc}") from exc
            holder = _LOCK_HOLDER.search(str(exc))
            pid = f" (PID {holder.group(1)})" if holder else ""
            raise WarehouseLocked(
                f"warehouse {db_path} is in use by another netdir process{pid}; wait for it to "
                "finish or use the published snapshot netdir.duckdb"
            ) from exc
        except duckdb.Error as exc:
            raise WarehouseError(
                f"cannot open warehouse {db_path}: {exc}; is it a DuckDB 2.x file?"
            ) from exc
        # TIMESTAMPTZ values come back in the session time zone: UTC makes the ISO strings
        # (first_seen, last_seen) the same on every machine.
        con.execute("SET TimeZone = 'UTC'")
        if sandboxed:
            con.execute("SET lock_configuration = true")  # last: nothing can be SET after this
        return cls(con, db_path, read_only=read_only)

    def close(self) -> None:
        with self._lock:
            try:
                self._con.close()  # checkpoints: writes the WAL into the file
            except duckdb.Error as exc:
                raise WarehouseError(f"closing warehouse {self.path} failed: {cause(exc)}") from exc

    def __enter__(self) -> Warehouse:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def migrate(self) -> int:
        """Apply pending migrations and recreate the mart views; returns the schema version."""
        self._require_writable("migrate")
        with self._lock:
            return migrate.migrate(self._con, str(self.path))

    def schema_version(self) -> int:
        with self._lock:
            return migrate.schema_version(self._con)

    def prior_state(self, source_id: str) -> PriorState:
        return self.prior_states([source_id])[source_id]

    def prior_states(self, source_ids: Sequence[str]) -> dict[str, PriorState]:
        """What the last runs left for each source, read for all of them at once."""
        with self._lock:
            if migrate.schema_version(self._con) == 0:
                return {source_id: PriorState() for source_id in source_ids}
            return prior.prior_states(self._con, source_ids)

    def load_run(self, run: RunInput) -> RunSummary:
        """Load one run in ONE transaction: a crash leaves the previous state intact.

        DuckDB holds a transaction's new rows in memory until COMMIT: ~45 MB per 1,000 pages
        (bodies, records, offerings, history). Under ``LOAD_MEMORY_LIMIT`` it writes them to
        a temporary file instead, so the load's memory stays flat in pages (5,000 pages: peak
        +720 MB without, +170 MB with). Should a statement not fit, the load runs again under
        ``RETRY_MEMORY_LIMIT`` and, only if that is too little, without a limit.
        """
        self._require_writable("load_run")
        with self._lock:
            self._require_current_schema()
            return self._load_within(
                run, (first_memory_limit(LOAD_MEMORY_LIMIT), RETRY_MEMORY_LIMIT)
            )

    def _load_within(self, run: RunInput, limits: tuple[str, ...]) -> RunSummary:
        """``_load_once`` under each memory limit in turn while the load runs out of it, and
        without any limit after the last; each retry is logged."""
        for index, limit in enumerate(limits):
            try:
                with _memory_limit(self._con, limit):
                    return self._load_once(run)
            except WarehouseError as exc:
                if not isinstance(exc.__cause__, duckdb.OutOfMemoryException):
                    raise
            following = limits[index + 1] if index + 1 < len(limits) else None
            _warn_out_of_memory(run.run_id, limit, following)
        return self._load_once(run)

    def begin_load(self, run: RunInput) -> PendingLoad:
        """Start loading ``run`` before its offerings exist (``run.offerings`` is not read):
        its sources, raw pages, raw records and source health go in from a thread while the
        caller merges (~0.5 CPU-s per 1,000 pages, much of it DuckDB's, off the other core).
        ``PendingLoad.finish(run)`` adds the offerings in the same transaction and commits,
        ``abandon()`` rolls back: as with ``load_run``, it is one transaction, and a crash
        leaves the previous state intact. Call no other method until one of them returned."""
        self._require_writable("load_run")
        with self._lock:
            self._require_current_schema()
        return PendingLoad(self, run)

    def _load_once(self, run: RunInput) -> RunSummary:
        with self._transaction(f"loading run {run.run_id} into {self.path} failed"):
            return load.load_run(self._con, run)

    @contextmanager
    def _transaction(self, failed: str) -> Iterator[None]:
        """One transaction around the block: committed when it ends, rolled back on any
        exception; a DuckDB error becomes a WarehouseError that starts with ``failed``."""
        self._con.execute("BEGIN TRANSACTION")
        try:
            yield
            self._con.execute("COMMIT")
        except duckdb.Error as exc:
            self._rollback()
            raise WarehouseError(
                f"{failed}: {cause(exc)}; the warehouse keeps its previous state"
            ) from exc
        except BaseException:
            self._rollback()
            raise

    def last_run(self) -> LastRun | None:
        """The latest run's inputs fingerprint and source health (None before the first run)."""
        with self._lock:
            if migrate.schema_version(self._con) == 0:
                return None
            return unchanged.last_run(self._con)

    def record_unchanged_run(self, run: RunInput, last: LastRun) -> RunSummary:
        """Record a run in which nothing changed since ``last``, in one transaction."""
        self._require_writable("record_unchanged_run")
        with self._lock:
            self._require_current_schema()
            with self._transaction(f"recording unchanged run {run.run_id} in {self.path} failed"):
                return unchanged.record_unchanged_run(self._con, run, last)

    def _rollback(self) -> None:
        rollback(self._con)

    def overview_rows(
        self, *, where: str | None = None, upcoming: bool = False
    ) -> list[dict[str, Any]]:
        with self._lock:
            return reads.overview_rows(self._con, where=where, upcoming=upcoming)

    def iter_overview_rows(self, *, upcoming: bool = False) -> Iterator[dict[str, Any]]:
        """``overview_rows`` handed over one at a time (``reads.iter_overview_rows``), read
        through a connection of its own (``cursor()``), so the snapshot and other reads may
        use this one meanwhile."""
        with self._lock:
            reader = self._con.cursor()
        return _closing(reader, reads.iter_overview_rows(reader, upcoming=upcoming))

    def offering_revisions(self) -> dict[str, tuple[int, datetime]]:
        with self._lock:
            return reads.offering_revisions(self._con)

    def changes_by_source(self, run_id: str) -> dict[str, dict[str, int]]:
        with self._lock:
            return reads.changes_by_source(self._con, run_id)

    def source_summary(self) -> list[dict[str, Any]]:
        with self._lock:
            return reads.source_summary(self._con)

    def query(
        self, sql: str, params: Sequence[object] | None = None
    ) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run any SQL; returns (column names, rows)."""
        with self._lock:
            cursor = self._con.execute(sql, list(params) if params is not None else None)
            columns = [column[0] for column in cursor.description or []]
            rows = cursor.fetchall() if cursor.description else []
            return columns, rows

    def export_marts(self, target: Path) -> None:
        # Capped like a load: the snapshot is written while publish holds every row, and at
        # DuckDB's default limit its copy of the marts stayed in memory (5,000 pages: +~90 MB).
        with self._lock, _memory_limit(self._con, LOAD_MEMORY_LIMIT):
            snapshot.export_marts(self._con, Path(target))

    def checkpoint(self) -> bool:
        """Write the WAL into the file now (what closing does), e.g. in a thread while the
        caller does something else, so ``close`` has little left to write. Best effort: False
        if DuckDB declined (another transaction running); ``close`` checkpoints then."""
        if self.read_only:
            return False
        with self._lock:
            try:
                self._con.execute("CHECKPOINT")
            except duckdb.Error as exc:
                logger.debug("checkpoint of %s deferred to closing: %s", self.path, exc)
                return False
        return True

    def prune(self, keep_runs: int) -> int:
        """Drop page bodies of all but the last ``keep_runs`` runs; validators and offering
        history stay. Returns how many bodies were dropped."""
        if keep_runs < 1:
            raise WarehouseError(f"keep_runs must be at least 1, got {keep_runs}")
        self._require_writable("prune")
        with self._lock:
            self._require_current_schema()
            old_bodies = """
                FROM raw.pages
                WHERE body IS NOT NULL AND run_id NOT IN (
                    SELECT run_id FROM core.runs ORDER BY started_at DESC, run_id DESC LIMIT ?
                )
            """
            self._con.execute("BEGIN TRANSACTION")
            try:
                row = self._con.execute(f"SELECT count(*) {old_bodies}", [keep_runs]).fetchone()
                self._con.execute(
                    "UPDATE raw.pages SET body = NULL, pruned_at = current_timestamp "
                    f"WHERE rowid IN (SELECT rowid {old_bodies})",
                    [keep_runs],
                )
                self._con.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
            # Freed blocks are reused by later loads; a checkpoint writes the change out now.
            self._con.execute("CHECKPOINT")
            return int(row[0]) if row else 0

    def _require_writable(self, action: str) -> None:
        if self.read_only:
            raise WarehouseError(
                f"{action} needs write access, but {self.path} was opened read-only; "
                "open it with read_only=False (only one process may write at a time)"
            )

    def _require_current_schema(self) -> None:
        known = len(migrations())
        current = migrate.schema_version(self._con)
        if current != known:
            raise WarehouseError(
                f"warehouse {self.path} is at schema version {current}, this netdir expects "
                f"{known}: call migrate() first"
            )


def _closing(
    reader: duckdb.DuckDBPyConnection, rows: Iterator[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    try:
        yield from rows
    finally:
        reader.close()


class PendingLoad:
    """A load begun by ``Warehouse.begin_load``: its first part runs in a thread."""

    def __init__(self, warehouse: Warehouse, run: RunInput) -> None:
        self.run = run
        self._warehouse = warehouse
        self._con = warehouse._con
        self._limited = False
        self._limit = first_memory_limit(RAW_ROWS_MEMORY_LIMIT)  # the limit in effect
        # What the thread raises is raised by finish(), in the caller's thread.
        self._rows = InThread(self._load_rows, name="netdir-load")

    def _load_rows(self) -> None:
        with self._warehouse._lock:
            self._limited = _limit_memory(self._con, self._limit)
            self._con.execute("BEGIN TRANSACTION")
            load.load_run_rows(self._con, self.run)

    def finish(self, run: RunInput) -> RunSummary:
        """Load ``run`` (the run given to ``begin_load``, now with its offerings) and commit."""
        if run.run_id != self.run.run_id:
            raise ValueError(f"begun as run {self.run.run_id}, finished as {run.run_id}")
        self._rows.wait()
        warehouse = self._warehouse
        with warehouse._lock:
            try:
                self._rows.result()
                if self._limited:  # the offerings' joins and diff get the load's usual room
                    self._limit = first_memory_limit(LOAD_MEMORY_LIMIT)
                    self._con.execute(f"SET memory_limit = '{self._limit}'")
                summary = load.load_offerings(self._con, run)
                self._con.execute("COMMIT")
            except duckdb.OutOfMemoryException:
                limit = self._limit if self._limited else "its default"
                self._end()
                _warn_out_of_memory(run.run_id, limit, RETRY_MEMORY_LIMIT)
                # All of it again: its limit did not hold the load, a raised one may.
                return warehouse._load_within(run, (RETRY_MEMORY_LIMIT,))
            except duckdb.Error as exc:
                self._end()
                raise WarehouseError(
                    f"loading run {run.run_id} into {warehouse.path} failed: {cause(exc)}; "
                    "the warehouse keeps its previous state"
                ) from exc
            except BaseException:
                self._end()
                raise
            self._reset_limit()
            return summary

    def abandon(self) -> None:
        """Roll back what the thread loaded (the caller failed before ``finish``)."""
        self._rows.wait()
        with self._warehouse._lock:
            self._end()

    def _end(self) -> None:
        rollback(self._con)
        self._reset_limit()

    def _reset_limit(self) -> None:
        if self._limited:
            self._limited = False
            self._con.execute("RESET memory_limit")
