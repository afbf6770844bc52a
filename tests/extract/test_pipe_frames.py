"""Messages on the extraction pool's own end of a worker's connection, read and written without
blocking the event loop (netdir.extract.pipe_frames), framed as ``Connection`` frames them."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from typing import Any

import pytest

from netdir.extract.pipe_frames import IncomingFrame, frame, send_frame


def _pair() -> tuple[Any, Any]:
    ours, theirs = multiprocessing.Pipe(duplex=True)
    os.set_blocking(ours.fileno(), False)
    return ours, theirs


async def _receive(fd: int) -> Any:
    loop = asyncio.get_running_loop()
    incoming = IncomingFrame(fd)
    whole: asyncio.Future[None] = loop.create_future()

    def readable() -> None:
        if not whole.done() and incoming.feed():
            whole.set_result(None)

    loop.add_reader(fd, readable)
    try:
        await asyncio.wait_for(whole, 10)
    finally:
        loop.remove_reader(fd)
    return incoming.message()


@pytest.mark.parametrize("size", [0, 10, 16_000, 16_385, 300_000, 3_000_000])
def test_a_message_sent_by_connection_is_read_whole(size: int) -> None:
    ours, theirs = _pair()
    message = {"text": "ä" * size, "n": size}
    # Sent from a thread: above the socket's buffer the sender waits until this end reads.
    sender = threading.Thread(target=theirs.send, args=(message,))
    sender.start()
    try:
        assert asyncio.run(_receive(ours.fileno())) == message
    finally:
        sender.join()
        ours.close()
        theirs.close()


@pytest.mark.parametrize("size", [5, 20_000, 3_000_000])
def test_a_framed_message_is_what_connection_receives(size: int) -> None:
    ours, theirs = _pair()
    message = ("read", ["x" * size])
    received: list[Any] = []
    reader = threading.Thread(target=lambda: received.append(theirs.recv()))
    reader.start()
    try:
        asyncio.run(send_frame(ours.fileno(), frame(message)))
        reader.join(10)
        assert received == [message]
    finally:
        ours.close()
        theirs.close()


def test_an_answer_arriving_in_pieces_is_taken_as_its_bytes_come() -> None:
    """The length first, the pickle later (as ``Connection.send`` writes an answer over 16 KB):
    the reader says "not yet" in between instead of waiting in ``read()``."""
    ours, theirs = _pair()
    try:
        data = frame(["y" * 50_000])
        incoming = IncomingFrame(ours.fileno())
        assert not incoming.feed()  # nothing there yet
        os.write(theirs.fileno(), data[:4])
        assert not incoming.feed()
        os.write(theirs.fileno(), data[4:1000])
        assert not incoming.feed()
        os.write(theirs.fileno(), data[1000:])
        deadline = time.monotonic() + 5
        while not incoming.feed():
            assert time.monotonic() < deadline
        assert incoming.message() == ["y" * 50_000]
    finally:
        ours.close()
        theirs.close()


def test_the_other_end_closing_mid_message_is_an_eof() -> None:
    ours, theirs = _pair()
    try:
        os.write(theirs.fileno(), frame("z" * 1000)[:100])
        theirs.close()
        incoming = IncomingFrame(ours.fileno())
        with pytest.raises(EOFError):
            while not incoming.feed():
                pass
    finally:
        ours.close()
