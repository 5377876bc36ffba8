"""`DefaultAioHttpClient`: an `httpx.AsyncClient` that sends over aiohttp (the `aiohttp` extra).

httpx's own async transport (httpcore on anyio) slows down as more commands are in flight at once; aiohttp's
connection pool does not. This module is imported only when `DefaultAioHttpClient` is asked for, so aiohttp
costs nothing to those who do not use it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from ._client import DEFAULT_TIMEOUT
from ._exceptions import ConfigurationError

try:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport
except ImportError:  # pragma: no cover - the extra is not installed
    _INSTALLED = False
else:
    _INSTALLED = True

__all__ = ["DefaultAioHttpClient"]

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


class DefaultAioHttpClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` over aiohttp, for many commands at once: `pip install 'signalwire-calling[aiohttp]'`.

        async with DefaultAioHttpClient() as http, AsyncRestClient(http_client=http) as client:
            ...

    Takes the arguments of `httpx.AsyncClient`; `limits` also sets aiohttp's pool size. Errors are
    `httpx` errors, named for whether the request may have reached the server, so the client's retry rules
    hold as with httpx's own transport.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        timeout: Any = DEFAULT_TIMEOUT,
        verify: Any = True,
        trust_env: bool = True,
        **kwargs: Any,
    ) -> None:
        if not _INSTALLED:
            raise ConfigurationError("DefaultAioHttpClient needs aiohttp: pip install 'signalwire-calling[aiohttp]'")
        if "transport" not in kwargs:
            kwargs["transport"] = _Transport(limits=limits, verify=verify, trust_env=trust_env)
        super().__init__(limits=limits, timeout=timeout, verify=verify, trust_env=trust_env, **kwargs)


if _INSTALLED:

    class _Transport(AiohttpTransport):
        """httpx-aiohttp's transport with aiohttp's errors named by whether the request can have been sent.

        httpx-aiohttp reports a dropped connection or a read timeout as `httpx.ConnectTimeout`, which would
        let a command that may have started something be sent again.
        """

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            with _renamed():
                response = await super().handle_async_request(request)
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _Stream(response.stream)
            return response

    class _Stream(httpx.AsyncByteStream):
        def __init__(self, stream: httpx.AsyncByteStream) -> None:
            self._stream = stream

        async def __aiter__(self) -> AsyncIterator[bytes]:
            with _renamed():
                async for chunk in self._stream:
                    yield chunk

        async def aclose(self) -> None:
            with _renamed():
                await self._stream.aclose()

    @contextmanager
    def _renamed() -> Iterator[None]:
        try:
            yield
        except (TimeoutError, httpx.TransportError, aiohttp.ClientError) as error:
            named = _named(error)
            if named is error:
                raise
            raise named from error

    def _named(error: BaseException) -> httpx.TransportError:
        cause = error.__cause__ if isinstance(error, httpx.TransportError) else error
        message = str(error) or type(cause).__name__
        if isinstance(cause, aiohttp.ConnectionTimeoutError):
            return httpx.ConnectTimeout(message)  # no connection yet: nothing was sent
        if isinstance(cause, aiohttp.ClientProxyConnectionError):
            return httpx.ProxyError(message)
        if isinstance(cause, aiohttp.ClientConnectorError):
            return httpx.ConnectError(message)  # the connection could not be made: nothing was sent
        if isinstance(cause, (aiohttp.ServerTimeoutError, TimeoutError)):
            return httpx.ReadTimeout(message)
        if isinstance(cause, aiohttp.ClientPayloadError):
            return httpx.ReadError(message)
        if isinstance(cause, aiohttp.ClientConnectionError):
            return httpx.ReadError(message)  # dropped after the request may have been sent
        if isinstance(error, httpx.TransportError):
            return error
        return httpx.TransportError(message)
