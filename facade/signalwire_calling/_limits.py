"""The limits of one command's I/O: the deadline of the command in progress, and a cap on the answer's size.

httpx's timeouts are per read, so a server sending one byte at a time never trips them. For the default
sync client every socket read and write is clamped to the time left before the deadline held in `DEADLINE`
(by `_sync_transport`); the async client bounds the whole command with a cancel scope instead. `CappedBody`
reads the answer's body up to `max_response_bytes` (decoded) and stops at the deadline.
"""

from __future__ import annotations

import time
import zlib
from contextvars import ContextVar
from typing import Any

import httpx

__all__ = ["DEADLINE", "CappedBody", "TooLargeError"]

# A private attribute of httpx touched here: `Response._content` (what `Response.read()` itself sets, after
# reading under the cap). `_sync_transport` touches the other one.

DEADLINE: ContextVar[float | None] = ContextVar("signalwire_calling_deadline", default=None)
"""`time.monotonic()` value by which the command being sent on this thread must be done; None: no command."""


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
