"""Status events: the cost of receiving one, and how many a served router takes per second.

- `dispatch`: `EventRouter.dispatch` of one signed status event (verify the signature, decode, deduplicate, record
  it for the handles, pick the handlers), against what any receiver must do at the least: `hmac` of url + body,
  `hmac.compare_digest` with the header, `json.loads`. The typed model is built when first read (a handler, a
  wait, `.events`): the row "with the model" adds that, as a handler reading every event would.
- `served`: events per second through `AsyncEventRouter.asgi_app()` under uvicorn on loopback (a separate
  process), posted by aiohttp at 50 in flight, against a bare ASGI app under the same server that reads the body
  and answers 200 (the server's own floor).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

URL = "https://hooks.example.com/events"
KEY = "bench-signing-key"
CALLS = [f"3fa85f64-5717-4562-b3fc-2c963f66{n:04d}" for n in range(100)]


def collect_event(number: int) -> dict[str, Any]:
    """A digit result of a collect, as SignalWire's sources show one (a distinct timestamp: no repeats)."""
    return {
        "event_type": "calling.call.collect",
        "event_channel": "swml:9b1c2d3e-0000-4000-8000-000000000001",
        "timestamp": 1777565701.562 + number,
        "project_id": "4d0d6f16-5881-4fcc-92a4-02c51a91954d",
        "space_id": "451ed9ff-e568-4222-8af9-4f9ab7428d09",
        "params": {
            "call_id": CALLS[number % len(CALLS)],
            "node_id": "a0d4e6e5-5d07-413d-9668-55542992eec0",
            "control_id": f"collect-{number % len(CALLS)}",
            "result": {"type": "digit", "params": {"digits": "1234", "terminator": "#"}},
        },
    }


def signed_bodies(count: int, url: str = URL) -> list[tuple[bytes, dict[str, str]]]:
    from signalwire_calling import webhooks

    found = []
    for number in range(count):
        raw = json.dumps(collect_event(number), separators=(",", ":")).encode()
        found.append((raw, webhooks.sign(signing_key=KEY, url=url, raw_body=raw, sha256=False)))
    return found


def dispatch_sides(events: int) -> dict[str, Callable[[], float]]:
    """Each side: a callable answering µs per event over a fresh batch (a fresh router: no repeats, no full store)."""
    from signalwire_calling.testing import CallingMock

    bodies = signed_bodies(events)
    key, url = KEY.encode(), URL.encode()

    def floor() -> float:
        started = time.perf_counter()
        for raw, headers in bodies:
            expected = hmac.new(key, url + raw, "sha1").hexdigest()
            hmac.compare_digest(expected.encode(), headers["X-Signalwire-Signature"].encode())
            json.loads(raw)
        return (time.perf_counter() - started) / len(bodies) * 1e6

    def router(with_model: bool) -> Callable[[], float]:
        def run() -> float:
            client = CallingMock().client(status_url=URL)
            events_router = client.events(signing_key=KEY)
            try:
                started = time.perf_counter()
                for raw, headers in bodies:
                    result = events_router.dispatch(raw, headers)
                    if with_model:
                        result.event  # noqa: B018 (what a handler reading it costs)
                return (time.perf_counter() - started) / len(bodies) * 1e6
            finally:
                events_router.close()
                client.close()

        return run

    return {"router": router(False), "router, with the model": router(True), "hmac + json.loads": floor}


# --- served -----------------------------------------------------------------------------------------------------


def serve(port_file: str, app_kind: str) -> None:
    """Child process: uvicorn serving the router's ASGI app (or the bare app) on a free port, written to a file."""
    import socket

    import uvicorn

    from signalwire_calling.testing import CallingMock

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)  # connections queue from here on, before uvicorn starts accepting
    port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/events"
    if app_kind == "router":
        client = CallingMock().async_client(status_url=url)
        app = client.events(signing_key=KEY).asgi_app()
    else:
        app = _bare_app
    config = uvicorn.Config(app, log_level="error", lifespan="on" if app_kind == "router" else "off", access_log=False)
    server = uvicorn.Server(config)
    Path(port_file).write_text(str(port))
    asyncio.run(server.serve(sockets=[sock]))


async def _bare_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})


@contextmanager
def served(app_kind: str, cpu: int | None) -> Iterator[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        port_file = Path(tmp) / "port"
        argv = [sys.executable, __file__, "--serve", app_kind, str(port_file)]
        pin = (lambda: os.sched_setaffinity(0, {cpu})) if cpu is not None else None
        process = subprocess.Popen(argv, preexec_fn=pin)  # noqa: S603 (argv: this file, run by this interpreter)
        try:
            deadline = time.monotonic() + 30
            while not (port_file.exists() and port_file.read_text()):
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"the {app_kind} server did not start")
                time.sleep(0.05)
            port = port_file.read_text()
            yield f"http://127.0.0.1:{port}/events"
        finally:
            process.terminate()
            process.wait(10)


async def post_rate(
    url: str, bodies: Sequence[tuple[bytes, dict[str, str]]], concurrency: int, seconds: float
) -> float:
    """Events per second: `concurrency` aiohttp tasks posting the signed bodies back to back for `seconds`."""
    import aiohttp

    done = 0
    stop = time.perf_counter() + seconds
    position = iter(range(10**9))

    async def worker(session: aiohttp.ClientSession) -> None:
        nonlocal done
        while time.perf_counter() < stop:
            raw, headers = bodies[next(position) % len(bodies)]
            async with session.post(url, data=raw, headers={**headers, "Content-Type": "application/json"}) as answer:
                await answer.read()
                if answer.status != 200:
                    raise RuntimeError(f"the served router answered {answer.status}")
            done += 1

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(worker(session) for _ in range(concurrency)))
        return done / (time.perf_counter() - started)


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--serve":
    serve(sys.argv[3], sys.argv[2])
