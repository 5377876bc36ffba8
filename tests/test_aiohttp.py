"""`DefaultAioHttpClient`: AsyncRestClient over aiohttp answers like over httpx's own transport, and its
errors say whether a request may have been sent, so the retry rules still never send a `dial` twice."""

from __future__ import annotations

import socket

import httpx
import pytest

from signalwire_calling import (
    APIConnectionError,
    APITimeoutError,
    AsyncRestClient,
    ConfigurationError,
    DefaultAioHttpClient,
    models,
)
from signalwire_calling.testing import CallingMock

DIAL = {"from_": "+15551230000", "to": "+15557654321", "url": "https://example.com/swml"}


@pytest.mark.anyio
async def test_commands_go_through_aiohttp_and_answer_models() -> None:
    mock = CallingMock()
    with mock.serve() as server:
        async with (
            DefaultAioHttpClient() as http,
            AsyncRestClient(mock.project, mock.token, server.url, http_client=http) as client,
        ):
            call = await client.calling.dial(**DIAL)
            played = await client.calling.play(
                call.id, control_id="hi", play=[{"type": "silence", "params": {"duration": 1}}]
            )
            raw = await client.calling.with_raw_response.end(call.id, reason="hangup")
    assert isinstance(call.leg, models.CallLeg)
    assert played.id == call.id
    assert raw.status_code == 200
    assert mock.commands == ["dial", "calling.play", "calling.end"]


@pytest.mark.anyio
async def test_a_connection_lost_after_the_request_is_not_sent_again() -> None:
    mock = CallingMock()
    mock.drop_next("after_read")
    with mock.serve() as server:
        async with (
            DefaultAioHttpClient() as http,
            AsyncRestClient(mock.project, mock.token, server.url, http_client=http, max_retries=2) as client,
        ):
            with pytest.raises(APIConnectionError) as caught:
                await client.calling.dial(**DIAL)
    assert "ConnectTimeout" not in str(caught.value)
    assert mock.commands == ["dial"]  # handled once, never repeated


@pytest.mark.anyio
async def test_a_refused_connection_is_retried_then_reported() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once the socket is closed
    async with (
        DefaultAioHttpClient() as http,
        AsyncRestClient("project", "token", f"http://127.0.0.1:{port}", http_client=http, max_retries=1) as client,
    ):
        with pytest.raises(APIConnectionError, match="ConnectError"):
            await client.calling.dial(**DIAL)


@pytest.mark.anyio
async def test_a_read_timeout_is_not_a_connect_timeout_so_dial_is_sent_once() -> None:
    mock = CallingMock()
    mock.delay_next(1.0)
    with mock.serve() as server:
        async with (
            DefaultAioHttpClient(timeout=httpx.Timeout(0.2)) as http,
            AsyncRestClient(mock.project, mock.token, server.url, http_client=http, max_retries=2) as client,
        ):
            with pytest.raises(APITimeoutError) as caught:
                await client.calling.dial(**DIAL)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert mock.commands == ["dial"]


def test_without_the_extra_it_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import signalwire_calling._aiohttp

    monkeypatch.setattr(signalwire_calling._aiohttp, "_INSTALLED", False)
    with pytest.raises(ConfigurationError, match=r"pip install 'signalwire-calling\[aiohttp\]'"):
        DefaultAioHttpClient()
