"""A socket server on 127.0.0.1 that sends exactly the bytes a test scripts (then resets)."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable
from types import TracebackType

#: Answer for one request: the raw bytes to send, and whether to reset the connection after.
Script = Callable[[bytes], tuple[bytes, bool]]


class RawServer:
    """``with RawServer(script) as server: server.url("/")``; each connection gets one answer."""

    def __init__(self, script: Script, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self._script = script
        self._socket = socket.create_server((host, port))
        self.port = self._socket.getsockname()[1]
        self.requests = 0
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._socket.close()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = connection.recv(65536)
                if not chunk:
                    return
                request += chunk
            self.requests += 1
            answer, reset = self._script(request)
            try:
                connection.sendall(answer)
            except OSError:
                return
            if reset:
                # SO_LINGER 0: close sends RST, as a crashing server or proxy does.
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def http_answer(body: bytes, *, status: int = 200, **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} OK", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    if "Content_Length" not in headers:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body
