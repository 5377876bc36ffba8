"""The in-process run mode: httpx transports that hand each request to a mock's `handle`.

They take any `Handler` (`CallingMock` is one) and keep its type in `transport.mock`.
"""

from __future__ import annotations

import time
from typing import Generic

import httpx

from ._records import HandlerT, Reply

__all__ = ["AsyncMockTransport", "MockTransport"]


def _target(request: httpx.Request) -> str:
    return request.url.raw_path.decode("ascii")


def _limit(request: httpx.Request, reply: Reply) -> float | None:
    """The client's timeout for the phase the reply's delay falls in (connect before reading, else read)."""
    timeouts = request.extensions.get("timeout") or {}
    limit = timeouts.get("connect" if reply.drop == "before_read" else "read")
    return limit if isinstance(limit, (int, float)) else None


def _timed_out(request: httpx.Request, reply: Reply) -> httpx.TimeoutException:
    if reply.drop == "before_read":
        return httpx.ConnectTimeout("timed out (mock latency)", request=request)
    return httpx.ReadTimeout("timed out (mock latency)", request=request)


def _answer(request: httpx.Request, reply: Reply) -> httpx.Response:
    """What a real connection gives for the reply: a response, or the error of a dropped connection."""
    if reply.drop == "before_read":
        raise httpx.ConnectError("[mock] connection dropped before the request was read", request=request)
    if reply.drop == "after_read":
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    return httpx.Response(
        reply.status, headers=list(reply.headers), content=reply.body, extensions={"http_version": b"HTTP/1.1"}
    )


class MockTransport(httpx.BaseTransport, Generic[HandlerT]):
    """Sync transport: `httpx.Client(transport=CallingMock().transport())`."""

    def __init__(self, mock: HandlerT) -> None:
        self.mock = mock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        reply = self.mock.handle(request.method, _target(request), request.headers.multi_items(), body)
        if reply.delay > 0:
            limit = _limit(request, reply)
            if limit is not None and reply.delay > limit:
                time.sleep(limit)
                raise _timed_out(request, reply)
            time.sleep(reply.delay)
        return _answer(request, reply)


class AsyncMockTransport(httpx.AsyncBaseTransport, Generic[HandlerT]):
    """Async transport: `httpx.AsyncClient(transport=CallingMock().async_transport())` (asyncio or trio)."""

    def __init__(self, mock: HandlerT) -> None:
        self.mock = mock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        reply = self.mock.handle(request.method, _target(request), request.headers.multi_items(), body)
        if reply.delay > 0:
            import anyio  # httpx's own dependency; imported only when latency is scripted

            limit = _limit(request, reply)
            if limit is not None and reply.delay > limit:
                await anyio.sleep(limit)
                raise _timed_out(request, reply)
            await anyio.sleep(reply.delay)
        return _answer(request, reply)
