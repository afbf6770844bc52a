"""A ``multiprocessing`` connection's messages, sent and received on the event loop without
blocking it.

``Connection.send`` and ``Connection.recv`` block: ``recv`` once the first bytes of an answer are
there reads on until the last have come, and a worker writes an answer over 16 KB in two writes
(its length, then the pickle), so the crawl's event loop sat in ``read()`` whenever the worker
lost its CPU between them (5 processes on 2 cores: the worker, its sibling, the normalizer, the
crawl and the server of a local web). The same for ``send`` into a full socket buffer. Here this
end's descriptor is non-blocking: a message is read as its bytes arrive, each time the loop
says there are some, and unpickled once whole; a send writes what the socket takes and waits
for room for the rest. The framing is ``Connection``'s (a 4-byte big-endian length, -1 then an
8-byte one above 2 GiB), so the worker's end keeps its plain blocking ``send`` and ``recv``.
"""

from __future__ import annotations

import asyncio
import os
import struct
from multiprocessing.reduction import ForkingPickler
from typing import Any

_LENGTH = struct.Struct("!i")
_LONG_LENGTH = struct.Struct("!Q")
#: Bytes asked of one read: a huge answer is not allocated whole before it has arrived.
_MAX_READ = 1 << 20


def frame(message: Any) -> bytes:
    """``message`` pickled as ``Connection.send`` frames it."""
    payload = ForkingPickler.dumps(message)
    size = len(payload)
    if size > 0x7FFFFFFF:
        return b"".join((_LENGTH.pack(-1), _LONG_LENGTH.pack(size), payload))
    return b"".join((_LENGTH.pack(size), payload))


class IncomingFrame:
    """One message arriving on the non-blocking descriptor ``fd``: ``feed()`` whenever it is
    readable, until it says the message is whole; then ``message()`` unpickles it."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._buffer = bytearray()
        self._size: int | None = None  # the payload's length, once its header is in
        self._header = _LENGTH.size

    def feed(self) -> bool:
        """Read what has arrived; True once the whole message is in. ``EOFError`` if the other
        end closed before it was (a worker that died)."""
        while True:
            wanted = self._wanted()
            if wanted == 0:
                return True
            try:
                chunk = os.read(self.fd, min(wanted, _MAX_READ))
            except BlockingIOError:
                return False
            if not chunk:
                raise EOFError("the other end closed the connection")
            self._buffer += chunk

    def _wanted(self) -> int:
        """How many bytes the message still lacks that are known to be coming now."""
        if self._size is None:
            if len(self._buffer) < self._header:
                return self._header - len(self._buffer)
            if self._header == _LENGTH.size:
                (size,) = _LENGTH.unpack_from(self._buffer)
                if size == -1:  # a long one: its length follows
                    self._header += _LONG_LENGTH.size
                    return _LONG_LENGTH.size
            else:
                (size,) = _LONG_LENGTH.unpack_from(self._buffer, _LENGTH.size)
            del self._buffer[: self._header]
            self._size = size
        return self._size - len(self._buffer)

    def message(self) -> Any:
        """The message, unpickled (only once ``feed`` said it is whole)."""
        assert self._size is not None and len(self._buffer) == self._size, "not whole yet"
        return ForkingPickler.loads(self._buffer)


async def send_frame(fd: int, data: bytes) -> None:
    """Write ``data`` (``frame``'s) to the non-blocking descriptor ``fd``, waiting on the event
    loop while the other end has not made room. ``BrokenPipeError`` (an ``OSError``) if it is
    gone."""
    view = memoryview(data)
    while view:
        try:
            written = os.write(fd, view)
        except BlockingIOError:
            written = 0
        view = view[written:]
        if view:
            await _writable(fd)


async def _writable(fd: int) -> None:
    loop = asyncio.get_running_loop()
    room: asyncio.Future[None] = loop.create_future()

    def ready() -> None:
        if not room.done():
            room.set_result(None)

    loop.add_writer(fd, ready)
    try:
        await room
    finally:
        loop.remove_writer(fd)
