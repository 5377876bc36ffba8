"""pytest fixtures for code that uses signalwire_calling; registered through the `pytest11` entry point.

- `calling_mock`: a fresh `CallingMock` (project `test-project`, token `test-token`, calls answered at once).
- `calling_client`: a `RestClient` answered in process by `calling_mock`.
- `async_calling_client`: an `AsyncRestClient` answered in process by `calling_mock`.
- `calling_server`: `calling_mock` served over HTTP on 127.0.0.1 (`calling_server.url`), closed after the test.

Nothing is imported until a test asks for a fixture, and the fixtures' names start with `calling_`/
`async_calling_`, so the plugin neither slows down nor disturbs test suites that do not use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .._client import AsyncRestClient, RestClient
    from ._mock import CallingMock
    from ._server import MockServer


@pytest.fixture
def calling_mock() -> CallingMock:
    """A fresh mock of the Calling API for this test."""
    from ._mock import CallingMock

    return CallingMock()


@pytest.fixture
def calling_client(calling_mock: CallingMock) -> Iterator[RestClient]:
    """A `RestClient` wired in process to `calling_mock`."""
    with calling_mock.client() as client:
        yield client


@pytest.fixture
def async_calling_client(calling_mock: CallingMock) -> AsyncRestClient:
    """An `AsyncRestClient` wired in process to `calling_mock` (it holds no connection: nothing to close)."""
    return calling_mock.async_client()


@pytest.fixture
def calling_server(calling_mock: CallingMock) -> Iterator[MockServer[CallingMock]]:
    """`calling_mock` served over HTTP on 127.0.0.1; `calling_server.client()` talks to it."""
    with calling_mock.serve() as server:
        yield server
