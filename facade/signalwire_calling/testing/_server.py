"""The HTTP run mode: a loopback HTTP/1.1 server (standard library only) in front of a mock's `handle`.

It takes any `Handler` (`CallingMock` is one) and keeps its type: `mock.serve().mock` is that `CallingMock`.

Its bounds, for a peer that misbehaves (each can be set on `MockServer`):

- `LISTEN_BACKLOG` (1024, capped by the system's `somaxconn`) connections wait to be accepted, so that
  hundreds of clients connecting at once are queued, not refused or left retrying their SYN;
- at most `MAX_CONNECTIONS` (256) connections are served at once, one thread each; more wait in the backlog
  until one closes;
- a connection must deliver each whole request (line, headers and body) within `REQUEST_TIMEOUT` (10 s) of
  being accepted or of its previous answer, however slowly it trickles bytes, else it is closed without an
  answer; an idle keep-alive connection is closed after that long too (httpx and aiohttp drop theirs after 5 s);
- a body is at most `MAX_BODY` (10 MiB): a larger `Content-Length` or chunked body gets 400;
- an exception of the handler (a bug of the mock) is answered 500 and logged as one line, never a traceback.
"""

from __future__ import annotations

import contextlib
import io
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

__all__ = ["LISTEN_BACKLOG", "MAX_BODY", "MAX_CONNECTIONS", "REQUEST_TIMEOUT", "MockServer"]

HOST = "127.0.0.1"
MAX_BODY = 10 * 1024 * 1024
"""The largest request body read, in bytes; a larger one gets 400."""
LISTEN_BACKLOG = 1024
"""Connections that may wait to be accepted (the kernel caps it at `net.core.somaxconn`)."""
MAX_CONNECTIONS = 256
"""Connections served at once, each by its own thread; more wait in the backlog."""
REQUEST_TIMEOUT = 10.0
"""Seconds a connection has to deliver a whole request, from its acceptance or its previous answer."""


class _HTTPServer(ThreadingMixIn, HTTPServer):
    daemon_threads = True
    block_on_close = True  # server_close() joins the connection threads
    allow_reuse_address = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(
        self,
        mock: Handler,
        port: int,
        log: Callable[[str], object] | None,
        *,
        max_connections: int,
        request_timeout: float,
    ) -> None:
        self.mock = mock
        self.log = log
        self.request_timeout = request_timeout
        self._connections: set[socket.socket] = set()
        self._reset: set[socket.socket] = set()
        self._guard = threading.Lock()
        self._slots = threading.BoundedSemaphore(max_connections)
        self.closing = threading.Event()
        super().__init__((HOST, port), _Handler)

    def get_request(self) -> tuple[Any, Any]:
        # Accept only when a thread may serve the connection; until then it waits in the listen backlog.
        while not self._slots.acquire(timeout=0.05):
            if self.closing.is_set():
                raise OSError("the server is closing")  # _handle_request_noblock gives up quietly
        try:
            return super().get_request()
        except BaseException:
            self._slots.release()
            raise

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
        # Called once for every accepted connection, whatever became of it.
        with self._guard:
            self._connections.discard(request)
            reset = request in self._reset
            self._reset.discard(request)
        try:
            if reset:
                self.close_request(request)
            else:
                super().shutdown_request(request)
        finally:
            self._slots.release()

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
        if self.log is not None:  # a bug of the server itself: one line, as for every request
            self.log(f"connection from {client_address[0]}:{client_address[1]} failed: {_describe(error)}")


def _describe(error: BaseException | None) -> str:
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return text[:200]


class _DeadlineReader(io.RawIOBase):
    """The connection's reads, each given only the time left before the handler's `deadline`."""

    def __init__(self, connection: socket.socket, handler: _Handler) -> None:
        self._connection = connection
        self._handler = handler

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        left = self._handler.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no complete request in time")
        self._connection.settimeout(left)
        return self._connection.recv_into(buffer)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer
    deadline = 0.0
    """`time.monotonic()` by which the request being read must have arrived whole."""

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # the plain socket file: every read goes through the deadline instead
        self.rfile = io.BufferedReader(_DeadlineReader(self.connection, self))

    def handle_one_request(self) -> None:
        self.deadline = time.monotonic() + self.server.request_timeout
        super().handle_one_request()  # a read past the deadline: TimeoutError, which closes the connection

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
            self._log(f"{self.command} {self.path} - -> 400 (unreadable body)")
            return
        try:
            reply = self.server.mock.handle(self.command, self.path, self.headers.items(), body)
        except Exception as error:  # a bug of the mock: answered, and reported in one line
            self.close_connection = True
            headers = (("Content-Type", "application/json"), ("Connection", "close"))
            self._write(500, headers, b'{"error":"Internal Server Error"}')
            self._log(f"{self.command} {self.path} - -> 500 (the mock failed: {_describe(error)})")
            return
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
        if size < 0 or size > MAX_BODY:
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
            if total > MAX_BODY:
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline(8)

    def _write(self, status: int, headers: tuple[tuple[str, str], ...], body: bytes) -> None:
        self.connection.settimeout(self.server.request_timeout)  # a peer that reads nothing cannot hold the thread
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

    def log_error(self, format: str, *args: Any) -> None:
        if format.startswith("Request timed out"):  # http.server's words for the TimeoutError of a read
            timeout = self.server.request_timeout
            self._log(f"connection closed: no complete request within {timeout:g} s")


class MockServer(Generic[HandlerT]):
    """A `CallingMock` served over HTTP on 127.0.0.1 from a background thread. Close it (or use `with`)."""

    def __init__(
        self,
        mock: HandlerT,
        *,
        port: int = 0,
        log: Callable[[str], object] | None = None,
        max_connections: int = MAX_CONNECTIONS,
        request_timeout: float = REQUEST_TIMEOUT,
    ) -> None:
        """`max_connections`: served at once (more wait to be accepted); `request_timeout`: seconds a connection
        has for each whole request (see the module's docstring for every bound)."""
        if max_connections < 1 or not request_timeout > 0:
            raise ValueError("max_connections must be 1 or more and request_timeout above 0")
        self.mock = mock
        self._server = _HTTPServer(mock, port, log, max_connections=max_connections, request_timeout=request_timeout)
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
        self._server.closing.set()  # a wait for a free connection slot ends too
        self._server.shutdown()
        self._thread.join()
        self._server.wake_connections()
        self._server.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
