"""The IVR of examples/ivr.py with `AsyncRestClient`: the menu, one key awaited, then 1 records a message and 2
says goodbye; hang up.

    python examples/ivr_async.py --mock       # against the bundled mock, whose caller presses 1 (--press 2: 2)
    python examples/ivr_async.py              # against your space (the same settings as examples/ivr.py)

The router of an async client (`client.events(...)`, an `AsyncEventRouter`) is an ASGI app; uvicorn serves it here,
on the same event loop as the client, so handler tasks and waits share that loop and no thread is needed. (uvicorn
is not a dependency of this package: `pip install uvicorn` to run this example.)
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import sys
from collections.abc import AsyncIterator, Callable
from typing import Any

from ivr import MENU, MOCK_FROM, MOCK_KEY, MOCK_TO, SWML, say, space_numbers  # examples/ivr.py: the sync twin
from ivr import main as ivr_main

from signalwire_calling import (
    AsyncCall,
    AsyncEventRouter,
    AsyncRestClient,
    models,
)


async def ivr(
    client: AsyncRestClient, *, from_: str, to: str, caller: Callable[[AsyncCall], Any] = lambda call: None
) -> None:
    """The IVR, on a call it places. `caller` is called with the new call (the mock scripts its caller there)."""
    call = await client.calling.dial(from_=from_, to=to, swml=SWML)
    print(f"-> dial {to}")
    caller(call)
    try:
        await call.wait_for("answered", timeout=60)
        print("<- answered")
        await (await call.play(play=say(MENU))).wait(timeout=60)
        print("<- menu played")
        choice = await call.collect(digits={"max": 1}, initial_timeout=10, start_input_timers=True)
        result = (await choice.wait(timeout=30)).params.result
        key = result.params.digits if isinstance(result, models.CollectDigitResult) else ""
        print(f"<- caller pressed {key}" if key else f"<- no key ({getattr(result, 'type_', 'no result')})")
        if key == "1":
            prompt = await call.play(play=say("Leave your message after the tone. Press pound when you are done."))
            await prompt.wait(timeout=60)
            memo = await call.record(record={"audio": {"format": "mp3", "beep": True, "max_length": 120}})
            recording = (await memo.wait(timeout=180)).params
            print(f"<- recording {recording.state}: {recording.url}")
        await (await call.play(play=say("Goodbye."))).wait(timeout=60)
        print("<- goodbye played")
    finally:
        if not call.ended:
            await call.end(reason="hangup")
    print(f"<- call ended: {(await call.wait_ended(timeout=60)).params.end_reason}")


def listening(port: int) -> socket.socket:
    """A socket bound to 127.0.0.1:`port` (0: a free one), so that the router's URL is known before it is served."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    return sock


@contextlib.asynccontextmanager
async def served(router: AsyncEventRouter, sock: socket.socket) -> AsyncIterator[None]:
    """`router.asgi_app()` under uvicorn on `sock`, on this event loop, until the block ends."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(router.asgi_app(), log_level="warning", lifespan="on"))
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if serving.done():  # it could not start: say why
                serving.result()
            await asyncio.sleep(0.01)
        yield
    finally:
        server.should_exit = True
        await serving


async def run_mock(press: str) -> None:
    """The IVR against the bundled mock over HTTP; the mock's caller presses `press` and talks for 5 s."""
    from signalwire_calling.testing import CallingMock

    mock = CallingMock(signing_key=MOCK_KEY, record_duration=5.0, time_scale=0.01)  # 100x faster than life
    with mock.serve() as space, listening(0) as sock:
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/events"
        print(f"mock: the Calling API on {space.url}, status events to {url}")
        async with (
            space.async_client(status_url=url) as client,
            served(client.events(signing_key=MOCK_KEY), sock),
        ):
            await ivr(client, from_=MOCK_FROM, to=MOCK_TO, caller=lambda call: mock.press(call.id, press))
        print(f"mock: {len(mock.requests)} requests handled, {len(mock.deliveries)} status events delivered")


async def run_space() -> int:
    settings = space_numbers()
    if settings is None:
        return 2
    public_url, from_, to = settings
    with listening(int(os.environ.get("IVR_PORT", "8080"))) as sock:
        async with AsyncRestClient(status_url=public_url) as client, served(client.events(), sock):
            await ivr(client, from_=from_, to=to)
    return 0


def main(argv: list[str] | None = None) -> int:
    return ivr_main(
        argv, doc=__doc__, mock=lambda press: asyncio.run(run_mock(press)), space=lambda: asyncio.run(run_space())
    )


if __name__ == "__main__":
    sys.exit(main())
