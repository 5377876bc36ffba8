"""A misbehaving HTTP server on 127.0.0.1: each connection runs one `Behaviour` in its own thread.

Raw sockets, not an HTTP library, so that a behaviour can do what no well-behaved server would: close before
reading, reset, fall silent, trickle bytes, send without end. The server counts the requests it read in full.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Behaviour = Callable[["Connection"], None]


class Connection:
    """One accepted connection, as a behaviour sees it."""

    def __init__(self, sock: socket.socket, server: FaultServer) -> None:
        self.sock = sock
        self.server = server

    def read_request(self) -> bytes:
        """Read one request (head and body by Content-Length); count it; return its body."""
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("client went away")
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(body) < length:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("client went away")
            body += chunk
        with self.server.lock:
            self.server.bodies.append(body)
        return body

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def wait(self, seconds: float) -> bool:
        """Sleep; False when the server is stopping."""
        return not self.server.stopping.wait(seconds)

    def reset(self) -> None:
        """Close with a TCP RST instead of a FIN."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


class FaultServer:
    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.lock = threading.Lock()
        self.bodies: list[bytes] = []
        """Bodies of the requests read in full, in order."""
        self.connections = 0
        self.stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            with self.lock:
                self.connections += 1
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            self.behaviour(Connection(sock, self))
        except OSError:
            pass  # the client went away: expected for most faults
        finally:
            sock.close()

    @property
    def host(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@contextmanager
def serving(behaviour: Behaviour) -> Iterator[FaultServer]:
    server = FaultServer(behaviour)
    server._thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server._listener.close()


def refused_host() -> str:
    """A loopback address nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"
