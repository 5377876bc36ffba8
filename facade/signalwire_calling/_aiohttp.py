"""`DefaultAioHttpClient`: an `httpx.AsyncClient` that sends over aiohttp (the `aiohttp` extra).

httpx's own async transport (httpcore on anyio) slows down as more commands are in flight at once; aiohttp's
connection pool does not. This module is imported only when `DefaultAioHttpClient` is asked for, so aiohttp
costs nothing to those who do not use it.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
from httpx._client import ClientState

from ._client import DEFAULT_TIMEOUT
from ._exceptions import ConfigurationError
from ._transports import ReclaimingAsyncTransport, environment_mounts

try:
    import aiohttp
except ImportError:  # pragma: no cover - the extra is not installed
    _INSTALLED = False
else:
    _INSTALLED = True
    _AIOHTTP_ERRORS = (TimeoutError, aiohttp.ClientError)

__all__ = ["DefaultAioHttpClient"]

# Private parts of httpx.AsyncClient used by `DefaultAioHttpClient.send`, to do what httpx's own `send` does:
# `_state`/`ClientState` (a client that has sent is open), `_transport_for_url` (mounted proxies) and
# `_build_redirect_request` (`response.next_request`). tests/transport/test_aiohttp.py compares the two.

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
_httpx_log = logging.getLogger("httpx")


class DefaultAioHttpClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` over aiohttp, for many commands at once: `pip install 'signalwire-calling[aiohttp]'`.

        async with DefaultAioHttpClient() as http, AsyncRestClient(http_client=http) as client:
            ...

    Takes the arguments of `httpx.AsyncClient`; `limits` also sets aiohttp's pool size. Errors are
    `httpx` errors, named for whether the request may have reached the server, so the client's retry rules
    hold as with httpx's own transport. Proxies (given or from the environment) go through httpx's own transport.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        timeout: Any = DEFAULT_TIMEOUT,
        verify: Any = True,
        trust_env: bool = True,
        default_encoding: Any = "utf-8",
        **kwargs: Any,
    ) -> None:
        if not _INSTALLED:
            raise ConfigurationError(
                "DefaultAioHttpClient needs aiohttp: pip install 'aiohttp>=3.10' (the aiohttp extra: from a clone of"
                " the repository, pip install './generated[aiohttp]'; from a package index,"
                " pip install 'signalwire-calling[aiohttp]')"
            )
        if "transport" not in kwargs:
            kwargs["transport"] = AioHttpTransport(limits=limits, verify=verify, trust_env=trust_env)
            # httpx reads no proxy settings for a client given a transport: a proxy, given or from the environment,
            # is mounted here, on httpx's own transport (one that takes back the slots of cancelled requests).
            options = {name: kwargs[name] for name in ("cert", "http1", "http2") if name in kwargs}

            def proxied(proxy: httpx.Proxy) -> ReclaimingAsyncTransport:
                return ReclaimingAsyncTransport(
                    proxy=proxy, verify=verify, trust_env=trust_env, limits=limits, **options
                )

            given = kwargs.pop("proxy", None)
            proxies: dict[str, ReclaimingAsyncTransport | None] = {}
            if given is not None:
                proxies["all://"] = proxied(given if isinstance(given, httpx.Proxy) else httpx.Proxy(given))
            elif trust_env:
                proxies = environment_mounts(proxied)
            kwargs["mounts"] = {**proxies, **(kwargs.get("mounts") or {})}
        super().__init__(
            limits=limits,
            timeout=timeout,
            verify=verify,
            trust_env=trust_env,
            default_encoding=default_encoding,
            **kwargs,
        )
        for name, value in self.headers.raw:
            if any(byte in value or byte in name for byte in b"\r\n\0"):
                shown = name.decode("latin-1")
                raise ConfigurationError(f"headers: {shown!r} has a line break or NUL byte, which no header may carry")
        self._response_encoding = default_encoding

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: httpx.Auth | Any = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | Any = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """`httpx.AsyncClient.send`, with less work per request when there is nothing for its extra steps to do.

        With no authentication, redirects or event hooks in play, and aiohttp as the transport, the request goes
        straight to the transport: httpx's auth and redirect machinery and its cookie parsing (done only when an
        answer sets a cookie) are what cost most per request after aiohttp's own work. The result is the same.
        """
        transport = self._plain_transport(request, auth, follow_redirects)
        if transport is None:
            return await super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
        self._state = ClientState.OPENED
        response = await transport.handle_async_request(request)
        response.request = request
        response.default_encoding = self._response_encoding
        try:
            if "set-cookie" in response.headers:
                self.cookies.extract_cookies(response)
            if response.has_redirect_location:
                response.next_request = self._build_redirect_request(request, response)
            if _httpx_log.isEnabledFor(logging.INFO):
                _httpx_log.info(
                    'HTTP Request: %s %s "%s %d %s"',
                    request.method,
                    request.url,
                    response.http_version,
                    response.status_code,
                    response.reason_phrase,
                )
            if not stream:
                await response.aread()
        except BaseException:
            await response.aclose()
            raise
        return response

    def _plain_transport(self, request: httpx.Request, auth: Any, follow_redirects: Any) -> AioHttpTransport | None:
        """The aiohttp transport when sending `request` needs nothing but the transport; else None."""
        if self.is_closed or "timeout" not in request.extensions or request.url.userinfo:
            return None  # httpx raises, or fills in the client's timeout, or takes the credentials from the URL
        if not isinstance(request.stream, httpx.AsyncByteStream):
            return None  # httpx raises: a sync body
        if (self.auth if auth is httpx.USE_CLIENT_DEFAULT else auth) is not None:
            return None
        if self.follow_redirects if follow_redirects is httpx.USE_CLIENT_DEFAULT else follow_redirects:
            return None
        hooks = self.event_hooks
        if hooks["request"] or hooks["response"]:
            return None
        transport = self._transport_for_url(request.url)  # a proxy, given or from the environment, is mounted
        return transport if isinstance(transport, AioHttpTransport) else None


class AioHttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport over one aiohttp session, opened on first use (inside the event loop).

    aiohttp's errors become httpx errors named by whether the request can have been sent: a refused or
    timed-out connection is a `ConnectError`/`ConnectTimeout` (nothing sent, safe to send again); a connection
    lost or timed out afterwards is a `ReadError`/`ReadTimeout`.

    httpx's timeouts map onto aiohttp's: `connect` bounds opening a connection, `pool` plus `connect` bounds
    getting one (waiting for a free one included), `read` bounds each read. aiohttp has no write timeout (the
    client's deadline still bounds the command). `limits.max_connections` sizes the pool, which keeps up to that
    many idle connections for `limits.keepalive_expiry` seconds.
    """

    def __init__(self, *, limits: httpx.Limits = DEFAULT_LIMITS, verify: Any = True, trust_env: bool = True) -> None:
        self._limits = limits
        self._ssl = httpx.create_ssl_context(verify=verify, trust_env=trust_env)
        self._session: aiohttp.ClientSession | None = None
        self._inherited: list[aiohttp.ClientSession] = []
        """Sessions a forked child inherited from its parent: never used, never closed."""

    def _open(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self._limits.max_connections or 0,
            keepalive_timeout=self._limits.keepalive_expiry,
            ssl=self._ssl,
        )
        # httpx keeps the cookies (in the client's jar) and reads proxies from the environment; aiohttp must not.
        self._session = aiohttp.ClientSession(
            connector=connector, cookie_jar=aiohttp.DummyCookieJar(), trust_env=False, auto_decompress=False
        )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._open()
        started = time.perf_counter()
        timeout = request.extensions.get("timeout", {})
        headers = [(key.decode("latin-1"), value.decode("latin-1")) for key, value in request.headers.raw]
        try:
            data: Any = request.content or None
        except httpx.RequestNotRead:
            data = request.stream  # aiohttp sends an async iterable chunked, as httpx would, with its own header
            headers = [(key, value) for key, value in headers if key.lower() != "transfer-encoding"]
        try:
            answer = await session.request(
                request.method,
                str(request.url),
                headers=headers,
                data=data,
                allow_redirects=False,
                compress=False,
                server_hostname=request.extensions.get("sni_hostname"),
                timeout=aiohttp.ClientTimeout(
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                    connect=_sum(timeout.get("pool"), timeout.get("connect")),
                ),
            )
        except _AIOHTTP_ERRORS as error:
            raise _named(error, request) from error
        except ValueError as error:  # what aiohttp refuses to send, such as a line break in a header set later
            raise httpx.LocalProtocolError(str(error) or "the request cannot be sent", request=request) from error
        try:
            body = _Body(answer, request, started)
            response = httpx.Response(
                answer.status,
                headers=answer.raw_headers,
                stream=body,
                request=request,
                # aiohttp decodes the reason as UTF-8, keeping undecodable bytes as surrogates: back to the bytes sent
                extensions={
                    "http_version": b"HTTP/1.1",
                    "reason_phrase": (answer.reason or "").encode(errors="surrogateescape"),
                },
            )
        except BaseException:
            answer.release()
            raise
        body.response = response
        return response

    def forget_connections(self) -> None:
        """In a child process made by `os.fork()`: leave the parent's session (its connections, its event loop)
        alone, unclosed, and open a session of the child's own on first use."""
        if self._session is not None:
            self._inherited.append(self._session)  # kept: collecting it would report it unclosed
            self._session = None

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()


def _sum(first: float | None, second: float | None) -> float | None:
    return None if first is None or second is None else first + second


class _Body(httpx.AsyncByteStream):
    """An answer's body as aiohttp reads it; closing it sets `response.elapsed`, as httpx's own transport does."""

    __slots__ = ("_answer", "_request", "_started", "response")

    def __init__(self, answer: aiohttp.ClientResponse, request: httpx.Request, started: float) -> None:
        self._answer = answer
        self._request = request
        self._started = started
        self.response: httpx.Response | None = None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._answer.content
        try:
            while chunk := await content.readany():
                yield chunk
        except _AIOHTTP_ERRORS as error:
            raise _named(error, self._request) from error

    async def aclose(self) -> None:
        response, self.response = self.response, None  # the two refer to each other: freed at once, not by the GC
        if response is not None:
            response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._started)
        self._answer.release()  # back to the pool if read to the end, else the connection is closed
        try:
            await self._answer.wait_for_close()
        except _AIOHTTP_ERRORS as error:
            raise _named(error, self._request) from error


def _named(error: BaseException, request: httpx.Request) -> httpx.TransportError:
    message = str(error) or type(error).__name__
    if isinstance(error, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)  # no connection yet: nothing was sent
    if isinstance(error, aiohttp.ClientProxyConnectionError):
        return httpx.ProxyError(message, request=request)
    if isinstance(error, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message, request=request)  # the connection could not be made: nothing was sent
    if isinstance(error, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(error, (aiohttp.ServerTimeoutError, TimeoutError)):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(error, aiohttp.ClientPayloadError):
        return httpx.ReadError(message, request=request)
    if isinstance(error, aiohttp.ClientConnectionError):
        return httpx.ReadError(message, request=request)  # dropped after the request may have been sent
    if isinstance(error, aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(message, request=request)  # not HTTP as it should be
    return httpx.TransportError(message, request=request)
