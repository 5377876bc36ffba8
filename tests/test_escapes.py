"""Nothing but a `SignalWireError` escapes a command, and a bad value is refused before any byte is sent.

Each case was found escaping as a bare `ValueError`, `TypeError`, `RuntimeError`, `RecursionError` or
`UnicodeEncodeError`, or as the wrong bytes on the wire. The commands go to a real loopback server, which records
what reached it; secrets are checked to appear in no message.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import httpx
import pytest

from signalwire_calling import (
    APIConnectionError,
    AsyncRestClient,
    ClientClosedError,
    DefaultAioHttpClient,
    RestClient,
    SignalWireError,
)
from tests.conftest import CALL_ID, PROJECT, TOKEN
from tests.loopback import LegServer, leg_server


@pytest.fixture
def server() -> Iterator[LegServer]:
    with leg_server() as running:
        yield running


# A closed client.


def test_a_closed_client_says_so(server: LegServer) -> None:
    client = RestClient(PROJECT, TOKEN, server.url)
    client.calling.end(CALL_ID)
    client.close()
    for sender in (client, client.with_options(max_retries=0)):
        with pytest.raises(ClientClosedError, match="the client is closed") as caught:
            sender.calling.end(CALL_ID)
        assert isinstance(caught.value, SignalWireError)
        assert isinstance(caught.value, RuntimeError)  # what httpx raised, for code that caught that
        assert f"calling.end on call {CALL_ID}" in str(caught.value)
        assert TOKEN not in str(caught.value)
    assert len(server.received) == 1


def test_a_client_whose_http_client_was_closed_says_so(server: LegServer) -> None:
    http = httpx.Client()
    client = RestClient(PROJECT, TOKEN, server.url, http_client=http)
    http.close()
    with pytest.raises(ClientClosedError, match="closed"):
        client.calling.end(CALL_ID)
    assert server.received == []


@pytest.mark.anyio
async def test_a_closed_async_client_says_so(server: LegServer) -> None:
    client = AsyncRestClient(PROJECT, TOKEN, server.url)
    await client.close()
    with pytest.raises(ClientClosedError, match="the client is closed"):
        await client.calling.end(CALL_ID)
    async with DefaultAioHttpClient() as http:
        on_aiohttp = AsyncRestClient(PROJECT, TOKEN, server.url, http_client=http)
    with pytest.raises(ClientClosedError):
        await on_aiohttp.calling.end(CALL_ID)
    assert server.received == []


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the first loop's socket, unclosed
def test_an_async_client_used_in_another_event_loop_is_an_api_connection_error(server: LegServer) -> None:
    client = AsyncRestClient(PROJECT, TOKEN, server.url, max_retries=0)
    asyncio.run(client.calling.end(CALL_ID))  # its connection stays in the pool, tied to that loop
    with pytest.raises(APIConnectionError, match="event loop") as caught:
        asyncio.run(client.calling.end(CALL_ID))
    assert TOKEN not in str(caught.value)
    del client, caught
    gc.collect()  # here, not in a later test
