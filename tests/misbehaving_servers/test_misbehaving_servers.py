"""Faults of the network and of the server, against real sockets on 127.0.0.1, through the real façade.

Every case runs sync, async, and async over aiohttp (`DefaultAioHttpClient`), for `dial` (can start something:
never retried once it may have arrived) and `play_stop` (idempotent: retried). Each asserts the package error
and its fields, the elapsed time against the deadline, the peak memory (tracemalloc) and how often the server
received the command. No credential may appear in the error's str, repr, traceback or pickle. Set
FAULTS_TABLE=1 to print the measured outcomes.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import functools
import json
import os
import pickle
import time
import traceback
import tracemalloc
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest

from signalwire_calling import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncRestClient,
    DefaultAioHttpClient,
    InternalServerError,
    RateLimitError,
    ResponseTooLargeError,
    RestClient,
    SignalWireError,
)
from signalwire_calling._spec import COMMANDS
from tests.conftest import CALL_ID, PROJECT, TOKEN, call_leg, facade_call
from tests.support.misbehaving_server import Behaviour, Connection, refused_host, serving
from tests.support.vendor_contract import examples

BASIC = base64.b64encode(f"{PROJECT}:{TOKEN}".encode())
MEMORY_BOUND = 4 * 1024 * 1024
"""Peak traced memory allowed for any case: the default cap is 256 KiB; a 1 GiB answer must not get near it."""
MARGIN = 0.75
"""Seconds allowed past the deadline (scheduling, tracemalloc overhead, a loaded CI box)."""
RESULTS: list[dict[str, Any]] = []


# --- what the server does ------------------------------------------------------------------------------------


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def answer(status: int, body: bytes = b"", **headers: str) -> Behaviour:
    def behave(conn: Connection) -> None:
        conn.read_request()
        sent = {"Content-Type": "application/json", "Content-Length": str(len(body)), **headers}
        conn.send(_head(status, {k.replace("_", "-"): v for k, v in sent.items()}) + body)

    return behave


def close_before_read(conn: Connection) -> None:
    conn.sock.close()


def read_then_reset(conn: Connection) -> None:
    conn.read_request()
    conn.reset()


def read_then_silence(conn: Connection) -> None:
    conn.read_request()
    conn.wait(30)


def trickle(data: bytes, interval: float = 0.2) -> Callable[[Connection], None]:
    def send(conn: Connection) -> None:
        for byte in data:
            if not conn.wait(interval):
                return
            conn.send(bytes([byte]))

    return send


def trickled_head(conn: Connection) -> None:
    conn.read_request()
    trickle(_head(200, {"Content-Length": "2"}) + b"{}")(conn)


def trickled_body(conn: Connection) -> None:
    conn.read_request()
    body = json.dumps(call_leg()).encode()
    conn.send(_head(200, {"Content-Length": str(len(body))}))
    trickle(body)(conn)


CHUNK = b"0" * 65536


def endless_body(conn: Connection) -> None:
    conn.read_request()
    conn.send(_head(200, {"Transfer-Encoding": "chunked"}))
    frame = f"{len(CHUNK):x}\r\n".encode() + CHUNK + b"\r\n"
    while not conn.server.stopping.is_set():
        conn.send(frame)


def endless_head(conn: Connection) -> None:
    """A status line, then header lines without end, as fast as the client reads them."""
    conn.read_request()
    conn.send(b"HTTP/1.1 200 OK\r\n")
    line = b"X-Filler: " + b"a" * 1000 + b"\r\n"
    while not conn.server.stopping.is_set():
        conn.send(line * 64)


def gib_body(conn: Connection) -> None:
    conn.read_request()
    size = 1 << 30
    conn.send(_head(200, {"Content-Length": str(size)}))
    for _ in range(size // len(CHUNK)):  # generated as it goes: never held
        conn.send(CHUNK)


@functools.cache
def bomb_bytes(encoding: str) -> bytes:
    """1 GiB of zeros, compressed once per run (about 1 MiB)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31 if encoding == "gzip" else 15)
    zeros = bytes(1 << 20)
    parts = [compressor.compress(zeros) for _ in range(1024)]
    return b"".join(parts) + compressor.flush()


def bomb(encoding: str) -> Behaviour:
    def behave(conn: Connection) -> None:
        answer(200, bomb_bytes(encoding), Content_Encoding=encoding)(conn)

    return behave


def _http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


# --- the cases -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    name: str
    behaviour: Behaviour | None
    """None: nothing listens (connection refused)."""
    error: type[SignalWireError]
    attempts: tuple[int, int]
    """Attempts expected for (a command that can start something, an idempotent one)."""
    deadline: float = 1.5
    retry_after: tuple[float | None, float | None] = (None, None)
    """`.retry_after` expected for (a command that can start something, an idempotent one)."""
    refused_by_server: bool = False
    """The server answered 429: it says it did not process the command, so sending it again is safe."""
    slow: bool = field(default=False)
    """Expected to run until the deadline."""


LEG = json.dumps(call_leg()).encode()
ANSWERS = {
    "html answer": b"<html><body>Service temporarily unavailable</body></html>",
    "empty answer": b"",
    "truncated answer": LEG[:-7],
    "array answer": json.dumps([call_leg()]).encode(),
    "deeply nested answer": b"[" * 200_000 + b"]" * 200_000,
    "invalid UTF-8 answer": b'{"id": "\xff\xfe", "type": "relay_pstn_call"}',
    "wrong-typed leg": json.dumps(call_leg(charge="free", charge_details="none")).encode(),
    "malformed id (trailing newline)": json.dumps(call_leg(id=CALL_ID + "\n")).encode(),
    "malformed id (not a UUID)": json.dumps(call_leg(id="call-42")).encode(),
}

CASES: list[Case] = [
    Case("connection refused", None, APIConnectionError, (3, 3)),
    Case("close before read", close_before_read, APIConnectionError, (1, 3)),
    Case("read then reset", read_then_reset, APIConnectionError, (1, 3)),
    Case("read then silence", read_then_silence, APITimeoutError, (1, 1), slow=True),
    Case("trickled head", trickled_head, APITimeoutError, (1, 1), slow=True),
    Case("trickled body", trickled_body, APITimeoutError, (1, 1), slow=True),
    Case("endless head", endless_head, APIConnectionError, (1, 3)),
    Case("endless body", endless_body, ResponseTooLargeError, (1, 1)),
    Case("1 GiB body", gib_body, ResponseTooLargeError, (1, 1)),
    Case("gzip bomb", bomb("gzip"), ResponseTooLargeError, (1, 1)),
    Case("deflate bomb", bomb("deflate"), ResponseTooLargeError, (1, 1)),
    Case(
        "br body (undecodable)", answer(200, os.urandom(64), Content_Encoding="br"), APIResponseValidationError, (1, 1)
    ),
    Case(
        "gzip garbage",
        answer(200, b"\x1f\x8b" + os.urandom(64), Content_Encoding="gzip"),
        APIResponseValidationError,
        (1, 1),
    ),
    *(Case(name, answer(200, body), APIResponseValidationError, (1, 1)) for name, body in ANSWERS.items()),
]
for status in (429, 500, 502, 503, 504):
    error = RateLimitError if status == 429 else InternalServerError
    retried = (3, 3) if status == 429 else (1, 3)
    html = b"<html>busy</html>"
    CASES += [
        Case(f"{status} without Retry-After", answer(status, html), error, retried, refused_by_server=status == 429),
        Case(
            f"{status} Retry-After huge (86400 s)",
            answer(status, html, Retry_After="86400"),
            error,
            (1, 1),
            retry_after=(86400.0 if status == 429 else None, 86400.0),  # a 5xx for dial is never retried anyway
            refused_by_server=status == 429,
        ),
    ]
for status in (429, 503):
    error = RateLimitError if status == 429 else InternalServerError
    retried = (3, 3) if status == 429 else (1, 3)
    CASES += [
        Case(
            f"{status} Retry-After 1 s",
            answer(status, b"{}", Retry_After="1"),
            error,
            retried,
            deadline=3.5,
            refused_by_server=status == 429,
        ),
        Case(
            f"{status} Retry-After HTTP date (+1 s)",
            lambda conn, status=status: answer(status, b"{}", Retry_After=_http_date(1))(conn),
            error,
            retried,
            deadline=3.5,
            refused_by_server=status == 429,
        ),
        Case(
            f"{status} Retry-After HTTP date (+1 day)",
            lambda conn, status=status: answer(status, b"{}", Retry_After=_http_date(86400))(conn),
            error,
            (1, 1),
            retry_after=(86400.0 if status == 429 else None, 86400.0),
            refused_by_server=status == 429,
        ),
    ]

COMMAND_CALLS: dict[str, Callable[[Any], Any]] = {
    "dial": lambda client: client.calling.dial(from_="+15551234567", to="+15557654321", url="https://example.com/s"),
    "play_stop": lambda client: client.calling.play_stop(CALL_ID, control_id="play-1"),
}


# --- running a case --------------------------------------------------------------------------------------------


MODES = ["sync", "async", "aiohttp"]


def _run(mode: str, host: str, deadline: float, call: Callable[[Any], Any]) -> BaseException:
    settings: dict[str, Any] = {"project": PROJECT, "token": TOKEN, "host": host, "deadline": deadline}
    try:
        if mode == "sync":
            with RestClient(**settings) as client:
                call(client)
        else:

            async def main() -> None:
                if mode == "aiohttp":
                    async with DefaultAioHttpClient() as http, AsyncRestClient(**settings, http_client=http) as client:
                        await call(client)
                else:
                    async with AsyncRestClient(**settings) as client:
                        await call(client)

            asyncio.run(main())
    except BaseException as exc:
        return exc
    raise AssertionError("the command succeeded")


@pytest.fixture(scope="module", autouse=True)
def _first_use_done() -> None:
    """Send each command once, sync and async, to a server that answers well: what the client loads on first use
    (its transports, the compiled checks, the response models) must not count in the first case's peak."""
    with serving(answer(200, json.dumps(call_leg()).encode())) as server:
        for call in COMMAND_CALLS.values():
            for mode in MODES:
                with pytest.raises(AssertionError, match="the command succeeded"):
                    _run(mode, server.host, 5.0, call)


def _measure(mode: str, case: Case, call: Callable[[Any], Any]) -> tuple[BaseException, float, int, int, int]:
    """(error, seconds, peak bytes, requests read by the server, connections)."""

    def go(host: str) -> tuple[BaseException, float, int]:
        tracemalloc.start()
        started = time.monotonic()
        try:
            error = _run(mode, host, case.deadline, call)
            return error, time.monotonic() - started, tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    if case.behaviour is None:
        error, elapsed, peak = go(refused_host())
        return error, elapsed, peak, 0, 0
    if case.name.endswith("bomb"):
        bomb_bytes(case.name.split()[0])  # compressed before measuring
    with serving(case.behaviour) as server:
        error, elapsed, peak = go(server.host)
        return error, elapsed, peak, len(server.bodies), server.connections


def assert_no_credentials(error: BaseException) -> None:
    shown = [str(error), repr(error), "".join(traceback.format_exception(error))]
    if isinstance(error, SignalWireError):
        shown.append(pickle.dumps(error).decode("latin-1"))
        copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
        assert type(copy) is type(error)
        assert str(copy) == str(error)
    for text in shown:
        assert TOKEN not in text
        assert BASIC.decode() not in text


@pytest.mark.parametrize("command", list(COMMAND_CALLS))
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_fault(case: Case, mode: str, command: str) -> None:
    idempotent = command == "play_stop"
    error, elapsed, peak, received, _connections = _measure(mode, case, COMMAND_CALLS[command])
    RESULTS.append(
        {
            "case": case.name,
            "mode": mode,
            "command": command,
            "error": type(error).__name__,
            "elapsed": elapsed,
            "peak": peak,
            "received": received,
            "attempts": getattr(error, "attempts", None),
        }
    )

    assert isinstance(error, case.error), f"{type(error).__name__}: {error}"
    assert isinstance(error, SignalWireError)
    assert error.attempts == case.attempts[idempotent]
    if isinstance(error, APIStatusError):
        expected = case.retry_after[idempotent]
        assert error.retry_after == expected or (expected and abs(error.retry_after - expected) <= 2)
    assert elapsed <= case.deadline + MARGIN
    if case.slow:
        assert elapsed >= case.deadline - 0.1  # it did wait until the deadline, not give up early
    assert peak <= MEMORY_BOUND
    if case.behaviour is not None and not case.refused_by_server:
        # The server never received twice a command that can start something.
        assert received <= (1 if not idempotent else case.attempts[idempotent])
    if not idempotent and not case.refused_by_server:
        assert received <= 1
    assert_no_credentials(error)


NON_IDEMPOTENT = [info for info in COMMANDS.values() if not info.idempotent]


@pytest.mark.parametrize("mode", ["sync", "aiohttp"])
@pytest.mark.parametrize("behaviour", [read_then_reset, answer(502, b"{}")], ids=["reset", "502"])
@pytest.mark.parametrize("info", NON_IDEMPOTENT, ids=[info.name for info in NON_IDEMPOTENT])
def test_no_command_that_can_start_something_is_received_twice(info: Any, behaviour: Behaviour, mode: str) -> None:
    method, args, kwargs = facade_call(examples()[info.name])
    with serving(behaviour) as server:
        error = _run(mode, server.host, 2.0, lambda client: getattr(client.calling, method)(*args, **kwargs))
        assert len(server.bodies) == 1
        assert json.loads(server.bodies[0])["command"] == info.name
    assert isinstance(error, (APIConnectionError, InternalServerError)), repr(error)
    assert error.attempts == 1
