"""The crawler's network layer (``AsyncioBackend``): what httpx sees must not change.

TLS, keep-alive, a server that drops idle connections, a body larger than the read buffer, and
the errors httpx maps (connect refused, read timeout), all against servers on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from netdir.crawl.network import on_asyncio_sockets


class _Server(ThreadingHTTPServer):
    daemon_threads = True


BIG = bytes(range(256)) * 4096  # 1 MiB: four times the unread bytes the stream holds at once


def _handler(close_after_answer: bool = False) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            body = BIG if self.path == "/big" else f"port {self.client_address[1]}".encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            if close_after_answer:
                # Keep-alive promised, then the idle connection is dropped (servers do that).
                self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def serving(
    handler: type[BaseHTTPRequestHandler], tls: ssl.SSLContext | None = None
) -> Iterator[int]:
    server = _Server(("127.0.0.1", 0), handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02})
    thread.daemon = True
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def _client(**transport: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=on_asyncio_sockets(httpx.AsyncHTTPTransport(**transport)), timeout=5
    )


async def _get_all(urls: list[str], **transport: Any) -> list[httpx.Response]:
    async with _client(**transport) as client:
        responses = []
        for url in urls:
            responses.append(await client.get(url))
        return responses


def test_keep_alive_reuses_the_connection_and_bodies_arrive_whole() -> None:
    with serving(_handler()) as port:
        base = f"http://127.0.0.1:{port}"
        first, second, big = asyncio.run(_get_all([f"{base}/a", f"{base}/b", f"{base}/big"]))
    assert first.status_code == second.status_code == big.status_code == 200
    assert first.content == second.content  # the same client port: one connection
    assert big.content == BIG


def test_concurrent_requests_share_the_pools_few_connections_under_asyncio_locks() -> None:
    # The pool's connections take their turns through asyncio's locks (not anyio's, which yield
    # to the loop on every acquisition): twelve requests at once, two connections, all answered.
    with serving(_handler()) as port:
        base = f"http://127.0.0.1:{port}"

        async def twelve_at_once() -> tuple[list[httpx.Response], list[Any]]:
            transport = on_asyncio_sockets(
                httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=2))
            )
            async with httpx.AsyncClient(transport=transport, timeout=5) as client:
                responses = await asyncio.gather(*(client.get(f"{base}/{n}") for n in range(12)))
                return responses, list(transport._pool.connections)

        responses, connections = asyncio.run(twelve_at_once())
    assert [response.status_code for response in responses] == [200] * 12
    assert len({response.content for response in responses}) <= 2  # client ports: connections
    locks = [lock for c in connections for lock in (c._request_lock, c._connection._state_lock)]
    assert locks and all(isinstance(lock._anyio_lock, asyncio.Lock) for lock in locks)


def test_a_connection_the_server_dropped_is_not_reused() -> None:
    with serving(_handler(close_after_answer=True)) as port:
        base = f"http://127.0.0.1:{port}"

        async def two_with_a_pause() -> list[httpx.Response]:
            async with _client() as client:
                first = await client.get(f"{base}/a")
                await asyncio.sleep(0.1)  # the server's close arrives meanwhile
                return [first, await client.get(f"{base}/b")]

        first, second = asyncio.run(two_with_a_pause())
    assert first.status_code == second.status_code == 200
    assert first.content != second.content  # a new connection, not a failed request


def test_a_body_read_in_part_then_closed_leaves_the_client_usable() -> None:
    with serving(_handler()) as port:
        base = f"http://127.0.0.1:{port}"

        async def partial_then_whole() -> tuple[int, httpx.Response]:
            async with _client() as client:
                async with client.stream("GET", f"{base}/big") as response:
                    async for chunk in response.aiter_raw():
                        received = len(chunk)
                        break
                return received, await client.get(f"{base}/small")

        received, after = asyncio.run(partial_then_whole())
    assert 0 < received < len(BIG)
    assert after.status_code == 200


def test_connection_refused_is_httpx_connect_error() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # bound, never listening: connections are refused
        with pytest.raises(httpx.ConnectError):
            asyncio.run(_get_all([f"http://127.0.0.1:{port}/"]))


def test_a_server_that_never_answers_is_httpx_read_timeout() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]

        async def get() -> None:
            async with httpx.AsyncClient(
                transport=on_asyncio_sockets(httpx.AsyncHTTPTransport()), timeout=0.3
            ) as client:
                await client.get(f"http://127.0.0.1:{port}/")

        with pytest.raises(httpx.ReadTimeout):
            asyncio.run(get())


def _self_signed(directory: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """(server context, client context trusting only that server's certificate)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = directory / "cert.pem", directory / "key.pem"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(cert_file, key_file)
    client = ssl.create_default_context(cafile=str(cert_file))
    return server, client


def test_https_through_the_asyncio_backend(tmp_path: Path) -> None:
    server_tls, client_tls = _self_signed(tmp_path)
    with serving(_handler(), tls=server_tls) as port:
        base = f"https://127.0.0.1:{port}"
        first, second = asyncio.run(_get_all([f"{base}/a", f"{base}/b"], verify=client_tls))
        assert first.status_code == 200
        assert first.content == second.content  # keep-alive over TLS
        with pytest.raises(httpx.ConnectError):  # a certificate nobody vouched for
            asyncio.run(_get_all([f"{base}/a"], verify=ssl.create_default_context()))
