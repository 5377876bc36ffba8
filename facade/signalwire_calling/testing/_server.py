"""The HTTP run mode: a loopback HTTP/1.1 server (standard library only) in front of a mock's `handle`.

It takes any `Handler` (`CallingMock` is one) and keeps its type: `mock.serve().mock` is that `CallingMock`.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn
from typing import TYPE_CHECKING, Any, Generic, Self

from ._records import Handler, HandlerT

if TYPE_CHECKING:
    from .._client import AsyncRestClient, RestClient

__all__ = ["MockServer"]

HOST = "127.0.0.1"
_MAX_BODY = 10 * 1024 * 1024


class _HTTPServer(ThreadingMixIn, HTTPServer):
    daemon_threads = True
    block_on_close = True  # server_close() joins the connection threads
    allow_reuse_address = True

    def __init__(self, mock: Handler, port: int, log: Callable[[str], object] | None) -> None:
        self.mock = mock
        self.log = log
        self._connections: set[socket.socket] = set()
        self._reset: set[socket.socket] = set()
        self._guard = threading.Lock()
        super().__init__((HOST, port), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._guard:
            self._connections.add(request)
        super().process_request(request, client_address)

    def reset_on_close(self, connection: socket.socket) -> None:
        """Close this connection with a TCP reset instead of an orderly shutdown."""
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        with self._guard:
            self._reset.add(connection)

    def shutdown_request(self, request: Any) -> None:
        with self._guard:
            self._connections.discard(request)
            reset = request in self._reset
            self._reset.discard(request)
        if reset:
            self.close_request(request)
        else:
            super().shutdown_request(request)

    def wake_connections(self) -> None:
        """Unblock the threads waiting on idle keep-alive connections, so that they end."""
        with self._guard:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, OSError):
            return  # the client went away; nothing to report
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def do_POST(self) -> None:
        self._serve()

    do_GET = do_POST  # noqa: N815 - http.server's naming
    do_HEAD = do_POST  # noqa: N815
    do_PUT = do_POST  # noqa: N815
    do_PATCH = do_POST  # noqa: N815
    do_DELETE = do_POST  # noqa: N815
    do_OPTIONS = do_POST  # noqa: N815

    def _serve(self) -> None:
        body = self._read_body()
        if body is None:
            self.close_connection = True
            headers = (("Content-Type", "application/json"), ("Connection", "close"))
            self._write(400, headers, b'{"error":"Bad Request"}')
            return
        reply = self.server.mock.handle(self.command, self.path, self.headers.items(), body)
        if reply.delay > 0:
            time.sleep(reply.delay)
        if reply.drop is not None:
            self.close_connection = True
            if reply.drop == "before_read":
                self.server.reset_on_close(self.connection)
            self._log(f"{self.command} {self.path} {reply.command or '-'} -> connection dropped ({reply.drop})")
            return
        self._write(reply.status, reply.headers, reply.body)
        self._log(f"{self.command} {self.path} {reply.command or '-'} -> {reply.status}")

    def _read_body(self) -> bytes | None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        try:
            size = int(length)
        except ValueError:
            return None
        if size < 0 or size > _MAX_BODY:
            return None
        return self.rfile.read(size)

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                return None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            total += size
            if total > _MAX_BODY:
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline(8)

    def _write(self, status: int, headers: tuple[tuple[str, str], ...], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _log(self, line: str) -> None:
        if self.server.log is not None:
            self.server.log(line)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # requests are logged by _serve; errors of malformed requests are answered and not worth a line


class MockServer(Generic[HandlerT]):
    """A `CallingMock` served over HTTP on 127.0.0.1 from a background thread. Close it (or use `with`)."""

    def __init__(self, mock: HandlerT, *, port: int = 0, log: Callable[[str], object] | None = None) -> None:
        self.mock = mock
        self._server = _HTTPServer(mock, port, log)
        self.port: int = self._server.server_address[1]
        self.url = f"http://{HOST}:{self.port}"
        """`http://127.0.0.1:<port>`: pass it as the client's `host`."""
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"calling-mock:{self.port}"
        )
        self._thread.daemon = True
        self._thread.start()
        self._closed = False

    def __repr__(self) -> str:
        return f"MockServer(url={self.url!r})"

    def client(self, **options: Any) -> RestClient:
        """A `RestClient` that talks to this server over HTTP. `options`: `timeout`, `max_retries`."""
        from .._client import RestClient

        return RestClient(self.mock.project, self.mock.token, self.url, **options)

    def async_client(self, **options: Any) -> AsyncRestClient:
        """An `AsyncRestClient` that talks to this server over HTTP."""
        from .._client import AsyncRestClient

        return AsyncRestClient(self.mock.project, self.mock.token, self.url, **options)

    def close(self) -> None:
        """Stop serving, end every connection and wait for the threads. Idempotent."""
        if self._closed:
            return
        self._closed = True
        self._server.shutdown()
        self._thread.join()
        self._server.wake_connections()
        self._server.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
