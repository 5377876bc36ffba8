"""The HTTP run mode: the loopback server in a thread, and the command line that runs it in a process."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from signalwire_calling import AuthenticationError, RestClient
from signalwire_calling.testing import CallingMock, MockServer
from tests.support.mock import DEADLINE, cli, dial, tts


def receive(raw: socket.socket) -> bytes:
    """Everything until the end of the first JSON body (or the end of the stream)."""
    data = b""
    while not data.endswith(b"}"):
        chunk = raw.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def test_the_url_is_loopback_with_the_chosen_port(calling_mock: CallingMock) -> None:
    with calling_mock.serve() as server:
        assert server.url == f"http://127.0.0.1:{server.port}"
        assert server.port > 0
        assert server.mock is calling_mock
        assert repr(server) == f"MockServer(url={server.url!r})"
    server.close()  # closing twice is fine


def test_a_server_can_be_closed_without_with(calling_mock: CallingMock) -> None:
    server = MockServer(calling_mock)
    try:
        with server.client() as client:
            dial(client)
    finally:
        server.close()
    with httpx.Client() as http, pytest.raises(httpx.ConnectError):
        http.post(f"{server.url}/api/calling/calls", json={})


def test_close_ends_idle_keep_alive_connections(calling_mock: CallingMock) -> None:
    with calling_mock.serve() as server, socket.create_connection(("127.0.0.1", server.port), timeout=DEADLINE) as raw:
        raw.sendall(b"POST /api/calling/calls HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
        assert receive(raw).startswith(b"HTTP/1.1 401 ")
        server.close()  # the connection is still open and idle: close must not wait for it
        assert raw.recv(65536) == b""


def test_requests_on_one_connection_are_served_in_turn(calling_mock: CallingMock, calling_server: MockServer) -> None:
    with calling_server.client() as client:
        leg = dial(client)
        for index in range(5):
            client.calling.play(leg.id, control_id=f"p{index}", play=tts())
    assert len(calling_mock.call(leg.id).operations) == 5


def test_concurrent_clients_are_served(calling_mock: CallingMock, calling_server: MockServer) -> None:
    failures: list[BaseException] = []

    def work() -> None:
        try:
            with calling_server.client() as client:
                leg = dial(client)
                client.calling.record(leg.id, control_id="r", record={"audio": {}})
                client.calling.end(leg.id)
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(DEADLINE)
    assert failures == []
    assert len(calling_mock.calls) == 8
    assert {call.status for call in calling_mock.calls.values()} == {"ended"}


def test_a_chunked_body_is_read(calling_mock: CallingMock, calling_server: MockServer) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"command":"dial",'
        yield b'"params":{"from":"+1","url":"https://x"}}'

    with httpx.Client(base_url=calling_server.url) as http:
        response = http.post("/api/calling/calls", content=chunks(), auth=(calling_mock.project, calling_mock.token))
    assert response.status_code == 200
    assert calling_mock.last.headers["transfer-encoding"] == "chunked"


@pytest.mark.parametrize("length", [b"abc", b"-1"])
def test_a_bad_content_length_gets_400(calling_server: MockServer, length: bytes) -> None:
    with socket.create_connection(("127.0.0.1", calling_server.port), timeout=DEADLINE) as raw:
        raw.sendall(b"POST /api/calling/calls HTTP/1.1\r\nHost: x\r\nContent-Length: " + length + b"\r\n\r\n")
        answer = receive(raw)
        assert raw.recv(65536) == b""  # and the connection is closed
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert answer.endswith(b'{"error":"Bad Request"}')


def test_head_gets_no_body(calling_server: MockServer) -> None:
    with httpx.Client(base_url=calling_server.url) as http:
        response = http.head("/api/calling/calls")
    assert response.status_code == 404
    assert response.content == b""


def test_the_log_gets_a_line_per_request(calling_mock: CallingMock) -> None:
    lines: list[str] = []
    with calling_mock.serve(log=lines.append) as server, server.client() as client:
        dial(client)
        calling_mock.drop_next("after_read")
        with pytest.raises(Exception, match="Connection error"):
            client.calling.play(calling_mock.last_call.id, control_id="p", play=tts())
    assert lines == [
        "POST /api/calling/calls dial -> 200",
        "POST /api/calling/calls calling.play -> connection dropped (after_read)",
    ]


# -- the command line ------------------------------------------------------------------------------------


def test_the_cli_prints_its_url_first_and_serves_until_sigterm() -> None:
    with cli("--project", "P", "--token", "T") as (process, url):
        assert url.startswith("http://127.0.0.1:")
        assert int(url.rsplit(":", 1)[1]) > 0
        with RestClient("P", "T", url) as client:
            leg = dial(client)
            assert leg.status == "queued"
            assert client.calling.play(leg.id, control_id="p", play=tts()).status == "answered"
            assert client.calling.end(leg.id).status == "ending"
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=DEADLINE)
    assert process.returncode == 0
    assert out == ""  # the URL is the only line on stdout
    assert "POST /api/calling/calls dial -> 200" in err
    assert "Traceback" not in err


def test_the_console_script_takes_its_credentials_from_the_environment_and_stops_on_sigint() -> None:
    script = Path(sys.executable).parent / "signalwire-calling-mock"
    assert script.exists(), "the console script is not installed"
    env = {"SIGNALWIRE_PROJECT_ID": "env-project", "SIGNALWIRE_API_TOKEN": "env-token"}
    with cli("--quiet", env=env, command=[str(script)]) as (process, url):
        with RestClient("env-project", "env-token", url) as client:
            dial(client)
        with RestClient("test-project", "test-token", url) as client, pytest.raises(AuthenticationError):
            dial(client)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=DEADLINE)
    assert (process.returncode, out, err) == (0, "", "")


def test_the_cli_defaults_to_the_test_credentials_and_can_leave_calls_queued() -> None:
    with cli("--no-auto-answer", "--quiet") as (_, url), RestClient("test-project", "test-token", url) as client:
        leg = dial(client)
        with pytest.raises(Exception, match="queued, not answered"):
            client.calling.play(leg.id, control_id="p", play=tts())


def test_the_cli_fails_cleanly_on_a_port_in_use() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(  # noqa: S603 - our own module, with fixed arguments
            [sys.executable, "-m", "signalwire_calling.testing", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=DEADLINE,
            check=False,
        )
    assert result.returncode == 1
    assert "cannot listen on port" in result.stderr
    assert result.stdout == ""


def test_the_cli_has_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "signalwire_calling.testing", "--help"],
        capture_output=True,
        text=True,
        timeout=DEADLINE,
        check=False,
    )
    assert result.returncode == 0
    assert "--project" in result.stdout
    assert "SIGNALWIRE_PROJECT_ID" in result.stdout
