"""Cancellation safety: commands cancelled at any moment leave the async client's connection pool whole.

httpcore's pool (1.0.9) loses a connection slot each time a request is cancelled after the pool gave it a new
connection and before that connection was opened (encode/httpcore#1093); rounds of 200 cancellations lost 16,
33, 50, ... slots until all 100 were gone and every command failed with `PoolTimeout`. The default
`AsyncRestClient` sends through a transport that takes such slots back.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import anyio
import httpx
import pytest

from signalwire_calling import AsyncRestClient, DefaultAioHttpClient, ReclaimingAsyncTransport
from tests.conftest import CALL_ID, PROJECT, TOKEN
from tests.support.loopback import LegServer, leg_server

ROUNDS = 8
STORM = 200
MAX_CONNECTIONS = 100  # httpx's default, which the client's own pool has


@pytest.fixture(scope="module")
def server() -> Iterator[LegServer]:
    with leg_server() as running:
        yield running


def held_slots(client: AsyncRestClient) -> list[Any]:
    """The connections of the client's own pool that are neither idle nor closed: slots no request can have."""
    pool = client._http._transport._pool  # type: ignore[attr-defined]
    return [connection for connection in pool.connections if not connection.is_idle() and not connection.is_closed()]


async def storm(client: AsyncRestClient, chance: random.Random) -> None:
    """`STORM` commands at once, each cancelled at a moment of its own within its first 200 ms."""

    async def cancelled_soon() -> None:
        with anyio.move_on_after(chance.uniform(0.0, 0.2)):
            await client.calling.end(CALL_ID)

    async with anyio.create_task_group() as group:
        for _ in range(STORM):
            group.start_soon(cancelled_soon)


async def all_at_once(client: AsyncRestClient, count: int) -> list[str]:
    answers: list[str] = []

    async def one() -> None:
        answers.append(str((await client.calling.end(CALL_ID)).id))

    async with anyio.create_task_group() as group:
        for _ in range(count):
            group.start_soon(one)
    return answers


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_storms_of_cancellations_leave_the_default_pool_healthy(server: LegServer, anyio_backend: str) -> None:
    chance = random.Random(15)
    timeout = httpx.Timeout(10.0, pool=5.0)  # a lost slot would make the last step wait this long, then fail
    async with AsyncRestClient(PROJECT, TOKEN, server.url, timeout=timeout, max_retries=0) as client:
        for _ in range(ROUNDS):
            await storm(client, chance)
            assert held_slots(client) == []
        answers = await all_at_once(client, MAX_CONNECTIONS)  # every slot is there to be had
    assert answers == [CALL_ID] * MAX_CONNECTIONS


@pytest.mark.anyio
async def test_storms_of_task_cancellations_leave_the_default_pool_healthy(server: LegServer) -> None:
    """The same with asyncio's own `task.cancel()`, as the report had it."""
    import asyncio

    chance = random.Random(16)
    async with AsyncRestClient(PROJECT, TOKEN, server.url, timeout=httpx.Timeout(10.0, pool=5.0)) as client:
        for _ in range(ROUNDS):
            tasks = [asyncio.create_task(client.calling.end(CALL_ID)) for _ in range(STORM)]
            for task in tasks:
                asyncio.get_running_loop().call_later(chance.uniform(0.0, 0.2), task.cancel)
            await asyncio.gather(*tasks, return_exceptions=True)
            assert held_slots(client) == []
        assert await all_at_once(client, MAX_CONNECTIONS) == [CALL_ID] * MAX_CONNECTIONS


@pytest.mark.anyio
async def test_storms_of_cancellations_leave_the_aiohttp_pool_healthy(server: LegServer) -> None:
    chance = random.Random(17)
    async with (
        DefaultAioHttpClient(timeout=httpx.Timeout(10.0, pool=5.0)) as http,
        AsyncRestClient(PROJECT, TOKEN, server.url, http_client=http) as client,
    ):
        for _ in range(ROUNDS):
            await storm(client, chance)
        assert await all_at_once(client, MAX_CONNECTIONS) == [CALL_ID] * MAX_CONNECTIONS


@pytest.mark.anyio
async def test_storms_of_cancellations_leave_your_pool_healthy_with_the_reclaiming_transport(server: LegServer) -> None:
    """`httpx.AsyncClient(transport=ReclaimingAsyncTransport())`, as the README advises for a client of your own."""
    chance = random.Random(18)
    async with (
        httpx.AsyncClient(transport=ReclaimingAsyncTransport(), timeout=httpx.Timeout(10.0, pool=5.0)) as http,
        AsyncRestClient(PROJECT, TOKEN, server.url, http_client=http, max_retries=0) as client,
    ):
        for _ in range(ROUNDS):
            await storm(client, chance)
        pool = http._transport._pool  # type: ignore[attr-defined]
        assert [c for c in pool.connections if not c.is_idle() and not c.is_closed()] == []
        assert await all_at_once(client, MAX_CONNECTIONS) == [CALL_ID] * MAX_CONNECTIONS
