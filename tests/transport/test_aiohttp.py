"""`DefaultAioHttpClient`: AsyncRestClient over aiohttp answers like over httpx's own transport, and its
errors say whether a request may have been sent, so the retry rules still never send a `dial` twice."""

from __future__ import annotations

import gc
import socket
from collections.abc import AsyncIterator

import aiohttp
import httpx
import pytest

from signalwire_calling import (
    APIConnectionError,
    APITimeoutError,
    AsyncRestClient,
    ConfigurationError,
    DefaultAioHttpClient,
    InternalServerError,
    models,
)
from signalwire_calling._aiohttp import _Body
from signalwire_calling.testing import CallingMock
from tests.conftest import CALL_ID, call_leg
from tests.support.misbehaving_server import Behaviour, Connection, serving

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
        with pytest.raises(APIConnectionError, match="ConnectError") as caught:
            await client.calling.dial(**DIAL)
    assert caught.value.attempts == 2  # nothing was sent: even a dial is tried again


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
    with pytest.raises(
        ConfigurationError, match=r"pip install 'aiohttp>=3\.10' .*pip install '\./generated\[aiohttp\]'"
    ):
        DefaultAioHttpClient()


# --- DefaultAioHttpClient.send: straight to aiohttp only when httpx's extra steps have nothing to do ----------------


def _answers(*replies: bytes) -> Behaviour:
    """Each request on a connection gets the next reply; the heads the server read are kept in `heads`."""

    def behave(conn: Connection) -> None:
        for reply in replies:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.sock.recv(65536)
                if not chunk:
                    return
                head += chunk
            HEADS.append(head.partition(b"\r\n\r\n")[0].decode("latin-1"))
            conn.send(reply)

    return behave


HEADS: list[str] = []
OK = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"


@pytest.fixture(autouse=True)
def _fresh_heads() -> None:
    HEADS.clear()


@pytest.mark.anyio
async def test_the_plain_path_reads_bodies_and_sets_what_httpx_sets() -> None:
    with serving(_answers(OK, OK)) as server:
        async with DefaultAioHttpClient() as http:
            response = await http.get(server.host + "/a")
            assert isinstance(response.stream, _Body)  # straight from aiohttp, not through httpx's send
            assert (response.status_code, response.text, response.reason_phrase) == (200, "ok", "OK")
            assert response.request.url == server.host + "/a"
            assert response.elapsed.total_seconds() > 0
            assert response.http_version == "HTTP/1.1"
            streamed = await http.send(http.build_request("GET", server.host + "/b"), stream=True)
            assert not streamed.is_closed
            assert await streamed.aread() == b"ok"
            await streamed.aclose()
        with pytest.raises(RuntimeError, match="client has been closed"):
            await http.get(server.host + "/c")
    assert [head.split("\r\n")[0] for head in HEADS] == ["GET /a HTTP/1.1", "GET /b HTTP/1.1"]


@pytest.mark.anyio
async def test_a_client_that_has_sent_is_open_as_with_httpx() -> None:
    with serving(_answers(OK)) as server:
        http = DefaultAioHttpClient()
        try:
            await http.get(server.host + "/a")
            with pytest.raises(RuntimeError, match="more than once"):
                await http.__aenter__()
        finally:
            await http.aclose()


@pytest.mark.anyio
async def test_event_hooks_still_run() -> None:
    seen: list[str] = []

    async def on_request(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def on_response(response: httpx.Response) -> None:
        seen.append(str(response.status_code))

    with serving(_answers(OK)) as server:
        async with DefaultAioHttpClient(event_hooks={"request": [on_request], "response": [on_response]}) as http:
            await http.get(server.host + "/a")
    assert seen == ["/a", "200"]


@pytest.mark.anyio
async def test_the_client_s_auth_still_applies() -> None:
    with serving(_answers(OK)) as server:
        async with DefaultAioHttpClient(auth=("user", "secret")) as http:
            await http.get(server.host + "/a")
    assert "\r\nauthorization: basic dxnlcjpzzwnyzxq=\r\n" in HEADS[0].lower() + "\r\n"


@pytest.mark.anyio
async def test_redirects_are_still_followed_when_asked() -> None:
    moved = b"HTTP/1.1 302 Found\r\nLocation: /b\r\nContent-Length: 0\r\n\r\n"
    with serving(_answers(moved, OK)) as server:
        async with DefaultAioHttpClient(follow_redirects=True) as http:
            response = await http.get(server.host + "/a")
    assert response.text == "ok"
    assert [head.split("\r\n")[0] for head in HEADS] == ["GET /a HTTP/1.1", "GET /b HTTP/1.1"]


@pytest.mark.anyio
async def test_cookies_are_httpx_s_to_keep_and_aiohttp_sends_none_of_its_own() -> None:
    set_cookie = b"HTTP/1.1 200 OK\r\nSet-Cookie: session=abc; Path=/\r\nContent-Length: 2\r\n\r\nok"
    with serving(_answers(set_cookie, OK)) as server:
        async with DefaultAioHttpClient() as http:
            await http.send(httpx.Request("GET", server.host + "/a", extensions={"timeout": {}}))
            assert http.cookies.get("session") == "abc"  # kept by the client, as httpx does
            await http.send(httpx.Request("GET", server.host + "/b", extensions={"timeout": {}}))
    assert "cookie" not in HEADS[1].lower()  # a request sent as built, as by httpx: no jar of aiohttp's adds one


@pytest.mark.anyio
async def test_a_mounted_transport_such_as_a_proxy_is_used() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=call_leg())

    mounts = {"http://127.0.0.1:9": httpx.MockTransport(answer)}  # nothing listens on port 9
    async with (
        DefaultAioHttpClient(mounts=mounts) as http,
        AsyncRestClient("project", "token", "http://127.0.0.1:9", http_client=http) as client,
    ):
        leg = await client.calling.play_stop(CALL_ID, control_id="p")
    assert str(leg.id) == CALL_ID


@pytest.mark.anyio
async def test_a_command_leaves_no_reference_cycle_for_the_garbage_collector() -> None:
    """The response and its body stream refer to each other until closed; a cycle left behind would make every
    command garbage that only the cyclic GC frees, whose passes cost throughput under load."""
    mock = CallingMock()
    with mock.serve() as server:
        async with (
            DefaultAioHttpClient() as http,
            AsyncRestClient(mock.project, mock.token, server.url, http_client=http) as client,
        ):
            await client.calling.dial(**DIAL)  # first use loads what it needs
            gc.collect()
            gc.disable()
            gc.set_debug(gc.DEBUG_SAVEALL)
            try:
                for _ in range(20):
                    await client.calling.dial(**DIAL)
                gc.collect()
                left = [kept for kept in gc.garbage if isinstance(kept, (httpx.Response, aiohttp.ClientResponse))]
            finally:
                gc.set_debug(0)
                gc.garbage.clear()
                gc.enable()
    assert left == []


@pytest.mark.anyio
@pytest.mark.parametrize("make_http", [httpx.AsyncClient, DefaultAioHttpClient], ids=["httpx", "aiohttp"])
async def test_what_httpx_sets_on_a_redirect_and_an_odd_reason_is_set_alike(make_http: type[httpx.AsyncClient]) -> None:
    moved = b"HTTP/1.1 302 Moved\r\nLocation: /b\r\nContent-Length: 0\r\n\r\n"
    odd = b"HTTP/1.1 503 Indispon\xedvel\r\nContent-Length: 2\r\n\r\n{}"
    with serving(_answers(moved, odd)) as server:
        async with make_http() as http:
            redirected = await http.get(server.host + "/a")
            unavailable = await http.get(server.host + "/b")
    assert redirected.next_request is not None
    assert redirected.next_request.url == server.host + "/b"
    assert (unavailable.status_code, unavailable.reason_phrase) == (503, "Indisponvel")  # httpx drops non-ASCII


@pytest.mark.anyio
async def test_an_error_status_with_a_reason_that_is_not_utf8_is_the_typed_error() -> None:
    odd = b"HTTP/1.1 503 Indispon\xedvel\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
    with serving(_answers(odd)) as server:
        async with (
            DefaultAioHttpClient() as http,
            AsyncRestClient("project", "token", server.host, http_client=http, max_retries=0) as client,
        ):
            with pytest.raises(InternalServerError) as caught:
                await client.calling.dial(**DIAL)
    assert caught.value.status_code == 503


@pytest.mark.anyio
async def test_a_sync_body_is_refused_as_httpx_refuses_it() -> None:
    async with DefaultAioHttpClient() as http:
        request = http.build_request("POST", "http://127.0.0.1:9/", content=iter([b"sync"]))
        with pytest.raises(RuntimeError, match="sync request with an AsyncClient"):
            await http.send(request)


@pytest.mark.anyio
async def test_a_streamed_body_is_sent_chunked() -> None:
    received: list[bytes] = []

    def behave(conn: Connection) -> None:
        data = b""
        while not data.endswith(b"0\r\n\r\n"):
            chunk = conn.sock.recv(65536)
            if not chunk:
                return
            data += chunk
        received.append(data)
        conn.send(OK)

    async def parts() -> AsyncIterator[bytes]:
        yield b"hello "
        yield b"world"

    with serving(behave) as server:
        async with DefaultAioHttpClient() as http:
            response = await http.post(server.host + "/up", content=parts())
    assert response.text == "ok"
    head, _, body = received[0].partition(b"\r\n\r\n")
    assert b"transfer-encoding: chunked" in head.lower()
    assert head.lower().count(b"transfer-encoding") == 1
    assert b"hello " in body
    assert b"world" in body


@pytest.mark.parametrize("value", ["a\r\nInjected: 1", "a\nInjected: 1", "a\x00Injected"], ids=["crlf", "lf", "nul"])
def test_headers_with_a_line_break_are_a_configuration_error_naming_the_header(value: str) -> None:
    with pytest.raises(ConfigurationError, match="'X-Tenant'") as caught:
        DefaultAioHttpClient(headers={"X-Tenant": value})
    assert "Injected" not in str(caught.value)  # the value is not repeated


@pytest.mark.anyio
async def test_a_header_with_a_line_break_set_later_is_an_api_connection_error_not_a_value_error() -> None:
    mock = CallingMock()
    with mock.serve() as server:
        async with (
            DefaultAioHttpClient() as http,
            AsyncRestClient(mock.project, mock.token, server.url, http_client=http, max_retries=0) as client,
        ):
            http.headers["X-Tenant"] = "a\r\nInjected: 1"
            with pytest.raises(APIConnectionError, match="LocalProtocolError") as caught:
                await client.calling.end(CALL_ID)
    assert mock.token not in str(caught.value)
    assert mock.requests == []  # refused before anything was sent
