"""The benchmark suite: the client against the floor of its transport, measured in one run.

    make bench                                   # installs requirements/bench.txt, writes BENCHMARKS.md
    .venv/bin/python benchmarks/bench.py --quick # a short run, nothing written

A loopback HTTP/1.1 keep-alive server in a separate process (asyncio, answering a canned call leg; pinned to
its own core where there are two) serves every side, so client cost dominates. Sides are interleaved round by
round (A/B/C, then B/C/A, ...) so that a noisy neighbour hits them alike; figures are medians with the
interquartile range of the rounds. Measured:

- sync latency of `calling.play` and `calling.dial` through `RestClient`, against `httpx.Client.post` and
  `requests.Session.post` of the same body bytes and headers (each side also decodes the JSON answer);
- async throughput of `AsyncRestClient` at concurrency 1, 10 and 50 against raw `httpx.AsyncClient` (default
  transport), raw aiohttp, and the candidate transports the client could use;
- `import signalwire_calling` against `import httpx`, in fresh processes;
- the time of a full `make generate` (into a scratch directory: the tree is not touched);
- traced memory and RSS after 1,000 and after 10,000 commands;
- status events (`bench_events.py`): one delivery through `EventRouter.dispatch` against the HMAC check and
  `json.loads` every receiver does, and events per second through the router's ASGI app under uvicorn.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_events, beside this file
CALL_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
LEG: dict[str, Any] = {
    "id": CALL_ID,
    "from": "+15551230000",
    "to": "+15557654321",
    "direction": "outbound-api",
    "source": "realtime_api",
    "url": None,
    "charge": 0,
    "created_at": "2026-11-23T12:00:00Z",
    "charge_details": [],
    "status": "answered",
    "duration": None,
    "duration_ms": None,
    "billing_ms": None,
    "type": "relay_pstn_call",
    "parent_id": None,
}
PLAY: list[Any] = [
    {"type": "tts", "params": {"text": "Please enter your account number, then press pound."}},
    {"type": "silence", "params": {"duration": 0.5}},
    {"type": "audio", "params": {"url": "https://example.com/beep.mp3"}},
]
PLAY_ARGS: dict[str, Any] = {"control_id": "menu", "play": PLAY}
DIAL_ARGS: dict[str, Any] = {
    "from_": "+15551230000",
    "to": "+15557654321",
    "url": "https://example.com/swml",
    "status_url": "https://example.com/status",
    "status_events": ["answered", "ended"],
    "timeout": 30,
}
COMMAND_BODIES: dict[str, dict[str, Any]] = {
    "play": {"command": "calling.play", "id": CALL_ID, "params": PLAY_ARGS},
    "dial": {"command": "dial", "params": {("from" if k == "from_" else k): v for k, v in DIAL_ARGS.items()}},
}
PROJECT, TOKEN = "bench-project", "bench-token"
ANSWER = json.dumps(LEG).encode()
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: bench\r\n"
    b"Content-Length: " + str(len(ANSWER)).encode() + b"\r\n\r\n" + ANSWER
)


# --- The server ---------------------------------------------------------------------------------------------------


class _Answerer(asyncio.Protocol):
    """HTTP/1.1 keep-alive: every complete request (head + Content-Length body) gets the canned call leg."""

    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer + data if self.buffer else data
        answers = 0
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end].lower()
            start = head.find(b"\r\ncontent-length:")
            length = 0
            if start >= 0:
                stop = head.find(b"\r\n", start + 2)
                length = int(head[start + 17 : stop if stop >= 0 else None])
            total = end + 4 + length
            if len(buffer) < total:
                break
            buffer = buffer[total:]
            answers += 1
        self.buffer = buffer
        if answers and self.transport is not None:
            self.transport.write(RESPONSE * answers)


def serve(cpu: int | None) -> None:
    """Run the server until stdin closes; its port is the first line on stdout."""
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(_Answerer, "127.0.0.1", 0, backlog=1024)
        print(server.sockets[0].getsockname()[1], flush=True)
        await loop.run_in_executor(None, sys.stdin.read)  # the parent closing our stdin ends us
        server.close()

    asyncio.run(main())


@contextmanager
def server_process(cpu: int | None) -> Iterator[int]:
    """The server in a child process; yields its port."""
    command = [sys.executable, __file__, "--serve"] + ([] if cpu is None else ["--cpu", str(cpu)])
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as child:  # noqa: S603
        assert child.stdin is not None
        assert child.stdout is not None
        try:
            yield int(child.stdout.readline())
        finally:
            child.stdin.close()  # the server's signal to stop
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()


# --- Figures ------------------------------------------------------------------------------------------------------


@dataclass
class Series:
    """Samples of one side (one per round) and how to show them."""

    unit: str
    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def iqr(self) -> tuple[float, float]:
        if len(self.samples) < 2:
            return self.samples[0], self.samples[0]
        q1, _, q3 = statistics.quantiles(self.samples, n=4, method="inclusive")
        return q1, q3

    def show(self) -> str:
        low, high = self.iqr
        digits = 0 if self.median >= 100 else 1
        return (
            f"{self.median:,.{digits}f} {self.unit} (IQR {low:,.{digits}f}–{high:,.{digits}f}, n={len(self.samples)})"
        )


@dataclass
class Results:
    sync: dict[str, dict[str, Series]] = field(default_factory=dict)
    """command -> side -> µs per command."""
    asynchronous: dict[int, dict[str, Series]] = field(default_factory=dict)
    """concurrency -> side -> commands/s."""
    imports: dict[str, Series] = field(default_factory=dict)
    generate: Series | None = None
    memory: list[tuple[str, int, float, float]] = field(default_factory=list)
    """(client, commands sent, traced KiB, RSS MiB)."""
    events: dict[str, Series] = field(default_factory=dict)
    """side -> µs per status event received."""
    served: dict[str, Series] = field(default_factory=dict)
    """app -> status events per second through uvicorn at 50 in flight."""
    settings: dict[str, Any] = field(default_factory=dict)


def interleaved(rounds: int, sides: Sequence[str], run: Callable[[str], float]) -> dict[str, Series]:
    """`run(side)` once per side per round, the order rotated each round."""
    series = {side: Series("") for side in sides}
    for number in range(rounds):
        shift = number % len(sides)
        for side in [*sides[shift:], *sides[:shift]]:
            series[side].samples.append(run(side))
    return series


def ratio(top: Series, bottom: Series) -> float:
    """The median of the per-round ratios: each pair was measured back to back, so drift in load cancels out."""
    return statistics.median(a / b for a, b in zip(top.samples, bottom.samples, strict=True))


IN_PROCESS = ", in process"
JSON_TYPE = {"Content-Type": "application/json"}


def baseline(side: str) -> str:
    """The raw httpx side a sync side is compared with: the one over the same transport."""
    return "httpx" + IN_PROCESS if side.endswith(IN_PROCESS) else "httpx"


# --- Sync ---------------------------------------------------------------------------------------------------------


def headers() -> dict[str, str]:
    import base64

    from signalwire_calling import __version__

    return {
        "Authorization": "Basic " + base64.b64encode(f"{PROJECT}:{TOKEN}".encode()).decode(),
        "Content-Type": "application/json",
        "Accept": "application/json",
        "User-Agent": f"signalwire-calling-python/{__version__}",
    }


def body_bytes(command: str) -> bytes:
    return json.dumps(COMMAND_BODIES[command], separators=(",", ":"), ensure_ascii=False).encode()


def sync_senders(port: int, with_requests: bool) -> tuple[dict[str, Callable[[str], object]], Callable[[], None]]:
    """side -> send(command); and a function closing them all."""
    import httpx

    from signalwire_calling import RestClient

    url = f"http://127.0.0.1:{port}/api/calling/calls"
    sent_headers = headers()
    bodies = {command: body_bytes(command) for command in COMMAND_BODIES}
    client = RestClient(PROJECT, TOKEN, f"http://127.0.0.1:{port}")
    http = httpx.Client()
    # The same two sides over an in-process transport: no socket, so the ratio is the client's own cost.
    answer = httpx.MockTransport(lambda request: httpx.Response(200, content=ANSWER, headers=JSON_TYPE))
    local_http = httpx.Client(transport=answer)
    local_client = RestClient(PROJECT, TOKEN, "http://127.0.0.1", http_client=local_http)
    local_url = "http://127.0.0.1/api/calling/calls"

    def facade(client: RestClient) -> Callable[[str], object]:
        calls: dict[str, Callable[[], object]] = {
            "play": lambda: client.calling.play(CALL_ID, **PLAY_ARGS),
            "dial": lambda: client.calling.dial(**DIAL_ARGS),
        }
        return lambda command: calls[command]()

    senders: dict[str, Callable[[str], object]] = {
        "façade": facade(client),
        "httpx": lambda command: http.post(url, content=bodies[command], headers=sent_headers).json(),
        "façade" + IN_PROCESS: facade(local_client),
        "httpx" + IN_PROCESS: lambda command: local_http.post(
            local_url, content=bodies[command], headers=sent_headers
        ).json(),
    }
    closers = [client.close, http.close, local_http.close]
    if with_requests:
        requests: Any = importlib.import_module("requests")
        session = requests.Session()
        senders["requests"] = lambda command: session.post(url, data=bodies[command], headers=sent_headers).json()
        closers.append(session.close)

    def close() -> None:
        for closer in closers:
            closer()

    return senders, close


def bench_sync(port: int, rounds: int, calls: int, with_requests: bool, results: Results) -> None:
    senders, close = sync_senders(port, with_requests)
    try:
        for command in COMMAND_BODIES:
            for send in senders.values():  # warm up: connections open, code paths compiled
                for _ in range(50):
                    send(command)

            def run(side: str, command: str = command) -> float:
                send = senders[side]
                times = calls * 4 if side.endswith(IN_PROCESS) else calls  # about as long a round as the others
                started = time.perf_counter()
                for _ in range(times):
                    send(command)
                return (time.perf_counter() - started) / times * 1e6

            series = interleaved(rounds, list(senders), run)
            for item in series.values():
                item.unit = "µs"
            results.sync[command] = series
    finally:
        close()


# --- Async --------------------------------------------------------------------------------------------------------

AsyncSend = Callable[[], Awaitable[object]]


async def async_senders(
    port: int, sides: Sequence[str]
) -> tuple[dict[str, AsyncSend], list[Callable[[], Awaitable[Any]]]]:
    import httpx

    from signalwire_calling import AsyncRestClient

    url = f"http://127.0.0.1:{port}/api/calling/calls"
    sent_headers = headers()
    content = body_bytes("play")
    senders: dict[str, AsyncSend] = {}
    closers: list[Callable[[], Awaitable[Any]]] = []

    def facade(http_client: httpx.AsyncClient | None) -> AsyncSend:
        client = AsyncRestClient(PROJECT, TOKEN, f"http://127.0.0.1:{port}", http_client=http_client)
        closers.append(client.close)
        return lambda: client.calling.play(CALL_ID, **PLAY_ARGS)

    async def decoded(http: httpx.AsyncClient) -> object:
        return (await http.post(url, content=content, headers=sent_headers)).json()

    def raw_httpx(http: httpx.AsyncClient) -> AsyncSend:
        closers.append(http.aclose)
        return lambda: decoded(http)

    for side in sides:
        if side == "façade":
            senders[side] = facade(None)
        elif side == FACADE_AIOHTTP:
            from signalwire_calling import DefaultAioHttpClient

            http = DefaultAioHttpClient()
            closers.append(http.aclose)
            senders[side] = facade(http)
        elif side == "httpx":
            senders[side] = raw_httpx(httpx.AsyncClient())
        elif side == "httpx, keep-alive 100":
            senders[side] = raw_httpx(httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=100)))
        elif side == "httpx-aiohttp":
            transport: Any = importlib.import_module("httpx_aiohttp").AiohttpTransport()
            senders[side] = raw_httpx(httpx.AsyncClient(transport=transport))
        elif side == "aiohttp":
            aiohttp: Any = importlib.import_module("aiohttp")
            session = aiohttp.ClientSession()
            closers.append(session.close)

            async def post(session: Any = session) -> object:
                async with session.post(url, data=content, headers=sent_headers) as answer:
                    return await answer.json()

            senders[side] = post
        else:
            raise ValueError(f"unknown async side {side!r}")
    return senders, closers


async def throughput(send: AsyncSend, concurrency: int, seconds: float) -> float:
    """Commands per second from `concurrency` tasks sending back to back for `seconds`."""
    done = 0
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal done
        while time.perf_counter() < deadline:
            await send()
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done / (time.perf_counter() - started)


async def bench_async_in_loop(
    port: int, sides: Sequence[str], levels: Sequence[int], rounds: int, seconds: float, results: Results
) -> None:
    senders, closers = await async_senders(port, sides)
    try:
        for send in senders.values():
            await throughput(send, max(levels), 0.1)  # warm up
        for concurrency in levels:
            samples: dict[str, Series] = {side: Series("cmd/s") for side in sides}
            for number in range(rounds):
                shift = number % len(sides)
                for side in [*sides[shift:], *sides[:shift]]:
                    samples[side].samples.append(await throughput(senders[side], concurrency, seconds))
            results.asynchronous[concurrency] = samples
    finally:
        for close in closers:
            await close()


# --- Import, generate, memory -------------------------------------------------------------------------------------


def bench_import(python: str, times: int, results: Results) -> None:
    # As installed: with bytecode, which pip compiles for httpx and for a wheel of this package. A shell with
    # PYTHONDONTWRITEBYTECODE would otherwise leave only our modules compiling from source on every import.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}

    def run(module: str) -> float:
        code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
        argv = [python, "-c", code]
        output = subprocess.run(argv, check=True, capture_output=True, text=True, env=env).stdout  # noqa: S603
        return float(output) * 1e3

    run("signalwire_calling")  # writes the bytecode of the modules in this tree (__pycache__ is git-ignored)

    series = interleaved(times, ["signalwire_calling", "httpx"], run)
    for item in series.values():
        item.unit = "ms"
    results.imports = series


def bench_generate(times: int, results: Results) -> None:
    series = Series("s")
    with tempfile.TemporaryDirectory(prefix="signalwire-calling-bench-") as scratch:
        output = Path(scratch) / "generated"
        for _ in range(times):
            started = time.perf_counter()
            subprocess.run(  # noqa: S603 - fixed argv, no shell
                [sys.executable, str(ROOT / "generator" / "generate.py"), "--output", str(output)],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
            series.samples.append(time.perf_counter() - started)
    results.generate = series


def bench_dispatch(rounds: int, events: int, results: Results) -> None:
    """µs per status event: the router's dispatch against the HMAC check and `json.loads` alone."""
    import bench_events

    sides = bench_events.dispatch_sides(events)
    results.events = interleaved(rounds, list(sides), lambda side: sides[side]())
    for series in results.events.values():
        series.unit = "µs"


def bench_served(rounds: int, seconds: float, pin: bool, results: Results) -> None:
    """Status events per second through the router's ASGI app (uvicorn, another process) at 50 in flight."""
    import bench_events

    cpu = 1 if pin else None
    apps = {"AsyncEventRouter.asgi_app()": "router", "bare ASGI app (read body, answer 200)": "bare"}
    found: dict[str, Series] = {name: Series("events/s") for name in apps}
    for number in range(rounds):
        names = list(apps)[number % 2 :] + list(apps)[: number % 2]
        for name in names:
            with bench_events.served(apps[name], cpu) as url:
                bodies = bench_events.signed_bodies(2_000, url=url)
                asyncio.run(bench_events.post_rate(url, bodies, 50, seconds / 4))  # warm up
                found[name].samples.append(asyncio.run(bench_events.post_rate(url, bodies, 50, seconds)))
    results.served = found


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def bench_memory(port: int, checkpoints: Sequence[int], results: Results) -> None:
    from signalwire_calling import AsyncRestClient, RestClient

    def measure(label: str, sent: int) -> None:
        gc.collect()
        results.memory.append((label, sent, tracemalloc.get_traced_memory()[0] / 1024, rss_mib()))

    host = f"http://127.0.0.1:{port}"
    tracemalloc.start()
    try:
        with RestClient(PROJECT, TOKEN, host) as client:
            sent = 0
            for checkpoint in checkpoints:
                while sent < checkpoint:
                    client.calling.play(CALL_ID, **PLAY_ARGS)
                    sent += 1
                measure("RestClient", sent)

        async def asynchronous(label: str, http_client: Any = None) -> None:
            async with AsyncRestClient(PROJECT, TOKEN, host, http_client=http_client) as client:
                sent = 0
                for checkpoint in checkpoints:
                    batch = checkpoint - sent
                    for start in range(0, batch, 50):
                        size = min(50, batch - start)
                        await asyncio.gather(*(client.calling.play(CALL_ID, **PLAY_ARGS) for _ in range(size)))
                    sent = checkpoint
                    measure(f"{label} (50 at a time)", sent)
            if http_client is not None:
                await http_client.aclose()

        asyncio.run(asynchronous("AsyncRestClient"))
        if find_spec("aiohttp") is not None:
            from signalwire_calling import DefaultAioHttpClient

            async def over_aiohttp() -> None:  # the transport opens its session inside the running loop
                await asynchronous("AsyncRestClient, DefaultAioHttpClient", DefaultAioHttpClient())

            asyncio.run(over_aiohttp())
    finally:
        tracemalloc.stop()


# --- Report -------------------------------------------------------------------------------------------------------


def versions() -> dict[str, str]:
    from importlib import metadata

    found = {}
    for name in (
        "signalwire-calling",
        "httpx",
        "httpcore",
        "h11",
        "anyio",
        "sniffio",
        "attrs",
        "requests",
        "aiohttp",
        "httpx-aiohttp",
    ):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}"


@dataclass
class Target:
    name: str
    figure: str
    met: bool | None
    """None: shown for reference, not a target."""


def targets(results: Results) -> list[Target]:
    found: list[Target] = []
    for command, series in results.sync.items():
        for side in ("façade", "façade" + IN_PROCESS):
            value = ratio(series[side], series[baseline(side)])
            where = "over loopback" if side == "façade" else "in process, the client's own cost"
            name = f"sync `calling.{command}` ≤ 1.15× raw httpx ({where})"
            found.append(Target(name, f"{value:.2f}×", value <= 1.15))
    if results.asynchronous and "httpx" in results.asynchronous.get(50, {}):
        top, low = results.asynchronous[50], results.asynchronous[min(results.asynchronous)]
        # The async targets hold for the transport chosen for many commands at once (DefaultAioHttpClient, one
        # documented word); AsyncRestClient on httpx's own transport is shown beside it for reference.
        for side in [name for name in (FACADE_AIOHTTP, "façade") if name in top]:
            chosen = side == FACADE_AIOHTTP
            value = ratio(top[side], top["httpx"])
            found.append(
                Target(
                    f"async c=50 ≥ 5× raw httpx.AsyncClient ({side})", f"{value:.1f}×", value >= 5 if chosen else None
                )
            )
            higher = top[side].median > low[side].median
            found.append(
                Target(
                    f"async: higher at c=50 than at c=1 ({side})",
                    f"{top[side].median:,.0f} vs {low[side].median:,.0f} cmd/s",
                    higher if chosen else None,
                )
            )
    if results.imports:
        value = ratio(results.imports["signalwire_calling"], results.imports["httpx"])
        found.append(Target("import ≤ 1.5× `import httpx`", f"{value:.2f}×", value <= 1.5))
    if results.events:
        floor = results.events[EVENT_FLOOR]
        value = ratio(results.events["router"], floor)
        found.append(Target(f"status event: verify + parse + dispatch ≤ 2× {EVENT_FLOOR}", f"{value:.2f}×", value <= 2))
        with_model = ratio(results.events["router, with the model"], floor)
        found.append(Target(f"status event, its model built too, against {EVENT_FLOOR}", f"{with_model:.2f}×", None))
    if results.served:
        router, bare = results.served.values()
        found.append(
            Target(
                "status events/s through the ASGI app (uvicorn, 50 in flight)",
                f"{router.median:,.0f}/s ({ratio(router, bare):.2f}× the bare app's {bare.median:,.0f}/s)",
                None,
            )
        )
    by_client: dict[str, list[tuple[int, float]]] = {}
    for label, sent, traced, _ in results.memory:
        by_client.setdefault(label, []).append((sent, traced))
    for label, points in by_client.items():
        growth = points[-1][1] - points[0][1]
        found.append(
            Target(
                f"memory flat ({label})",
                f"{growth:+.0f} KiB traced from {points[0][0]:,} to {points[-1][0]:,} commands",
                growth < 256,
            )
        )
    return found


def report(results: Results) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`benchmarks/bench.py`) from one run; do not edit by hand. Every ratio compares",
        "sides measured in the same run, interleaved round by round, against the same loopback HTTP/1.1 keep-alive",
        "server (a separate process answering a canned call leg). Figures: median of the rounds, with the",
        "interquartile range; a ratio is the median of the per-round ratios (each pair measured back to back).",
        "",
        f"- Machine: {machine()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        "- " + ", ".join(f"{name} {version}" for name, version in versions().items()),
        "- Settings: " + ", ".join(f"{key} {value}" for key, value in results.settings.items()),
        "",
        "## Targets",
        "",
        "| target | this run | met |",
        "| --- | --- | --- |",
    ]
    verdict = {True: "yes", False: "**no**", None: "reference"}
    lines += [f"| {t.name} | {t.figure} | {verdict[t.met]} |" for t in targets(results)]
    if results.sync:
        lines += [
            "",
            "## Sync: one command, µs (lower is better)",
            "",
            "`RestClient` (arguments checked, body built, answer checked and parsed into a model) against a raw",
            "POST of the identical body bytes and headers that decodes the JSON answer. The `in process` sides send",
            "through an `httpx.MockTransport` instead of the socket (compared with each other): the client's own",
            "cost, which the loopback round trip otherwise dilutes.",
            "",
            "| command | side | µs per command | ratio to httpx |",
            "| --- | --- | --- | --- |",
        ]
        for command, series in results.sync.items():
            for side, item in series.items():
                shown = f"{ratio(item, series[baseline(side)]):.2f}×"
                lines.append(f"| `{command}` | {side} | {item.show()} | {shown} |")
    if results.asynchronous:
        sides = list(next(iter(results.asynchronous.values())))
        lines += [
            "",
            "## Async: `calling.play` throughput, commands/s (higher is better)",
            "",
            "Tasks sending back to back on one event loop. `façade` is `AsyncRestClient` as constructed by",
            "default; `httpx` is `httpx.AsyncClient()` with its default transport and limits.",
            "",
            "Why httpx's transport does not scale (cProfile of raw httpx at c=50): about half the time goes to",
            "httpcore's `_assign_requests_to_connections`, which on every request and every release walks every",
            "pooled connection and probes each idle one's socket (`has_expired` -> `is_socket_readable` through",
            "anyio's `extra_attributes`); the default `max_keepalive_connections=20` below 50 in flight adds",
            "connection churn, and raising it (`keep-alive 100`) only makes the walk longer. httpcore also tries",
            "`import sniffio` for every lock and event it makes; anyio 4 no longer installs sniffio, so without",
            "it each of those imports fails after a search of sys.path. This package depends on sniffio for that",
            "reason, so both sides here run with it (without it, raw httpx measured about 700 cmd/s at c=50 and",
            "1,250 at c=1 on this machine).",
            "",
            "`DefaultAioHttpClient` (the `aiohttp` extra) is the transport chosen for many commands at once: its",
            "own aiohttp transport, and a `send` that hands a request straight to it when no auth, redirect or",
            "event hook applies. httpx-aiohttp (the same pool behind httpx's full `AsyncClient.send`) is shown for",
            "comparison: httpx's per-request steps (auth flow, redirect loop, cookie parsing of every answer)",
            "cost more than aiohttp itself. What remains between the façade and raw aiohttp is the client's own",
            "work (checking and building the body, the httpx Request and Response, reading under the size cap,",
            "checking and parsing the answer) at about 55 µs per command.",
            "",
            "| side | " + " | ".join(f"c={level}" for level in results.asynchronous) + " |",
            "| --- | " + " | ".join("---" for _ in results.asynchronous) + " |",
        ]
        for side in sides:
            cells = [results.asynchronous[level][side].show() for level in results.asynchronous]
            lines.append(f"| {side} | " + " | ".join(cells) + " |")
        for side in [name for name in ("façade", FACADE_AIOHTTP) if name in sides]:
            cells = [f"{ratio(per_side[side], per_side['httpx']):.2f}×" for per_side in results.asynchronous.values()]
            lines.append(f"| {side} / httpx | " + " | ".join(cells) + " |")
    if results.imports:
        lines += ["", "## Import, ms in a fresh process (lower is better)", ""]
        lines += [f"- `import {module}`: {item.show()}" for module, item in results.imports.items()]
        value = ratio(results.imports["signalwire_calling"], results.imports["httpx"])
        lines.append(f"- ratio: {value:.2f}× (the package imports httpx, so 1.0× is the floor)")
    if results.events:
        lines += [
            "",
            "## Status events: receiving one, µs (lower is better)",
            "",
            "`EventRouter.dispatch` of a signed `calling.call.collect` delivery (each one distinct, 100 calls): the",
            "signature checked, the body decoded, repeats looked for, the event kept for the call's handles (the",
            "spec's terminal rules applied), the handlers picked. The typed model is built when first read, by a",
            "handler, a wait or `.events`; `with the model` reads it for every event. The floor is what any",
            "receiver does at the least: `hmac` of url + body, `hmac.compare_digest`, `json.loads`.",
            "",
            "| side | µs per event | ratio to the floor |",
            "| --- | --- | --- |",
        ]
        floor = results.events[EVENT_FLOOR]
        lines += [f"| {side} | {item.show()} | {ratio(item, floor):.2f}× |" for side, item in results.events.items()]
    if results.served:
        lines += [
            "",
            "## Status events: served, events/s (higher is better)",
            "",
            "aiohttp posting signed deliveries at 50 in flight to uvicorn (another process) serving the router's",
            "ASGI app (`AsyncEventRouter`, no handlers), and the same server serving a bare app that reads the",
            "body and answers 200.",
            "",
        ]
        lines += [f"- {app}: {item.show()}" for app, item in results.served.items()]
    if results.generate is not None:
        lines += [
            "",
            "## Generation",
            "",
            f"- `make generate` (full build into a scratch directory): {results.generate.show()}",
        ]
    if results.memory:
        lines += ["", "## Memory", "", "| client | commands sent | traced KiB | RSS MiB |", "| --- | --- | --- | --- |"]
        lines += [f"| {label} | {sent:,} | {traced:,.0f} | {rss:.1f} |" for label, sent, traced, rss in results.memory]
    return "\n".join(lines) + "\n"


def summary(results: Results) -> str:
    verdict = {True: "ok  ", False: "MISS", None: "ref "}
    return "\n".join(f"{verdict[t.met]} {t.name}: {t.figure}" for t in targets(results))


# --- Main ---------------------------------------------------------------------------------------------------------

FACADE_AIOHTTP = "façade, DefaultAioHttpClient"
ASYNC_SIDES = ["façade", FACADE_AIOHTTP, "httpx", "httpx, keep-alive 100", "httpx-aiohttp", "aiohttp"]
ASYNC_NEEDS = {FACADE_AIOHTTP: "aiohttp", "httpx-aiohttp": "httpx_aiohttp", "aiohttp": "aiohttp"}
"""Sides that need a package of requirements/bench.txt; they are left out where it is not installed."""


DEFAULTS: dict[str, float] = {"rounds": 15, "calls": 150, "seconds": 0.2, "imports": 30}
EVENT_FLOOR = "hmac + json.loads"
PARTS = ["sync", "async", "import", "generate", "memory", "events"]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--report", type=Path, help="write the Markdown report here (e.g. BENCHMARKS.md)")
    parser.add_argument("--quick", action="store_true", help="a short run to see that everything works")
    parser.add_argument("--rounds", type=int, help="interleaved rounds per figure (15; quick 3)")
    parser.add_argument("--calls", type=int, help="sync commands per side per round (150; quick 100)")
    parser.add_argument("--seconds", type=float, help="async seconds per side per round (0.2; quick 0.1)")
    parser.add_argument("--imports", type=int, help="fresh processes per module (30; quick 5)")
    parser.add_argument(
        "--import-python",
        default=sys.executable,
        help="the interpreter of a venv with only the runtime dependencies, for the import figures",
    )
    parser.add_argument("--only", nargs="*", choices=PARTS)
    parser.add_argument("--no-pin", action="store_true", help="do not pin server and client to separate cores")
    args = parser.parse_args(argv)
    defaults = {"rounds": 3, "calls": 100, "seconds": 0.1, "imports": 5} if args.quick else DEFAULTS
    for name, value in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    return args


def run(args: argparse.Namespace) -> Results:
    parts = set(args.only or PARTS)
    results = Results()
    pin = not args.no_pin and len(os.sched_getaffinity(0)) >= 2
    cores = sorted(os.sched_getaffinity(0))
    results.settings = {
        "rounds": args.rounds,
        "sync calls per round": args.calls,
        "async seconds per round": args.seconds,
        "server": f"pinned to CPU {cores[-1]}, client to CPU {cores[0]}" if pin else "not pinned",
    }
    if pin:
        os.sched_setaffinity(0, {cores[0]})
    have = {name for name in ("httpx", "requests", "aiohttp", "httpx_aiohttp") if find_spec(name) is not None}
    with server_process(cores[-1] if pin else None) as port:
        if "sync" in parts:
            bench_sync(port, args.rounds, args.calls, "requests" in have, results)
        if "async" in parts:
            sides = [side for side in ASYNC_SIDES if ASYNC_NEEDS.get(side, "httpx") in have]
            levels = [1, 10, 50]
            asyncio.run(bench_async_in_loop(port, sides, levels, args.rounds, args.seconds, results))
        if "memory" in parts:
            bench_memory(port, [1_000, 10_000] if not args.quick else [100, 300], results)
        if "events" in parts:
            bench_dispatch(args.rounds, 500 if args.quick else 5_000, results)
            if "aiohttp" in have and find_spec("uvicorn") is not None:
                bench_served(max(2, args.rounds // 3), args.seconds * 5, pin, results)
    if pin:
        os.sched_setaffinity(0, cores)
    if "import" in parts:
        bench_import(args.import_python, args.imports, results)
        results.settings["import measured with"] = (
            "the runtime dependencies only" if args.import_python != sys.executable else "the development venv"
        )
    if "generate" in parts:
        bench_generate(1 if args.quick else 3, results)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.serve:
        serve(args.cpu)
        return 0
    started = time.perf_counter()
    results = run(args)
    print(summary(results))
    if args.report is not None:
        args.report.write_text(report(results))
        print(f"{args.report} written ({time.perf_counter() - started:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
