"""Proxies from the environment: the clients the package makes for itself use them, and refuse unusable ones.

httpx reads no proxy settings for a client it is given a transport, and every client here has one of its own (the
sync client's deadline-bounded one, the async client's that takes back cancelled slots, aiohttp's), so these are
mounted by the package, as httpx would have. The proxy is a loopback server answering as SignalWire would.
"""

from __future__ import annotations

import importlib.util
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import pytest

from signalwire_calling import (
    APIConnectionError,
    APITimeoutError,
    AsyncRestClient,
    ConfigurationError,
    DefaultAioHttpClient,
    RestClient,
)
from tests.conftest import CALL_ID, PROJECT, TOKEN
from tests.support.loopback import LegServer, leg_server

VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


@pytest.fixture
def proxy() -> Iterator[LegServer]:
    with leg_server() as running:
        yield running


@pytest.fixture
def nowhere() -> str:
    """A loopback address nothing listens on: reached only through the proxy."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{probe.getsockname()[1]}"


@asynccontextmanager
async def own_async(host: str, **options: Any) -> AsyncIterator[AsyncRestClient]:
    async with AsyncRestClient(PROJECT, TOKEN, host, **options) as client:
        yield client


@asynccontextmanager
async def on_aiohttp(host: str, **options: Any) -> AsyncIterator[AsyncRestClient]:
    async with (
        DefaultAioHttpClient() as http,
        AsyncRestClient(PROJECT, TOKEN, host, http_client=http, **options) as client,
    ):
        yield client


ASYNC_CLIENTS: list[Callable[..., AbstractAsyncContextManager[AsyncRestClient]]] = [own_async, on_aiohttp]


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY", "http_proxy"])
def test_the_sync_client_sends_through_the_proxy_of_the_environment(
    variable: str, proxy: LegServer, nowhere: str, no_proxies: pytest.MonkeyPatch
) -> None:
    no_proxies.setenv(variable, proxy.url)
    with RestClient(PROJECT, TOKEN, nowhere, max_retries=0) as client:
        assert str(client.calling.end(CALL_ID).id) == CALL_ID
    assert [item.target for item in proxy.received] == [f"http://{nowhere}/api/calling/calls"]


@pytest.mark.anyio
@pytest.mark.parametrize("make", ASYNC_CLIENTS, ids=["own", "aiohttp"])
@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY"])
async def test_the_async_clients_send_through_the_proxy_of_the_environment(
    variable: str, make: Any, proxy: LegServer, nowhere: str, no_proxies: pytest.MonkeyPatch
) -> None:
    no_proxies.setenv(variable, proxy.url)
    async with make(nowhere, max_retries=0) as client:
        assert str((await client.calling.end(CALL_ID)).id) == CALL_ID
    assert [item.target for item in proxy.received] == [f"http://{nowhere}/api/calling/calls"]


def test_https_proxy_is_asked_for_a_tunnel_to_the_space(proxy: LegServer, no_proxies: pytest.MonkeyPatch) -> None:
    no_proxies.setenv("HTTPS_PROXY", proxy.url)
    with (
        RestClient(PROJECT, TOKEN, "example.signalwire.com", max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,  # the proxy refuses the tunnel
    ):
        client.calling.end(CALL_ID)
    assert [item.target for item in proxy.received] == ["example.signalwire.com:443"]
    assert TOKEN not in str(caught.value)


@pytest.mark.anyio
@pytest.mark.parametrize("make", ASYNC_CLIENTS, ids=["own", "aiohttp"])
async def test_https_proxy_is_asked_for_a_tunnel_by_the_async_clients(
    make: Any, proxy: LegServer, no_proxies: pytest.MonkeyPatch
) -> None:
    no_proxies.setenv("HTTPS_PROXY", proxy.url)
    async with make("example.signalwire.com", max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            await client.calling.end(CALL_ID)
    assert [item.target for item in proxy.received] == ["example.signalwire.com:443"]


def test_no_proxy_is_honoured(proxy: LegServer, no_proxies: pytest.MonkeyPatch) -> None:
    with leg_server() as direct:
        no_proxies.setenv("ALL_PROXY", proxy.url)
        no_proxies.setenv("NO_PROXY", "127.0.0.1")
        with RestClient(PROJECT, TOKEN, direct.url, max_retries=0) as client:
            client.calling.end(CALL_ID)
    assert proxy.received == []
    assert [item.target for item in direct.received] == ["/api/calling/calls"]


def test_the_deadline_bounds_a_command_sent_through_a_proxy(no_proxies: pytest.MonkeyPatch, nowhere: str) -> None:
    with leg_server(delay=5.0) as slow:
        no_proxies.setenv("HTTP_PROXY", slow.url)
        with (
            RestClient(PROJECT, TOKEN, nowhere, timeout=None, deadline=0.5, max_retries=0) as client,
            pytest.raises(APITimeoutError, match="deadline"),
        ):
            client.calling.end(CALL_ID)


UNUSABLE = [
    ("ALL_PROXY", "socks5://someone:s3cret-proxy-pass@127.0.0.1:1080", "socksio"),
    ("HTTPS_PROXY", "ftp://someone:s3cret-proxy-pass@proxy.example.com:21", "not a proxy URL"),
    ("HTTP_PROXY", "http://someone:s3cret-proxy-pass@[::1", "not a proxy URL"),
    ("https_proxy", "http://someone:s3cret-proxy-pass@proxy.example.com:port", "not a proxy URL"),
]


def _make_sync() -> None:
    RestClient(PROJECT, TOKEN, "example")


def _make_async() -> None:
    AsyncRestClient(PROJECT, TOKEN, "example")


def _make_aiohttp() -> None:
    DefaultAioHttpClient()


@pytest.mark.parametrize("make", [_make_sync, _make_async, _make_aiohttp], ids=["sync", "async", "aiohttp"])
@pytest.mark.parametrize(("variable", "value", "reason"), UNUSABLE, ids=[case[0] for case in UNUSABLE])
def test_an_unusable_proxy_is_a_configuration_error_naming_its_variable(
    variable: str, value: str, reason: str, make: Callable[[], None], no_proxies: pytest.MonkeyPatch
) -> None:
    if reason == "socksio" and importlib.util.find_spec("socksio") is not None:
        pytest.skip("socksio is installed: a SOCKS proxy can be used")
    no_proxies.setenv(variable, value)
    with pytest.raises(ConfigurationError) as caught:
        make()
    message = str(caught.value)
    assert variable in message
    assert reason in message
    assert "s3cret-proxy-pass" not in message
    assert caught.value.__cause__ is None


@pytest.mark.anyio
async def test_a_proxy_given_to_default_aiohttp_client_is_used(proxy: LegServer, nowhere: str) -> None:
    async with (
        DefaultAioHttpClient(proxy=proxy.url) as http,
        AsyncRestClient(PROJECT, TOKEN, nowhere, http_client=http, max_retries=0) as client,
    ):
        await client.calling.end(CALL_ID)
    assert [item.target for item in proxy.received] == [f"http://{nowhere}/api/calling/calls"]
