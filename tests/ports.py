"""Blocks of consecutive free ports on 127.0.0.1, reserved across every test process on the machine.

Some tests need fixed, consecutive ports (the sample web's ``base_port``). Probing that a block
is free is not enough when several test processes (xdist workers, other checkouts' suites) run
at once: two of them can probe the same block before either binds it. A block is therefore also
reserved with ``flock`` on a lock file in the temp directory, held until the process exits; the
kernel drops the lock when a process dies, so nothing needs cleaning up.
"""

from __future__ import annotations

import fcntl
import os
import socket
import tempfile
from pathlib import Path
from typing import IO

#: Fixed ports below Linux's ephemeral range (32768–60999), so the kernel never hands them out.
FIRST_PORT, LAST_PORT, BLOCK = 18700, 19700, 10
LOCK_DIR = Path(tempfile.gettempdir()) / "netdir-test-ports"

_held: list[IO[bytes]] = []  # open lock files: the reservations of this process


def free_port_block(size: int = 6) -> int:
    """A base port whose next ``size`` ports are free now and reserved for this process."""
    if not 0 < size <= BLOCK:
        raise ValueError(f"a block has at most {BLOCK} ports, not {size}")
    LOCK_DIR.mkdir(exist_ok=True)
    for base in range(FIRST_PORT, LAST_PORT, BLOCK):
        lock = (LOCK_DIR / f"{base}.lock").open("ab")
        try:
            # flock locks belong to the open file: a second open() in this process conflicts too.
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            continue
        if _all_bindable(base, size):
            lock.truncate(0)
            lock.write(f"{os.getpid()}\n".encode())  # who holds it, for a curious human
            lock.flush()
            _held.append(lock)
            return base
        lock.close()  # taken by something that does not reserve: try the next block
    raise RuntimeError(f"no free block of {size} ports in {FIRST_PORT}–{LAST_PORT}")


def _all_bindable(base: int, size: int) -> bool:
    sockets: list[socket.socket] = []
    try:
        for port in range(base, base + size):
            sock = socket.socket()
            sockets.append(sock)
            sock.bind(("127.0.0.1", port))
        return True
    except OSError:
        return False
    finally:
        for sock in sockets:
            sock.close()


_refusing: list[socket.socket] = []  # bound, never listening: held until the process exits


def refusing_port() -> int:
    """A loopback port that refuses every connection for the rest of this test process.

    Probing a free port and closing the probe leaves a window: a server that another test
    starts meanwhile (an xdist worker's sample web) can be handed that port and answer — it did,
    with a 404 where a refusal was expected. A socket that is bound and never listens keeps the
    port taken, and the kernel answers each connection to it with a reset."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    _refusing.append(sock)
    return int(sock.getsockname()[1])
