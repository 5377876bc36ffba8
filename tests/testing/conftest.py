"""Fixtures of the mock's tests: the façade wired to the mock in both run modes, and the vendor oracle.

`calling_mock` comes from the package's own pytest plugin (entry point `pytest11`), so every test here also
proves the plugin is installed and working. After each test that used it, every answer the mock gave is
checked against the vendor's schema for its status.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from signalwire_calling import AsyncRestClient, RestClient
from signalwire_calling.testing import CallingMock
from tests.support.mock import assert_vendor_answer

MODES = ["transport", "server"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _answers_match_the_vendor_contract(request: pytest.FixtureRequest) -> Iterator[None]:
    if "calling_mock" not in request.fixturenames:
        yield
        return
    mock: CallingMock = request.getfixturevalue("calling_mock")
    yield
    for recorded in mock.requests:
        assert_vendor_answer(recorded.status, recorded.answer, scripted=recorded.fault == "status")


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    mode: str = request.param
    return mode


@pytest.fixture
def client(calling_mock: CallingMock, mode: str) -> Iterator[RestClient]:
    """The real façade, answered by `calling_mock` in process or over loopback HTTP."""
    if mode == "transport":
        with calling_mock.client() as rest:
            yield rest
        return
    with calling_mock.serve() as server, server.client() as rest:
        yield rest


@pytest.fixture
async def async_client(calling_mock: CallingMock, mode: str, anyio_backend: str) -> AsyncIterator[AsyncRestClient]:
    if mode == "transport":
        async with calling_mock.async_client() as rest:
            yield rest
        return
    with calling_mock.serve() as server:
        async with server.async_client() as rest:
            yield rest
