"""The HTTP run mode against misbehaving peers, over real sockets: each bound of `_server` and `_http` holds."""

from __future__ import annotations

import json
import select
import signal
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from typing import Any

import httpx
import pytest

from signalwire_calling.testing import CallingMock, MockServer, Reply
from signalwire_calling.testing._http import MAX_DEPTH, UNAUTHENTICATED_BODY, UNAUTHENTICATED_HEADERS
from signalwire_calling.testing._server import LISTEN_BACKLOG, MAX_CONNECTIONS, REQUEST_TIMEOUT
from tests.support.mock import DEADLINE, cli, dial

ANONYMOUS = b"POST /api/calling/calls HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"


def read_all(raw: socket.socket) -> bytes:
    data = b""
    while chunk := raw.recv(65536):
        data += chunk
    return data


def nested_dial(depth: int) -> bytes:
    """A dial whose body nests exactly `depth` levels: the body, params, swml, sections, main and a `set`
    instruction are six, and SWML's `set` takes any JSON, here objects nested `depth - 6` deep."""
    inner = '{"a":' * (depth - 7) + "{}" + "}" * (depth - 7)
    return (
        '{"command":"dial","params":{"from":"+1","to":"+2","swml":{"sections":{"main":[{"set":' + inner + "}]}}}}"
    ).encode()


def handler_threads() -> int:
    return sum(1 for thread in threading.enumerate() if "process_request_thread" in thread.name)


def closed_by_peer(raw: socket.socket, within: float) -> float | None:
    """Seconds until the server closed `raw` (reads give b"" or a reset), or None if it stays open `within`."""
    started = time.monotonic()
    while (left := started + within - time.monotonic()) > 0:
        readable, _, _ = select.select([raw], [], [], left)
        if readable:
            try:
                if raw.recv(65536) == b"":
                    return time.monotonic() - started
            except ConnectionError:
                return time.monotonic() - started
    return None


@pytest.fixture
def silent() -> Iterator[list[socket.socket]]:
    """Connections a test opens and leaves silent; closed after it."""
    with ExitStack() as stack:
        opened: list[socket.socket] = []
        stack.callback(lambda: [raw.close() for raw in opened])
        yield opened


# -- bodies -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 2_000, 100_000])
def test_a_body_nested_too_deeply_gets_400_and_one_log_line(calling_mock: CallingMock, depth: int) -> None:
    lines: list[str] = []
    with calling_mock.serve(log=lines.append) as server, httpx.Client(base_url=server.url) as http:
        auth = (calling_mock.project, calling_mock.token)
        answer = http.post("/api/calling/calls", content=nested_dial(depth), auth=auth)
        assert (answer.status_code, answer.json()) == (400, {"error": "Bad Request"})
        assert http.post("/api/calling/calls", content=nested_dial(MAX_DEPTH), auth=auth).status_code == 200
    assert lines == ["POST /api/calling/calls - -> 400", "POST /api/calling/calls dial -> 200"]
    assert calling_mock.requests[0].data is None


def test_the_mock_process_answers_a_deep_body_and_prints_nothing_when_quiet() -> None:
    with cli("--quiet") as (process, url):
        answer = httpx.post(
            f"{url}/api/calling/calls", content=nested_dial(100_000), auth=("test-project", "test-token")
        )
        assert answer.status_code == 400
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=DEADLINE)
    assert (process.returncode, out, err) == (0, "", "")


class _Broken:
    project, token = "p", "t"

    def handle(self, method: str, target: str, headers: Any, body: bytes) -> Reply:
        raise RuntimeError("a bug of the mock")


def test_an_exception_of_the_handler_is_answered_500_in_one_log_line() -> None:
    lines: list[str] = []
    with MockServer(_Broken(), log=lines.append) as server:
        answer = httpx.post(f"{server.url}/api/calling/calls", content=b"{}")
    assert (answer.status_code, answer.json()) == (500, {"error": "Internal Server Error"})
    assert lines == ["POST /api/calling/calls - -> 500 (the mock failed: RuntimeError: a bug of the mock)"]


def test_an_unauthenticated_request_is_journaled_as_a_bounded_prefix(calling_mock: CallingMock) -> None:
    body = json.dumps({"command": "dial", "params": {"from": "+1", "url": "https://x", "pad": "x" * 2_000_000}})
    headers = {f"X-Pad-{index}": "y" * 1000 for index in range(20)}
    with calling_mock.serve() as server, httpx.Client(base_url=server.url) as http:
        answer = http.post("/api/calling/calls", content=body, headers=headers, auth=("intruder", "guess"))
        assert answer.status_code == 401
        small = http.post("/api/calling/calls", content=b'{"command":"dial"}', auth=("intruder", "guess"))
        assert small.status_code == 401
        with server.client() as client:
            dial(client)
        big = http.post("/api/calling/calls", content=body, auth=(calling_mock.project, calling_mock.token))
        assert big.status_code == 422  # authenticated: read, checked and journaled whole
    anonymous, short, _, known = calling_mock.requests
    assert anonymous.body == body.encode()[:UNAUTHENTICATED_BODY]
    assert (anonymous.data, anonymous.command, anonymous.params, anonymous.authorized) == (None, None, {}, False)
    assert sum(len(name) + len(value) for name, value in anonymous.headers.items()) == UNAUTHENTICATED_HEADERS
    assert anonymous.headers["x-pad-0"] == "y" * 1000  # in order, until the bound
    assert (short.command, short.data) == ("dial", {"command": "dial"})  # small enough to keep whole
    assert known.body == body.encode()
    assert known.params["pad"] == "x" * 2_000_000


# -- connections ------------------------------------------------------------------------------------------


def test_200_simultaneous_connections_are_all_answered_promptly(calling_mock: CallingMock) -> None:
    """With a backlog of 5, SYNs beyond it were dropped and retried after 1, 3, 7 s…: many timed out at 30 s."""
    assert LISTEN_BACKLOG >= 200
    with MockServer(calling_mock, max_connections=8) as server:
        barrier = threading.Barrier(200)

        def one(_: int) -> bytes:
            barrier.wait(timeout=DEADLINE)
            with socket.create_connection(("127.0.0.1", server.port), timeout=DEADLINE) as raw:
                raw.sendall(ANONYMOUS)
                return read_all(raw)

        started = time.monotonic()
        with ThreadPoolExecutor(200) as pool:
            answers = list(pool.map(one, range(200)))
        elapsed = time.monotonic() - started
    assert all(answer.startswith(b"HTTP/1.1 401 ") for answer in answers)
    assert elapsed < 2.5, f"{elapsed:.2f} s: connections waited for SYN retries (1 s, then 3 s, …)"


def test_a_silent_connection_is_closed_after_the_request_timeout(calling_mock: CallingMock) -> None:
    assert REQUEST_TIMEOUT == 10.0
    lines: list[str] = []
    with (
        MockServer(calling_mock, request_timeout=0.5, log=lines.append) as server,
        socket.create_connection(("127.0.0.1", server.port), timeout=DEADLINE) as raw,
    ):
        closed = closed_by_peer(raw, DEADLINE)
    assert closed is not None
    assert 0.4 < closed < 2.0
    assert lines == ["connection closed: no complete request within 0.5 s"]
    assert calling_mock.requests == []


def test_a_trickled_request_is_cut_at_the_deadline_however_slowly_it_comes(calling_mock: CallingMock) -> None:
    """Slowloris: a byte every 50 ms never trips a per-read timeout; the whole request has 0.5 s."""
    with (
        MockServer(calling_mock, request_timeout=0.5) as server,
        socket.create_connection(("127.0.0.1", server.port), timeout=DEADLINE) as raw,
    ):
        started = time.monotonic()
        raw.sendall(b"POST /api/calling/calls HTTP/1.1\r\n")
        closed: float | None = None
        while closed is None and time.monotonic() - started < 5:
            try:
                raw.sendall(b"X")
            except ConnectionError:
                break
            if closed_by_peer(raw, 0.05) is not None:
                break
        closed = time.monotonic() - started
    assert 0.4 < closed < 2.0
    assert calling_mock.requests == []


def test_an_idle_keep_alive_connection_is_closed_after_the_request_timeout(calling_mock: CallingMock) -> None:
    with (
        MockServer(calling_mock, request_timeout=0.5) as server,
        socket.create_connection(("127.0.0.1", server.port), timeout=DEADLINE) as raw,
    ):
        raw.sendall(ANONYMOUS.replace(b"Connection: close\r\n", b""))
        readable, _, _ = select.select([raw], [], [], DEADLINE)
        assert readable
        assert raw.recv(65536).startswith(b"HTTP/1.1 401 ")
        closed = closed_by_peer(raw, DEADLINE)
    assert closed is not None
    assert 0.3 < closed < 2.0


def test_slowloris_connections_hold_at_most_max_connections_threads(
    calling_mock: CallingMock, silent: list[socket.socket]
) -> None:
    assert MAX_CONNECTIONS == 256
    with MockServer(calling_mock, max_connections=3) as server:
        silent.extend(socket.create_connection(("127.0.0.1", server.port), timeout=DEADLINE) for _ in range(100))
        time.sleep(0.3)
        assert handler_threads() == 3  # the other 97 wait in the backlog, without a thread
        for raw in silent:
            raw.close()  # each one freed lets a waiting one in, which ends at once: it is closed too
        with server.client() as client:
            started = time.monotonic()
            dial(client)
            assert time.monotonic() - started < 2.0
    assert handler_threads() == 0


def test_a_connection_beyond_the_cap_waits_until_a_slot_frees(
    calling_mock: CallingMock, silent: list[socket.socket]
) -> None:
    with MockServer(calling_mock, max_connections=2, request_timeout=0.5) as server:
        silent.extend(socket.create_connection(("127.0.0.1", server.port), timeout=DEADLINE) for _ in range(2))
        time.sleep(0.1)
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", server.port), timeout=DEADLINE) as raw:
            raw.sendall(ANONYMOUS)
            answer = read_all(raw)
        waited = time.monotonic() - started
    assert answer.startswith(b"HTTP/1.1 401 ")
    assert 0.3 < waited < 3.0  # served once the silent ones were timed out


def test_close_does_not_wait_for_connections_in_the_backlog(
    calling_mock: CallingMock, silent: list[socket.socket]
) -> None:
    server = MockServer(calling_mock, max_connections=1)
    silent.extend(socket.create_connection(("127.0.0.1", server.port), timeout=DEADLINE) for _ in range(5))
    time.sleep(0.1)
    started = time.monotonic()
    server.close()
    assert time.monotonic() - started < 2.0


def test_the_bounds_are_checked() -> None:
    with pytest.raises(ValueError, match="max_connections"):
        MockServer(CallingMock(), max_connections=0)
    with pytest.raises(ValueError, match="request_timeout"):
        MockServer(CallingMock(), request_timeout=0)


# -- the calls --------------------------------------------------------------------------------------------


def test_calls_are_found_by_uuid_and_by_any_spelling_of_the_id(calling_mock: CallingMock) -> None:
    with calling_mock.client() as client:
        call = client.calling.dial(from_="+15550100001", to="+15550100002", url="https://example.com/swml")
    assert isinstance(call.id, uuid.UUID)
    calls = calling_mock.calls
    assert calls[call.id] is calls[str(call.id)] is calls[str(call.id).upper()] is calling_mock.call(call.id)
    assert call.id in calls
    assert calls.get(call.id) is calls[str(call.id)]
    assert list(calls) == [str(call.id)]
    assert uuid.uuid4() not in calls
    with pytest.raises(KeyError):
        calls[uuid.uuid4()]
