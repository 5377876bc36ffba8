"""The I/O limits of one command: a total deadline every socket read obeys, and a cap on the answer's size.

httpx's timeouts are per read, so a server sending one byte at a time never trips them. For the default
sync client every socket read and write is clamped to the time left before the deadline of the command in
progress (held in a context variable); the async client bounds the whole command with a cancel scope instead.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

__all__ = ["DEADLINE", "CappedBody", "TooLargeError", "deadline_transport"]

# Private attributes of httpx touched here and only here: `HTTPTransport._pool._network_backend` (to bound
# every socket read) and `Response._content` (what `Response.read()` itself sets, after reading under the cap).

DEADLINE: ContextVar[float | None] = ContextVar("signalwire_calling_deadline", default=None)
"""`time.monotonic()` value by which the command being sent on this thread must be done; None: no command."""


def _clamp(timeout: float | None) -> float | None:
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the command's deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose reads and writes never wait past the deadline of the command using it."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(*args, **kwargs))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """`httpcore.SyncBackend` whose connections are `_DeadlineStream`s."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(host, port, _clamp(timeout), local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_unix_socket(path, _clamp(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def deadline_transport() -> httpx.HTTPTransport:
    """httpx's own transport, with every socket read and write bounded by the command's deadline.

    httpx offers no public way to pass an httpcore network backend, so the one private attribute touched in
    this package is here: the pool's `_network_backend` is wrapped (checked, so a future httpx that renames it
    only loses the per-read clamp, not correctness of anything else).
    """
    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport


class TooLargeError(Exception):
    """The decoded body passed the cap (internal: the client turns it into `ResponseTooLargeError`)."""


class CappedBody:
    """Collects a response body from its raw (still encoded) chunks, decoding gzip and deflate itself so that
    no chunk inflates past the cap: memory stays within about the cap whatever the compression ratio.

    Other encodings (br, zstd, several at once) are left to httpx's decoders, chunk by chunk.
    """

    __slots__ = ("_cap", "_chunks", "_deadline", "_decoder", "_deflate", "_first", "_size", "done", "raw")

    def __init__(self, response: httpx.Response, cap: int, deadline: float) -> None:
        self._cap = cap
        self._deadline = deadline
        self._chunks: list[bytes] = []
        self._size = 0
        self._first = True
        # A response already read (e.g. made by an httpx.MockTransport) is already decoded.
        encoding = "" if response.is_stream_consumed else response.headers.get("content-encoding", "").strip().lower()
        self._decoder: Any = None
        self._deflate = encoding == "deflate"
        if encoding == "gzip":
            self._decoder = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._decoder = zlib.decompressobj()
        self.raw = encoding in ("", "identity") or self._decoder is not None
        """True: feed `iter_raw()` chunks; False: feed `iter_bytes()` (httpx decodes)."""
        self.done = response.is_stream_consumed
        """The body was read before it got here: nothing to stream."""
        if self.done:
            self._add(response.content)

    def feed(self, chunk: bytes) -> None:
        if time.monotonic() > self._deadline:
            raise httpx.ReadTimeout("the command's deadline has passed while reading the answer")
        if self._decoder is None:
            self._add(chunk)
            return
        try:
            while chunk:
                data = self._decompress(chunk)
                self._add(data)
                chunk = self._decoder.unconsumed_tail
        except zlib.error as exc:
            raise httpx.DecodingError(f"the answer's body could not be decoded: {exc}") from None

    def _decompress(self, chunk: bytes) -> bytes:
        room = self._cap - self._size + 1
        if self._first and self._deflate:
            self._first = False
            try:
                return bytes(self._decoder.decompress(chunk, room))
            except zlib.error:
                self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)  # "deflate" sent without its zlib header
        return bytes(self._decoder.decompress(chunk, room))

    def _add(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._cap:
            raise TooLargeError
        if data:
            self._chunks.append(data)

    def store(self, response: httpx.Response) -> None:
        """Make the collected body the response's `content`, as `Response.read()` does."""
        if self._decoder is not None:
            try:
                self._add(self._decoder.flush())
            except zlib.error as exc:
                raise httpx.DecodingError(f"the answer's body could not be decoded: {exc}") from None
        response._content = b"".join(self._chunks)
