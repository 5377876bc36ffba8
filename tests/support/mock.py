"""Helpers of the mock's tests."""

from __future__ import annotations

import keyword
import os
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from signalwire_calling import RestClient
from signalwire_calling._spec import COMMANDS
from tests.support.vendor_contract import RESPONSE_SCHEMAS, errors

DEADLINE = 30.0
"""Seconds a child process gets to start, answer or stop; never reached when things work."""


def assert_vendor_answer(status: int | None, body: Any, *, scripted: bool = False) -> None:
    """`body` is what the vendor documents for `status` (scripted statuses it does not document pass)."""
    if status is None or (scripted and status not in RESPONSE_SCHEMAS):
        return
    assert status in RESPONSE_SCHEMAS, f"the mock answered {status}, which the vendor does not document"
    problems = errors(body, RESPONSE_SCHEMAS[status])
    assert not problems, f"{status} answer breaks {RESPONSE_SCHEMAS[status]}: {problems[:3]} in {body}"


def facade_arguments(body: dict[str, Any]) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    """(method, positional args, keywords) of the façade call that sends `body`."""
    info = COMMANDS[body["command"]]
    params = dict(body["params"])
    args: tuple[Any, ...] = ()
    if info.call_id == "params":
        args = (params.pop("id"),)
    elif info.call_id == "body":
        args = (body["id"],)
    keywords = {(f"{key}_" if keyword.iskeyword(key) else key): value for key, value in params.items()}
    return info.method, args, keywords


def send(client: RestClient, body: dict[str, Any]) -> Any:
    method, args, keywords = facade_arguments(body)
    return getattr(client.calling, method)(*args, **keywords)


def dial(client: RestClient, to: str = "+15550100002") -> Any:
    return client.calling.dial(from_="+15550100001", to=to, url="https://example.com/swml").leg


def tts(text: str = "Hello") -> list[dict[str, Any]]:
    return [{"type": "tts", "params": {"text": text}}]


@contextmanager
def cli(
    *args: str, env: dict[str, str] | None = None, command: list[str] | None = None
) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """The mock's command line in a child process, and the URL it printed first; stopped with SIGTERM after."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("SIGNALWIRE_")}
    environment.update(env or {})
    argv = command or [sys.executable, "-m", "signalwire_calling.testing"]
    with subprocess.Popen(  # noqa: S603 - our own module, with fixed arguments
        [*argv, "--port", "0", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment
    ) as process:
        try:
            assert process.stdout is not None
            ready, _, _ = select.select([process.stdout], [], [], DEADLINE)
            assert ready, "the mock printed nothing"
            url = process.stdout.readline().strip()
            yield process, url
        finally:
            if process.poll() is None:
                process.terminate()
            try:
                process.communicate(timeout=DEADLINE)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serving(app: Callable[..., Iterable[bytes]] | None = None) -> Iterator[WSGIServer]:
    """A WSGI app (`server.set_app()` may give it later) served on 127.0.0.1 from a thread; stopped after."""
    server = make_server("127.0.0.1", 0, app or _no_content, handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(DEADLINE)


@contextmanager
def sink() -> Iterator[str]:
    """A loopback server that answers 204 to anything: where deliveries go when only the mock's journal matters."""
    with serving() as server:
        yield f"http://127.0.0.1:{server.server_port}"


def _no_content(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    start_response("204 No Content", [])
    return [b""]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (it may be taken again by the time it is used)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def eventually(done: Callable[[], bool], what: str) -> None:
    """Wait until `done()` (checked every 10 ms); AssertionError naming `what` after `DEADLINE` seconds."""
    deadline = time.monotonic() + DEADLINE
    while not done():
        assert time.monotonic() < deadline, f"{what}: not within {DEADLINE:g} s"
        time.sleep(0.01)
