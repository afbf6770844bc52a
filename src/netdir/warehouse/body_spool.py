"""Page bodies set aside on disk between the crawl and the warehouse load.

A run keeps every changed page's bytes until the load writes them to ``raw.pages``: ~18 KB a
page, held in memory by the crawler's URL cache and the run's results, was the largest part of
the crawl's growth per page (5,000 pages: ~90 MB). The crawler writes each body to one unnamed
file per run as the page arrives and keeps only where it is (``AsideBody``); the load reads the
bodies back one batch at a time.

The file is created next to the warehouse (``/tmp`` may be a RAM disk, which would only move the
bytes) and unlinked at once: nothing is left behind, whether the run ends or crashes. If a body
cannot be written (disk full), the page keeps it in memory: the run never loses a body.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
import weakref
from pathlib import Path

from netdir.records import Page

logger = logging.getLogger("netdir.warehouse.body_spool")


class BodySpool:
    """One run's page bodies, appended to an unlinked temporary file."""

    def __init__(self, directory: Path | str | None = None) -> None:
        where = Path(directory) if directory is not None else None
        if where is not None and not where.is_dir():
            where = None  # the warehouse directory is created later: the system's default
        fd, name = tempfile.mkstemp(prefix=".netdir-bodies-", dir=where)
        os.unlink(name)  # gone with the last descriptor: also after a crash
        self._fd = fd
        self._end = 0
        self._lock = threading.Lock()
        self._closed = False
        # Closed when the spool and every body that refers to it are gone (or on close()).
        self._finalizer = weakref.finalize(self, os.close, fd)

    @property
    def size(self) -> int:
        """Bytes written so far."""
        return self._end

    def set_aside(self, page: Page) -> None:
        """Move ``page.body`` to the file (``page.body_aside`` then says where it is)."""
        body = page.body
        if body is None or self._closed:
            return
        with self._lock:
            offset = self._end
            self._end += len(body)
        try:
            _write_all(self._fd, body, offset)
        except OSError as exc:  # disk full or the like: keep the bytes in memory
            logger.warning(
                "could not set a page body aside (%s); kept in memory: %s", exc, page.url
            )
            return
        page.body_aside = AsideBody(self, offset, len(body))
        page.body = None

    def read(self, offset: int, length: int) -> bytes:
        chunks: list[bytes] = []
        while length > 0:
            chunk = os.pread(self._fd, length, offset)
            if not chunk:
                raise OSError(f"page body spool ended early at byte {offset} (truncated?)")
            chunks.append(chunk)
            offset += len(chunk)
            length -= len(chunk)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    def close(self) -> None:
        """Let go of the file now (bodies not read yet can no longer be read)."""
        self._closed = True
        self._finalizer()


def _write_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, offset)
        view = view[written:]
        offset += written


class AsideBody:
    """Where one page's body is in its run's spool; reads it back on demand.

    Pickled (a page sent to another process) as the bytes themselves: the file is this
    process's."""

    __slots__ = ("_length", "_offset", "_spool")

    def __init__(self, spool: BodySpool, offset: int, length: int) -> None:
        self._spool = spool
        self._offset = offset
        self._length = length

    def __len__(self) -> int:
        return self._length

    def read(self) -> bytes:
        return self._spool.read(self._offset, self._length)

    def __reduce__(self) -> tuple[type[KeptBody], tuple[bytes]]:
        return KeptBody, (self.read(),)


class KeptBody:
    """A body held in memory behind the same ``read()`` as ``AsideBody``."""

    __slots__ = ("_data",)

    def __init__(self, data: bytes) -> None:
        self._data = data

    def __len__(self) -> int:
        return len(self._data)

    def read(self) -> bytes:
        return self._data
