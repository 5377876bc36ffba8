"""A real HTTP/1.1 keep-alive server on 127.0.0.1 that answers every command with the leg of the call it names.

For the tests of what only shows on real sockets: many threads at once, cancellations under load, forked
processes sharing a client, proxies (as a forward proxy it answers as the server would; it refuses tunnels,
recording them). Each connection is served by a thread of its own; every request is
recorded with the number of the connection it came on.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

__all__ = ["LegServer", "Received", "leg_server"]


class Received(NamedTuple):
    connection: int
    """Which connection it came on (1 for the first the server accepted)."""
    body: dict[str, Any]
    target: str
    """The request line's target: the path, or the whole URL when sent to a forward proxy."""


def leg_for(body: dict[str, Any]) -> dict[str, Any]:
    """The call leg SignalWire answers a command with: that of the call it names, a new one for `dial`."""
    params = body.get("params") if isinstance(body.get("params"), dict) else {}
    call_id = body.get("id") or params.get("id") or str(uuid.uuid4())
    return {"id": call_id, "type": "relay_pstn_call", "status": "queued", "from": "+15550100001"}


class LegServer:
    def __init__(self, *, delay: float = 0.0, answer: Callable[[dict[str, Any]], dict[str, Any]] = leg_for) -> None:
        self.delay = delay
        """Seconds to wait before answering each request."""
        self.answer = answer
        self.received: list[Received] = []
        self.lock = threading.Lock()
        self.connections = 0
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self) -> None:
                super().setup()
                with server.lock:
                    server.connections += 1
                    self.number = server.connections

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)) or b"{}")
                with server.lock:
                    server.received.append(Received(self.number, body, self.path))
                if server.delay:
                    time.sleep(server.delay)
                data = json.dumps(server.answer(body)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_CONNECT(self) -> None:  # as a proxy asked for a tunnel: recorded, refused
                with server.lock:
                    server.received.append(Received(self.number, {}, self.path))
                self.send_response(403)
                self.send_header("Content-Length", "0")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

            def log_message(self, *args: Any) -> None:
                pass

        class Server(http.server.ThreadingHTTPServer):
            request_queue_size = 512  # many clients connect at once; the default (5) would refuse some
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that went away (a cancelled command) is part of these tests

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port: int = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


@contextmanager
def leg_server(**options: Any) -> Iterator[LegServer]:
    server = LegServer(**options)
    server.start()
    try:
        yield server
    finally:
        server.stop()
