"""Where published files land: a local directory or an fsspec URL (``s3://bucket/prefix``).

Every file is first written under a temporary name next to its final name and only moved into
place once all outputs of a publish were produced, so readers never see a half-written file and
a failed publish leaves the previous files untouched. Temp files a killed publish left behind
are removed by the next publish to the same directory.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netdir import lazy_re
from netdir.publish.exceptions import PublishError
from netdir.publish.sync_behind import SyncBehind


def is_remote(out: str | Path) -> bool:
    text = str(out)
    return "://" in text and not text.startswith("file://")


@dataclass
class StagedFile:
    name: str  # final file name inside the target, e.g. "overview.json"
    temp: str  # temporary path or key it was written to


#: A publish's temp file (``.overview.json.1a2b3c4d.tmp``) or write probe left by a killed run.
_LEFTOVER = lazy_re.compile(r"^\.(?:.+\.[0-9a-f]{8}\.tmp|netdir-write-check\.[0-9a-f]{8})$")
LEFTOVER_AGE_SECONDS = 15 * 60


@dataclass
class PublishTarget:
    """One publish directory; ``stage`` writes temp files, ``commit`` moves them all into place."""

    out: str | Path
    storage_options: Mapping[str, Any] | None = None
    staged: list[StagedFile] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._token = secrets.token_hex(4)
        self._remote = is_remote(self.out)
        # A local file's fsync runs beside the next file's rendering; commit waits for them.
        self._syncs = SyncBehind()
        if self._remote:
            import fsspec  # only remote targets need it

            self._fs, self._root = fsspec.core.url_to_fs(
                str(self.out), **dict(self.storage_options or {})
            )
            self._root = self._root.rstrip("/")
        else:
            text = str(self.out)
            self._dir = (
                Path(text.removeprefix("file://")) if text.startswith("file://") else Path(text)
            )

    @property
    def location(self) -> str:
        if self._remote:
            return str(self.out).rstrip("/")
        return str(self._dir)

    @property
    def remote(self) -> bool:
        return self._remote

    def prepare(self, *, create_bucket: bool = False) -> None:
        """Make sure files can be written here, before anything is produced or crawled.

        A local directory is created (parents too) and a probe file written and removed. A
        remote target must exist already: its bucket is created only with ``create_bucket``
        (a typo in a bucket name must not leave a new public bucket behind); then a probe object
        is written and removed, which is what surfaces missing credentials in one line.
        """
        if self._remote:
            self._prepare_remote(create_bucket=create_bucket)
            return
        try:
            self._dir.mkdir(parents=True, exist_ok=True)
            probe = self._dir / f".netdir-write-check.{self._token}"
            probe.write_bytes(b"")
            probe.unlink()
            self._remove_leftovers()
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise PublishError(
                f"cannot write to the publish directory {self.location}: {reason}"
                " → choose another --out or fix its permissions"
            ) from exc

    def _remove_leftovers(self) -> None:
        """Temp files of publishes that were killed before they could clean up.

        Only files older than ``LEFTOVER_AGE_SECONDS``: a publish running right now (an export
        beside a refresh) stages its files for seconds, and its files must stay.
        """
        now = time.time()
        for path in self._dir.iterdir():
            if not _LEFTOVER.match(path.name):
                continue
            with contextlib.suppress(OSError):  # gone already, or not ours to remove
                if now - path.stat().st_mtime > LEFTOVER_AGE_SECONDS:
                    path.unlink()

    def _prepare_remote(self, *, create_bucket: bool) -> None:
        bucket = self._root.split("/", 1)[0]
        probe = self._path(f".netdir-write-check.{self._token}")
        try:
            try:
                # info(), not exists(): exists() answers False for missing credentials too.
                self._fs.info(bucket)
            except FileNotFoundError:
                if not create_bucket:
                    raise PublishError(
                        f"{self.location}: the bucket {bucket!r} does not exist "
                        "→ create it, or pass --create-bucket"
                    ) from None
                self._fs.mkdir(bucket)
            self._fs.pipe_file(probe, b"")
            self._fs.rm_file(probe)
        except PublishError:
            raise
        except Exception as exc:  # botocore/fsspec raise many classes; the user needs one line
            raise PublishError(
                f"cannot write to {self.location}: {_one_line(exc)} → check the credentials "
                "(AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE), the bucket name "
                "and write permission"
            ) from exc

    def read_bytes(self, name: str) -> bytes | None:
        """The currently published file, or None if there is none yet."""
        try:
            if self._remote:
                # One GET, no listing: a cached directory listing could be stale.
                return self._fs.cat_file(self._path(name))
            final = self._dir / name
            return final.read_bytes() if final.exists() else None
        except FileNotFoundError:
            return None

    def exists(self, name: str) -> bool:
        if self._remote:
            return bool(self._fs.exists(self._path(name)))
        return (self._dir / name).exists()

    def temp_path(self, name: str) -> str:
        """A temporary name next to ``name``: hidden, unique to this publish."""
        temp_name = f".{name}.{self._token}.tmp"
        return self._path(temp_name) if self._remote else str(self._dir / temp_name)

    def stage(self, name: str, data: bytes | Sequence[bytes]) -> None:
        self.write_temp(name, data)
        self.adopt(name)

    def write_temp(self, name: str, data: bytes | Sequence[bytes]) -> None:
        """Write ``data`` (the bytes, or the parts that are the bytes in order) under ``name``'s
        temp name, not yet staged: a second renderer writes its files itself and the publishing
        process adopts them."""
        temp = self.temp_path(name)
        parts = [data] if isinstance(data, bytes) else data
        if self._remote:
            self._fs.pipe_file(temp, parts[0] if len(parts) == 1 else b"".join(parts))
        else:
            with open(temp, "wb") as handle:
                handle.writelines(parts)
                handle.flush()
                self._syncs.sync(os.dup(handle.fileno()))

    def write_temp_stream(self, name: str, parts: Iterable[bytes]) -> None:
        """``write_temp`` of parts made while they are written, each let go once written (a
        local target; a remote one gets them joined)."""
        if self._remote:
            self.write_temp(name, b"".join(parts))
            return
        with open(self.temp_path(name), "wb") as handle:
            write = handle.write
            for part in parts:
                write(part)
            handle.flush()
            self._syncs.sync(os.dup(handle.fileno()))

    def wait_synced(self) -> None:
        """Return once every temp file this process wrote is on disk (their fsyncs run in a
        thread, ``SyncBehind``); raise the first failure. ``commit`` waits for them too."""
        self._syncs.wait()

    def adopt(self, name: str) -> None:
        """Stage the temp file of ``name`` that ``write_temp`` wrote (in this or a child process)."""
        self.staged.append(StagedFile(name, self.temp_path(name)))

    def stage_local_file(self, name: str, local: Path) -> None:
        """Stage a file that was produced on local disk (the DuckDB snapshot)."""
        temp = self.temp_path(name)
        if self._remote:
            self._fs.put_file(str(local), temp)
        elif str(local) != temp:
            os.replace(local, temp)
        self.staged.append(StagedFile(name, temp))

    def commit(self, order: list[str] | None = None) -> list[str]:
        """Move every staged file into place; ``order`` names files to move last, in that order."""
        self.wait_synced()  # no file is moved into place before every one is on disk
        last = order or []
        ordered = sorted(self.staged, key=lambda f: last.index(f.name) if f.name in last else -1)
        if self._remote:
            # An object store has no rename: each move is a copy and a delete. The files not
            # ordered go in one concurrent batch, the ordered ones after it, one by one.
            batch = [staged for staged in ordered if staged.name not in last]
            if batch:
                self._fs.mv([s.temp for s in batch], [self._path(s.name) for s in batch])
            for staged in ordered[len(batch) :]:
                self._fs.mv(staged.temp, self._path(staged.name))
        else:
            for staged in ordered:
                os.replace(staged.temp, self._dir / staged.name)
        names = [staged.name for staged in ordered]
        self.staged.clear()
        return names

    def discard(self, unadopted: Iterable[str] = ()) -> None:
        """Remove every staged temp file, and those of ``unadopted`` names a child process may
        have written; the published files stay as they were."""
        with contextlib.suppress(OSError):  # the files go anyway; their descriptors are closed
            self._syncs.wait()
        staged_names = {staged.name for staged in self.staged}
        extra = [StagedFile(n, self.temp_path(n)) for n in unadopted if n not in staged_names]
        for staged in [*self.staged, *extra]:
            try:
                if self._remote:
                    self._fs.rm_file(staged.temp)
                else:
                    Path(staged.temp).unlink(missing_ok=True)
            except (OSError, FileNotFoundError):
                pass  # a leftover hidden temp file is harmless; the next publish uses new names
        self.staged.clear()

    def _path(self, name: str) -> str:
        return f"{self._root}/{name}"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else 'no details'}"


def check_target(
    out: str | Path,
    storage_options: Mapping[str, Any] | None = None,
    *,
    create_bucket: bool = False,
) -> None:
    """Raise PublishError (one line) unless files can be published to ``out``.

    Called before a refresh or export does any work, so a wrong ``--out`` or missing
    credentials end the run at once instead of after the whole crawl.
    """
    PublishTarget(out, storage_options).prepare(create_bucket=create_bucket)
