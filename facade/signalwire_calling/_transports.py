"""The HTTP clients the package makes for itself, and what keeps every connection pool it sends through sound.

- **Proxies.** A client given its own transport is one httpx reads no proxy settings for, so the clients made here
  get the environment's (`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`, read as httpx reads them) as
  mounts of the same kind of transport. A proxy setting that cannot be used is a `ConfigurationError` naming its
  variable, not the `ImportError` or `ValueError` httpx raises.
- **Cancellation.** httpcore's async pool loses a connection slot whenever a request is cancelled after the pool
  gave it a new connection and before that connection was opened (encode/httpcore#1093): the connection is never
  opened, never idle and never closed, so the pool never takes it back, and once every slot is lost each request
  fails with `PoolTimeout`. `ReclaimingAsyncTransport` gives such slots back when a request fails or is cancelled.
- **fork().** A child process inherits the parent's open connections; if both send on one, each reads answers meant
  for the other. `track` keeps (weakly) every HTTP client a `RestClient`/`AsyncRestClient` sends through; in a
  child, the pooled connections of each are forgotten (not closed: they are the parent's) so that the child opens
  its own.

What is touched of httpx's and httpcore's private parts (each looked up with care, so that a version that renames
one only loses that repair): `httpx._utils.get_environment_proxies` (httpx's own reading of the environment), a
client's `_transport` and `_mounts`, a transport's `_pool`, and a pool's `_connections`, `_requests` (each with
its `connection`), `_optional_thread_lock` and `_assign_requests_to_connections`. Nothing here runs per command
on the success path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, Final, TypeVar

import anyio
import httpx

from ._config import without_userinfo
from ._exceptions import ConfigurationError
from ._fork import renew_in_child

__all__ = ["ReclaimingAsyncTransport", "environment_mounts", "forget_connections", "track"]

_T = TypeVar("_T")

_PROXY_VARIABLES: Final = {"http://": "HTTP_PROXY", "https://": "HTTPS_PROXY", "all://": "ALL_PROXY"}
"""The mount each proxy variable of the environment becomes (httpx's rule), by the variable's upper-case name."""


# --- proxies --------------------------------------------------------------------------------------------------


def environment_mounts(make: Callable[[httpx.Proxy], _T]) -> dict[str, _T | None]:
    """httpx's mounts for the proxy settings of the environment, each proxy a transport made by `make`.

    A `NO_PROXY` entry is a mount of None (no proxy: the client's own transport). Raises `ConfigurationError`,
    naming the variable, for a proxy that cannot be used (a scheme httpx has no transport for, a malformed URL, a
    SOCKS proxy without `socksio`); the message never shows credentials in the proxy's URL.
    """
    from httpx._utils import get_environment_proxies

    mounts: dict[str, _T | None] = {}
    for pattern, url in get_environment_proxies().items():
        if url is None:
            mounts[pattern] = None
            continue
        variable = _variable(pattern)
        shown = without_userinfo(url)
        try:
            mounts[pattern] = make(httpx.Proxy(url))
        except ImportError:
            reason = "a SOCKS proxy needs the socksio package: pip install 'httpx[socks]'"
        except (ValueError, httpx.InvalidURL):
            reason = "not a proxy URL httpx can use (http://, https://, socks5:// or socks5h://, host and port)"
        else:
            continue
        raise ConfigurationError(f"the proxy {variable}={shown!r} cannot be used: {reason}; fix or unset {variable}")
    return mounts


def _variable(pattern: str) -> str:
    """The environment variable a proxy mount came from, as it is spelled in the environment."""
    name = _PROXY_VARIABLES.get(pattern, "ALL_PROXY")
    return name.lower() if os.environ.get(name.lower()) else name


# --- cancellation ---------------------------------------------------------------------------------------------


class ReclaimingAsyncTransport(httpx.AsyncHTTPTransport):
    """httpx's own async transport, which takes back the connection slots a cancelled request leaves behind.

    httpcore (1.0.9 and earlier) loses one whenever a request is cancelled (or fails) after its pool made it a new
    connection and before that connection was opened: the connection stays in the pool, never to be opened, idle
    or closed, until every slot is lost and each request fails with `PoolTimeout`. When a request fails or is
    cancelled, any connection in that state that no request holds any more is dropped (it has no socket yet),
    and the requests waiting for a slot are given one. A request that succeeds costs nothing more.
    """

    @classmethod
    def with_proxy(cls, proxy: httpx.Proxy) -> ReclaimingAsyncTransport:
        return cls(proxy=proxy)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except BaseException:
            await reclaim_orphans(getattr(self, "_pool", None))
            raise


async def reclaim_orphans(pool: Any) -> None:
    """Drop the connections of an httpcore async pool that are neither idle nor closed and that no request holds;
    then let the waiting requests have the slots. Shielded: it runs while a cancellation is on its way out."""
    connections, requests = getattr(pool, "_connections", None), getattr(pool, "_requests", None)
    if not isinstance(connections, list) or not isinstance(requests, list):
        return
    held = {id(getattr(pool_request, "connection", None)) for pool_request in requests}
    orphans = [
        connection
        for connection in connections
        if id(connection) not in held and not connection.is_idle() and not connection.is_closed()
    ]
    if not orphans:
        return
    for connection in orphans:
        connections.remove(connection)
    assign = getattr(pool, "_assign_requests_to_connections", None)
    closing: list[Any] = list(assign()) if callable(assign) else []
    with anyio.CancelScope(shield=True):
        for connection in orphans + closing:
            await connection.aclose()  # an orphan was never opened: nothing to send or wait for


# --- fork() ---------------------------------------------------------------------------------------------------


def track(http: httpx.Client | httpx.AsyncClient) -> None:
    """Have a child process made by `os.fork()` open connections of its own for `http`, not use the parent's."""
    renew_in_child(http, forget_connections)


def forget_connections(http: httpx.Client | httpx.AsyncClient) -> None:
    """Forget, without closing them, the pooled connections of `http`'s transports (httpx's own and aiohttp's).

    For a child process: the sockets are the parent's too, and closing one (a TLS close_notify) would disturb the
    parent; the pool's lock may have been held by a thread the child does not have. Other transports are left
    alone.
    """
    for transport in [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]:
        forget = getattr(transport, "forget_connections", None)  # AioHttpTransport
        if callable(forget):
            forget()
            continue
        pool: Any = getattr(transport, "_pool", None)
        if isinstance(getattr(pool, "_connections", None), list) and isinstance(getattr(pool, "_requests", None), list):
            pool._connections = []
            pool._requests = []
            lock = getattr(pool, "_optional_thread_lock", None)
            if lock is not None:
                pool._optional_thread_lock = type(lock)()
