"""Client settings: environment, the HTTP client, `with_options`, keeping the token secret.

Hosts and the checks of each option: tests/client/test_config.py.
"""

from __future__ import annotations

import asyncio
import base64
import http.server
import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any, ClassVar

import anyio
import httpx
import pytest

import signalwire_calling
from signalwire_calling import (
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncRestClient,
    AuthenticationError,
    ConfigurationError,
    InvalidRequestError,
    RestClient,
    SignalWireError,
    models,
)
from signalwire_calling._transports import ReclaimingAsyncTransport
from signalwire_calling.testing import CallingMock
from tests.conftest import BASIC, CALL_ID, HOST, PROJECT, TOKEN, URL, Capture, call_leg
from tests.support.vendor_contract import assert_valid_request

ENV = {"SIGNALWIRE_PROJECT_ID": PROJECT, "SIGNALWIRE_API_TOKEN": TOKEN, "SIGNALWIRE_SPACE": HOST}
SECRETS = (TOKEN, BASIC, base64.b64encode(f"{PROJECT}:{TOKEN}".encode()).decode())


def play_stop(client: Any, **params: Any) -> Any:
    return client.calling.play_stop(CALL_ID, control_id="play-1", **params)


def timeout_of(request: httpx.Request) -> dict[str, float | None]:
    found: dict[str, float | None] = request.extensions["timeout"]
    return found


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    return monkeypatch


@pytest.fixture
def owned_http_clients(monkeypatch: pytest.MonkeyPatch, capture: Capture) -> list[httpx.Client | httpx.AsyncClient]:
    """Make the HTTP clients the package creates itself use the capturing transport; list them."""
    created: list[httpx.Client | httpx.AsyncClient] = []

    class Client(httpx.Client):
        def __init__(self, **kwargs: Any) -> None:
            assert isinstance(kwargs.pop("transport", None), httpx.HTTPTransport)  # the deadline-bounded one
            super().__init__(transport=capture.transport, **kwargs)
            created.append(self)

    class AsyncClient(httpx.AsyncClient):
        def __init__(self, **kwargs: Any) -> None:
            assert isinstance(kwargs.pop("transport", None), ReclaimingAsyncTransport)  # the one that reclaims slots
            super().__init__(transport=capture.transport, **kwargs)
            created.append(self)

    monkeypatch.setattr(RestClient, "_default_http_client", Client)
    monkeypatch.setattr(AsyncRestClient, "_default_http_client", AsyncClient)
    return created


# Settings from the environment.


def test_settings_come_from_the_environment(env: pytest.MonkeyPatch, capture: Capture) -> None:
    with httpx.Client(transport=capture.transport) as http:
        client = RestClient(http_client=http)
        play_stop(client)

    assert client.project == PROJECT
    assert client.host == HOST
    request = capture.requests[0]
    assert str(request.url) == URL
    assert request.headers["Authorization"] == BASIC


def test_arguments_override_the_environment(env: pytest.MonkeyPatch, capture: Capture) -> None:
    with httpx.Client(transport=capture.transport) as http:
        client = RestClient("other-project", "other-token", "other", http_client=http)
        play_stop(client)

    request = capture.requests[0]
    assert str(request.url) == "https://other.signalwire.com/api/calling/calls"
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"other-project:other-token").decode()


@pytest.mark.parametrize("variable", list(ENV))
@pytest.mark.parametrize("how", ["unset", "empty"])
@pytest.mark.parametrize("cls", [RestClient, AsyncRestClient])
def test_a_missing_setting_names_its_variable(variable: str, how: str, cls: type[Any], env: pytest.MonkeyPatch) -> None:
    if how == "unset":
        env.delenv(variable)
    else:
        env.setenv(variable, "")

    with pytest.raises(ConfigurationError) as caught:
        cls()

    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, SignalWireError)
    assert variable in str(caught.value)


def test_nothing_is_required_from_the_environment_when_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    client = RestClient(PROJECT, TOKEN, HOST)
    client.close()
    assert client.project == PROJECT


# The HTTP client.


def test_passed_http_client_is_used_and_not_closed(capture: Capture) -> None:
    seen: list[str] = []
    http = httpx.Client(
        transport=capture.transport,
        headers={"X-Trace": "trace-1"},
        event_hooks={
            "request": [lambda request: seen.append(f"request {request.method}")],
            "response": [lambda response: seen.append(f"response {response.status_code}")],
        },
    )

    with RestClient(PROJECT, TOKEN, HOST, http_client=http) as client:
        play_stop(client)
    client.close()

    assert len(capture.requests) == 1
    assert capture.requests[0].headers["X-Trace"] == "trace-1"
    assert seen == ["request POST", "response 200"]
    assert not http.is_closed
    http.close()


def test_passed_http_client_keeps_its_own_timeout(capture: Capture) -> None:
    with httpx.Client(transport=capture.transport, timeout=httpx.Timeout(3.0, connect=1.0)) as http:
        play_stop(RestClient(PROJECT, TOKEN, HOST, http_client=http))
        play_stop(RestClient(PROJECT, TOKEN, HOST, http_client=http, timeout=12.0))

    assert timeout_of(capture.requests[0]) == httpx.Timeout(3.0, connect=1.0).as_dict()
    assert timeout_of(capture.requests[1]) == httpx.Timeout(12.0).as_dict()


def test_owned_http_client_is_closed(owned_http_clients: list[Any], capture: Capture) -> None:
    with RestClient(PROJECT, TOKEN, HOST) as client:
        play_stop(client)
        (http,) = owned_http_clients
        assert not http.is_closed

    assert http.is_closed
    assert timeout_of(capture.requests[0]) == DEFAULT_TIMEOUT.as_dict()


def test_owned_http_client_takes_the_timeout(owned_http_clients: list[Any], capture: Capture) -> None:
    client = RestClient(PROJECT, TOKEN, HOST, timeout=7.5)
    play_stop(client)
    client.close()
    assert owned_http_clients[0].is_closed
    assert timeout_of(capture.requests[0]) == httpx.Timeout(7.5).as_dict()


def test_requests_name_the_package(client: RestClient, capture: Capture) -> None:
    play_stop(client)
    headers = capture.requests[0].headers
    assert headers["User-Agent"] == f"signalwire-calling-python/{signalwire_calling.__version__}"
    assert headers["Accept"] == "application/json"


@pytest.mark.anyio
async def test_async_owned_http_client_is_closed(owned_http_clients: list[Any], capture: Capture) -> None:
    async with AsyncRestClient(PROJECT, TOKEN, HOST) as client:
        await play_stop(client)
    (http,) = owned_http_clients
    assert isinstance(http, httpx.AsyncClient)
    assert http.is_closed
    assert len(capture.requests) == 1


@pytest.mark.anyio
async def test_async_passed_http_client_is_used_and_not_closed(capture: Capture) -> None:
    http = httpx.AsyncClient(transport=capture.transport, headers={"X-Trace": "trace-2"})
    async with AsyncRestClient(PROJECT, TOKEN, HOST, http_client=http) as client:
        await play_stop(client)
    assert capture.requests[0].headers["X-Trace"] == "trace-2"
    assert not http.is_closed
    await http.aclose()


# with_options.


def test_with_options_timeout(client: RestClient, capture: Capture) -> None:
    faster = client.with_options(timeout=2.0)
    play_stop(faster)
    play_stop(client)
    play_stop(faster.with_options(timeout=httpx.Timeout(9.0, connect=0.5)))

    assert timeout_of(capture.requests[0]) == httpx.Timeout(2.0).as_dict()
    assert timeout_of(capture.requests[1]) == httpx.Timeout(5.0).as_dict()  # httpx.Client's own default
    assert timeout_of(capture.requests[2]) == httpx.Timeout(9.0, connect=0.5).as_dict()


def test_with_options_max_retries(make_client: Any, capture: Capture) -> None:
    client = make_client(max_retries=0)
    unavailable = {"status_code": 503, "json": {"error": "Service Unavailable"}}

    capture.reply(httpx.Response(**unavailable), httpx.Response(**unavailable), httpx.Response(200, json=call_leg()))
    assert isinstance(play_stop(client.with_options(max_retries=2)), models.CallLeg)
    assert len(capture.requests) == 3

    capture.reply(httpx.Response(**unavailable), httpx.Response(200, json=call_leg()))
    with pytest.raises(signalwire_calling.InternalServerError):
        play_stop(client)
    assert len(capture.requests) == 4


def test_with_options_extra_params_are_sent_unchecked(client: RestClient, capture: Capture) -> None:
    # The field is unknown to the vendor contract too, which is the point: opt out of that check here.
    capture.check_contract = False
    extended = client.with_options(extra_params={"future_flag": True, "future_object": {"nested": [1, "two"]}})

    play_stop(extended)
    play_stop(client)
    play_stop(extended.with_options(timeout=1.0))

    with_extras = {"control_id": "play-1", "future_flag": True, "future_object": {"nested": [1, "two"]}}
    assert [body["params"] for body in capture.bodies] == [with_extras, {"control_id": "play-1"}, with_extras]


def test_with_options_extra_params_may_not_shadow_a_known_field(client: RestClient, capture: Capture) -> None:
    extended = client.with_options(extra_params={"control_id": "other"})

    with pytest.raises(InvalidRequestError) as caught:
        play_stop(extended)

    assert caught.value.field == "params.control_id"
    assert caught.value.command == "calling.play.stop"
    assert capture.requests == []


def test_with_options_extra_params_do_not_bypass_the_check_of_known_fields(
    client: RestClient, capture: Capture
) -> None:
    extended = client.with_options(extra_params={"future_flag": True})
    with pytest.raises(InvalidRequestError):
        extended.calling.play_volume(CALL_ID, control_id="play-1", volume=41)
    assert capture.requests == []


def test_with_options_leaves_the_original_unchanged(make_client: Any, capture: Capture) -> None:
    client = make_client(max_retries=1)
    before = (repr(client), client.project, client.host)
    clone = client.with_options(timeout=1.0, max_retries=0, extra_params={"x": 1})

    assert clone is not client
    assert clone.calling is not client.calling
    assert (repr(client), client.project, client.host) == before
    capture.reply(httpx.Response(503, json={"error": "Service Unavailable"}))
    play_stop(client)  # retried once, no extra params, the HTTP client's timeout
    assert len(capture.requests) == 2
    assert capture.bodies[1]["params"] == {"control_id": "play-1"}
    assert timeout_of(capture.requests[1]) == httpx.Timeout(5.0).as_dict()


def test_closing_a_with_options_clone_keeps_the_connections(owned_http_clients: list[Any], capture: Capture) -> None:
    client = RestClient(PROJECT, TOKEN, HOST)
    with client.with_options(max_retries=0) as clone:
        play_stop(clone)
    (http,) = owned_http_clients
    assert not http.is_closed
    play_stop(client)
    client.close()
    assert http.is_closed


@pytest.mark.anyio
async def test_async_with_options(make_async_client: Any, capture: Capture) -> None:
    capture.check_contract = False
    client = make_async_client()
    await play_stop(client.with_options(extra_params={"future_flag": True}, timeout=4.0))
    await play_stop(client)
    assert [body["params"] for body in capture.bodies] == [
        {"control_id": "play-1", "future_flag": True},
        {"control_id": "play-1"},
    ]
    assert timeout_of(capture.requests[0]) == httpx.Timeout(4.0).as_dict()


# The token stays secret.


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def test_repr_hides_the_token(client: RestClient, env: pytest.MonkeyPatch) -> None:
    assert PROJECT in repr(client)
    assert_no_secret(repr(client))
    assert_no_secret(repr(client.with_options(max_retries=1)))
    assert_no_secret(repr(RestClient()))


def _errors_of_every_kind(client: RestClient, capture: Capture) -> list[SignalWireError]:
    raised: list[SignalWireError] = []
    attempts: list[tuple[Any, Any]] = [
        (None, lambda: client.calling.play_volume(CALL_ID, control_id="play-1", volume=41)),
        (httpx.Response(401, json={"error": "Unauthorized"}), lambda: play_stop(client)),
        (httpx.Response(500, text="oops"), lambda: play_stop(client)),
        (httpx.Response(200, json={"id": CALL_ID}), lambda: play_stop(client)),
        (httpx.ConnectError("connection refused"), lambda: play_stop(client)),
        (httpx.ReadTimeout("timed out"), lambda: play_stop(client)),
    ]
    for reply, call in attempts:
        if reply is not None:
            capture.reply(reply)
        with pytest.raises(SignalWireError) as caught:
            call()
        raised.append(caught.value)
    with pytest.raises(ConfigurationError) as bad_host:
        RestClient(PROJECT, TOKEN, "http://example.com")
    raised.append(bad_host.value)
    return raised


def test_errors_hide_the_token(client: RestClient, capture: Capture) -> None:
    raised = _errors_of_every_kind(client, capture)

    kinds = {type(error) for error in raised}
    assert {InvalidRequestError, AuthenticationError, APIResponseValidationError, APIConnectionError} <= kinds
    assert {APITimeoutError, ConfigurationError} <= kinds
    for error in raised:
        assert_no_secret(str(error))
        assert_no_secret(repr(error))
        assert_no_secret(repr(error.args))


class _Unauthorized(http.server.BaseHTTPRequestHandler):
    """A loopback server that answers everything with the vendor's 401."""

    bodies: ClassVar[list[bytes]] = []

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        self.bodies.append(self.rfile.read(length))
        payload = json.dumps({"error": "Unauthorized"}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("X-Request-Id", "req-loopback")
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def loopback_server() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Unauthorized)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "signalwire_calling"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def test_logs_of_a_rejected_request_hide_the_token(loopback_server: str, debug_logs: pytest.LogCaptureFixture) -> None:
    with (
        RestClient(PROJECT, TOKEN, loopback_server, max_retries=0) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        play_stop(client)

    assert caught.value.request_id == "req-loopback"
    assert json.loads(_Unauthorized.bodies[-1])["command"] == "calling.play.stop"
    assert_valid_request(_Unauthorized.bodies[-1])
    assert any(record.name.startswith("httpcore") for record in debug_logs.records)  # the logs were captured
    assert any("401" in record.getMessage() for record in debug_logs.records)
    assert_no_secret(debug_logs.text)
    assert_no_secret(str(caught.value))


def test_logs_of_a_refused_connection_hide_the_token(closed_port: str, debug_logs: pytest.LogCaptureFixture) -> None:
    with RestClient(PROJECT, TOKEN, closed_port, max_retries=1) as client, pytest.raises(APIConnectionError) as caught:
        play_stop(client)

    assert any(record.name.startswith("httpcore") for record in debug_logs.records)
    assert_no_secret(debug_logs.text)
    assert_no_secret(str(caught.value))
    assert_no_secret(repr(caught.value))


@pytest.mark.anyio
async def test_async_logs_of_a_rejected_request_hide_the_token(
    loopback_server: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    async with AsyncRestClient(PROJECT, TOKEN, loopback_server, max_retries=0) as client:
        with pytest.raises(AuthenticationError):
            await play_stop(client)
    assert any("401" in record.getMessage() for record in debug_logs.records)
    assert_no_secret(debug_logs.text)


def test_extra_params_may_not_name_a_known_field_even_when_it_is_not_passed(
    client: RestClient, capture: Capture
) -> None:
    with pytest.raises(InvalidRequestError, match=r"params\.volume"):
        client.with_options(extra_params={"volume": "LOUD"}).calling.play(CALL_ID, control_id="p", play=[])
    assert capture.requests == []


def test_extra_params_that_json_cannot_carry_are_an_invalid_request(client: RestClient, capture: Capture) -> None:
    with pytest.raises(InvalidRequestError, match="JSON"):
        client.with_options(extra_params={"beta": float("nan")}).calling.play(CALL_ID, control_id="p", play=[])
    assert capture.requests == []


def test_the_http_client_must_match_the_client_kind() -> None:
    with httpx.Client() as sync_http, pytest.raises(ConfigurationError, match="AsyncClient"):
        AsyncRestClient(PROJECT, TOKEN, HOST, http_client=sync_http)  # type: ignore[arg-type]


# --- deadline, size cap and logging settings; raw access; every issue of a bad request ------------------------


def test_defaults_are_exported() -> None:
    assert signalwire_calling.DEFAULT_DEADLINE == 60.0
    assert signalwire_calling.DEFAULT_MAX_RESPONSE_BYTES == 256 * 1024


def test_each_attempt_timeout_is_clamped_to_the_time_left(make_client: Any, capture: Capture) -> None:
    make_client(timeout=30.0, deadline=2.0).calling.play_stop(CALL_ID, control_id="p")
    assert all(0 < value <= 2.0 for value in timeout_of(capture.requests[0]).values() if value is not None)


def test_with_options_sets_the_size_cap_per_call(make_client: Any, capture: Capture) -> None:
    client = make_client()
    capture.reply(httpx.Response(200, json=call_leg(note="x" * 2000)))
    with pytest.raises(signalwire_calling.ResponseTooLargeError) as caught:
        client.with_options(max_response_bytes=1000).calling.play_stop(CALL_ID, control_id="p")
    assert caught.value.status_code == 200
    assert caught.value.body is None
    assert "longer than 1000 bytes" in str(caught.value)
    client.calling.play_stop(CALL_ID, control_id="p")  # the original keeps the default cap


def test_a_user_http_client_trickling_a_body_is_stopped_at_the_deadline() -> None:
    class Trickle(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            while True:
                time.sleep(0.05)
                yield b" "

    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, stream=Trickle())))
    started = time.monotonic()
    with pytest.raises(signalwire_calling.APITimeoutError, match="deadline") as caught:
        RestClient(PROJECT, TOKEN, HOST, http_client=http, deadline=0.5).calling.play_stop(CALL_ID, control_id="p")
    assert time.monotonic() - started < 1.5
    assert caught.value.attempts == 1


def test_every_issue_of_a_bad_request_is_listed(client: RestClient, capture: Capture) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        client.calling.play_volume("not-a-uuid", control_id="", volume=99)  # type: ignore[arg-type]
    issues = caught.value.issues
    assert len(issues) >= 2
    assert (caught.value.field, caught.value.reason) == (issues[0].path, issues[0].message)
    assert {issue.path for issue in issues} >= {"id", "params.volume"}
    assert str(caught.value).startswith(f"calling.play.volume: {len(issues)} problems: ")
    assert all(f"{issue.path}: {issue.message}" in str(caught.value) for issue in issues)
    assert capture.requests == []


def test_raw_access_gives_the_http_response_of_a_success(client: RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(200, json=call_leg(), headers={"X-Request-Id": "req-raw"}))
    raw = client.calling.with_raw_response.play_stop(CALL_ID, control_id="p")
    assert isinstance(raw, signalwire_calling.APIResponse)
    assert raw.status_code == 200
    assert raw.request_id == "req-raw"
    assert raw.http_response.headers["x-request-id"] == "req-raw"
    assert json.loads(raw.content) == call_leg()
    assert str(raw.parse().id) == CALL_ID


def test_raw_access_still_raises_error_statuses(client: RestClient, capture: Capture) -> None:
    capture.reply(httpx.Response(404, json={"error": "Not Found"}))
    with pytest.raises(signalwire_calling.NotFoundError):
        client.calling.with_raw_response.play_stop(CALL_ID, control_id="p")


def test_each_attempt_is_logged_at_debug_and_each_retry_at_info(
    make_client: Any, capture: Capture, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="signalwire_calling")
    capture.reply(
        httpx.Response(503, json={}, headers={"X-Request-Id": "req-1"}),
        httpx.Response(200, json=call_leg(), headers={"X-Request-Id": "req-2"}),
    )
    make_client(max_retries=2).calling.play_stop(CALL_ID, control_id="greeting")
    records = [r for r in caplog.records if r.name == "signalwire_calling"]
    attempts = [r.getMessage() for r in records if r.levelno == logging.DEBUG]
    retries = [r.getMessage() for r in records if r.levelno == logging.INFO]
    assert len(attempts) == 2
    for n, (status, request_id) in enumerate([("503", "req-1"), ("200", "req-2")], start=1):
        line = attempts[n - 1]
        assert line.startswith(f"calling.play.stop call_id={CALL_ID} control_id=greeting attempt {n}/3: {status} in ")
        assert line.endswith(f" ms request_id={request_id}")
    (retry,) = retries
    assert "retrying in" in retry
    assert "503" in retry
    assert "params" not in caplog.text  # no bodies unless asked
    assert_no_secret(caplog.text)


def test_bodies_are_logged_only_when_asked(
    make_client: Any, capture: Capture, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="signalwire_calling")
    make_client(log_bodies=True).calling.play_stop(CALL_ID, control_id="greeting")
    assert '"control_id":"greeting"' in caplog.text
    assert '"relay_pstn_call"' in caplog.text
    assert_no_secret(caplog.text)


def test_the_client_is_quiet_by_default(make_client: Any, capture: Capture, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    make_client().calling.play_stop(CALL_ID, control_id="greeting")
    assert not [r for r in caplog.records if r.name == "signalwire_calling"]


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_async_deadline_bounds_a_user_http_client(capture: Capture, anyio_backend: str) -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(5)
        return httpx.Response(200, json=call_leg())

    http = httpx.AsyncClient(transport=httpx.MockTransport(slow))
    started = time.monotonic()
    async with AsyncRestClient(PROJECT, TOKEN, HOST, http_client=http, deadline=0.3) as client:
        with pytest.raises(signalwire_calling.APITimeoutError, match=r"0\.3 s deadline"):
            await client.calling.play_stop(CALL_ID, control_id="p")
    assert time.monotonic() - started < 1.5
    await http.aclose()


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_the_async_client_runs_on_trio(anyio_backend: str) -> None:
    mock = CallingMock()
    with mock.serve() as server:
        async with AsyncRestClient(mock.project, mock.token, server.url) as client:
            call = await client.calling.dial(from_="+15551230000", to="+15557654321", url="https://example.com/swml")
            await client.calling.end(call.id, reason="hangup")
    assert mock.commands == ["dial", "calling.end"]


@pytest.mark.anyio
@pytest.mark.parametrize("transport", ["httpx", "aiohttp"])
async def test_a_command_sent_while_its_task_is_being_cancelled_keeps_its_deadline(transport: str) -> None:
    """Cleanup code (`except CancelledError: await client.calling.end(...)`) still gets an answer, or the
    deadline's `APITimeoutError`, never a cancellation that escapes from the command itself."""
    mock = CallingMock()
    outcomes: list[object] = []
    with mock.serve() as server:
        http = signalwire_calling.DefaultAioHttpClient() if transport == "aiohttp" else None
        async with AsyncRestClient(mock.project, mock.token, server.url, http_client=http, deadline=0.3) as client:
            call = await client.calling.dial(from_="+15551230000", to="+15557654321", url="https://example.com/swml")

            async def work_then_clean_up() -> None:
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    mock.delay_next(2.0)
                    try:
                        await client.calling.play_stop(call.id, control_id="p")
                    except signalwire_calling.APITimeoutError as error:
                        outcomes.append(error)
                    outcomes.append(await client.calling.end(call.id, reason="hangup"))
                    raise

            task = asyncio.create_task(work_then_clean_up())
            await asyncio.sleep(0.05)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        if http is not None:
            await http.aclose()
    timeout, ended = outcomes
    assert isinstance(timeout, signalwire_calling.APITimeoutError)
    assert "0.3 s deadline" in str(timeout)
    assert isinstance(ended, signalwire_calling.models.CallLeg)
    assert mock.commands[-1] == "calling.end"
