"""Shared fixtures: a capturing in-process transport and clients wired to it.

Every request body that reaches the capturing transport is checked against the vendor's published
`Calling.CallRequest` schema, so any test that sends anything also proves the bytes match the contract.
"""

from __future__ import annotations

import base64
import json
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

import signalwire_calling
from signalwire_calling._retry import RetryPolicy
from signalwire_calling._spec import COMMANDS
from tests.support.vendor_contract import errors

PROJECT = "d2c7f3a1-8e4b-4f0a-9c61-5b7e2a9d0c13"
TOKEN = "PTa1b2c3d4e5f6-never-show-this-token"
HOST = "example.signalwire.com"
URL = "https://example.signalwire.com/api/calling/calls"
CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
BASIC = "Basic " + base64.b64encode(f"{PROJECT}:{TOKEN}".encode()).decode()
NO_BACKOFF = RetryPolicy(first_backoff=0.0)
"""Retries without backoff: the client still waits the least wait, and any Retry-After it is given."""


def call_leg(**overrides: Any) -> dict[str, Any]:
    """A call leg as SignalWire documents it (valid against the vendor `Calling.CallLeg`)."""
    leg: dict[str, Any] = {
        "id": CALL_ID,
        "from": "+15551234567",
        "to": "+15557654321",
        "direction": "outbound-api",
        "source": "realtime_api",
        "url": None,
        "charge": 0,
        "created_at": "2024-05-06T12:20:00Z",
        "charge_details": [{"description": "Outbound Voice", "charge": 0.004}],
        "status": "queued",
        "duration": None,
        "duration_ms": None,
        "billing_ms": None,
        "type": "relay_pstn_call",
        "parent_id": None,
    }
    leg.update(overrides)
    return leg


def facade_call(example: dict[str, Any]) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    """(method name, positional args, keyword args) that should produce `example`."""
    info = COMMANDS[example["command"]]
    params = dict(example["params"])
    if info.call_id == "params":
        args: tuple[Any, ...] = (params.pop("id"),)
    elif info.call_id == "body":
        args = (example["id"],)
    else:
        args = ()
    kwargs = {("from_" if key == "from" else key): value for key, value in params.items()}
    return info.method, args, kwargs


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Capture:
    """Records every request and answers from a queue of replies, then with `default`.

    A reply is an `httpx.Response`, an exception to raise (e.g. `httpx.ConnectError`), or a callable
    taking the request. Bodies are checked against the vendor contract unless `check_contract` is False.
    """

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.replies: deque[Reply] = deque()
        self.default: Reply = lambda request: httpx.Response(200, json=call_leg())
        self.check_contract = True
        self.contract_violations: list[str] = []
        self.transport = httpx.MockTransport(self._handle)

    def reply(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    @property
    def bodies(self) -> list[Any]:
        return [json.loads(request.content) for request in self.requests]

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.check_contract:
            problems = errors(json.loads(request.content), "Calling.CallRequest")
            if problems:
                self.contract_violations.extend(problems)
            assert not problems, f"request body breaks the vendor contract: {problems[:3]}"
        reply = self.replies.popleft() if self.replies else self.default
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return reply
        return reply(request)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever sleeps a backoff between retries (Retry-After waits are tested with 0 or with a fake sleep).

    Every client the tests make, in whichever way, starts with `NO_BACKOFF` as its retry policy.
    """
    for cls in (signalwire_calling.RestClient, signalwire_calling.AsyncRestClient):
        monkeypatch.setattr(cls, "_retry_policy", NO_BACKOFF)


@pytest.fixture
def capture() -> Iterator[Capture]:
    recorder = Capture()
    yield recorder
    # An assertion raised inside the transport could in principle be swallowed by the code under test;
    # this makes sure it still fails the test.
    assert not recorder.contract_violations, recorder.contract_violations


@pytest.fixture
def make_client(capture: Capture) -> Iterator[Callable[..., signalwire_calling.RestClient]]:
    """`make_client(**kwargs)`: a RestClient on the capturing transport (max_retries=0 unless given)."""
    http_clients: list[httpx.Client] = []

    def make(**kwargs: Any) -> signalwire_calling.RestClient:
        http = httpx.Client(transport=capture.transport)
        http_clients.append(http)
        kwargs.setdefault("max_retries", 0)
        return signalwire_calling.RestClient(PROJECT, TOKEN, HOST, http_client=http, **kwargs)

    yield make
    for http in http_clients:
        http.close()


@pytest.fixture
def client(make_client: Callable[..., signalwire_calling.RestClient]) -> signalwire_calling.RestClient:
    return make_client()


@pytest.fixture
async def make_async_client(
    capture: Capture, anyio_backend: str
) -> AsyncIterator[Callable[..., signalwire_calling.AsyncRestClient]]:
    http_clients: list[httpx.AsyncClient] = []

    def make(**kwargs: Any) -> signalwire_calling.AsyncRestClient:
        http = httpx.AsyncClient(transport=capture.transport)
        http_clients.append(http)
        kwargs.setdefault("max_retries", 0)
        return signalwire_calling.AsyncRestClient(PROJECT, TOKEN, HOST, http_client=http, **kwargs)

    yield make
    for http in http_clients:
        await http.aclose()


@pytest.fixture
async def async_client(
    make_async_client: Callable[..., signalwire_calling.AsyncRestClient], anyio_backend: str
) -> signalwire_calling.AsyncRestClient:
    return make_async_client()
