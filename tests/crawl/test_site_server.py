"""The test site stamps a request with its arrival, not with when a busy server got to it."""

from __future__ import annotations

import socket
import sys
import time

import pytest

from tests.crawl.site_server import arrival_of_next_bytes, stamp_arrivals


@pytest.mark.skipif(sys.platform != "linux", reason="the kernel's arrival stamps are Linux's")
def test_a_request_is_stamped_when_it_arrived_not_when_the_server_got_to_it() -> None:
    with socket.create_server(("127.0.0.1", 0)) as listener:
        stamp_arrivals(listener)
        client = socket.create_connection(listener.getsockname())
        server_end, _ = listener.accept()
        with client, server_end:
            before = time.time()
            client.sendall(b"GET / HTTP/1.1\r\n\r\n")
            sent = time.time()  # loopback: the kernel stamped it within sendall
            time.sleep(0.3)  # the server held up, as by the crawler's GIL in a crawl test
            arrived = arrival_of_next_bytes(server_end)
            assert arrived is not None and before <= arrived <= sent
            assert server_end.recv(100) == b"GET / HTTP/1.1\r\n\r\n"  # looked at, not taken
